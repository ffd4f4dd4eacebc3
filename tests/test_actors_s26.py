"""Actor coding rules of session 26 (read from the written stories' even half).  Sentences
written for these tests."""

from __future__ import annotations

import pytest

from helpers import actor_with, actors_of


@pytest.mark.parametrize("text, mention, code", [
    ("The International Criminal Court has opened an inquiry into the killings. The court's "
     "prosecutors said on Monday that they had gathered new evidence.",
     "The court's prosecutors", "IGOICC"),
    ("The European Union renewed its sanctions on Belarus on Tuesday. The bloc's foreign affairs "
     "spokesman said more measures could follow.",
     "The bloc's foreign affairs spokesman", "IGOEU"),
])
def test_possessor_naming_a_body_again_gives_its_code(text, mention, code):
    assert actor_with(actors_of(text), mention).country == code


def test_possessor_bloc_with_two_bodies_before_stays_open():
    # two international bodies a bare "bloc" fits: whose chief it is stays open
    actors = actors_of("Officials of the African Union and the European Union met in Addis Ababa "
                       "on Monday. The bloc's spokesman said the talks had gone well.")
    found = [a for a in actors if any(m.text == "The bloc's spokesman" for m in a.mentions)]
    assert not found or found[0].country is None
