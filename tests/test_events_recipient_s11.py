"""Recipients found in session 11, on real sentences through the whole pipeline: an acronym that
abbreviates an actor named earlier in the story (``phrases._abbreviated``)."""

from __future__ import annotations

import pytest

from helpers import candidates_of, first_sides as _sides

pytestmark = pytest.mark.filterwarnings("ignore")


def test_an_acronym_is_the_actor_whose_name_it_spells() -> None:
    # the name sits inside a longer mention ("Fighters of the ..."): its initials count from
    # the small word on
    actors, recipients = _sides(
        "Fighters of the Baloch Liberation Army attacked a passenger train in Balochistan on "
        "Tuesday. Pakistan and the United States have designated BLA as a terrorist group.",
        "SANCTION", "designated")
    assert sorted(actors) == ["PAK", "USA"] and recipients == ["PAK"]


def test_an_acronym_no_actor_of_the_story_spells_is_the_dictionarys() -> None:
    # no actor of the story spells "BLA" (tagged a common noun); since the written stories'
    # round the hand dictionary's entry codes an acronym in capitals whatever its tag (it
    # stayed uncoded before): the Baloch Liberation Army, PAK REB
    actors, recipients = _sides(
        "Pakistan and the United States have designated BLA as a terrorist group.",
        "SANCTION", "designated")
    assert recipients == ["PAK"]


def test_an_acronym_spells_a_name_past_its_small_words_and_hyphens() -> None:
    # "on" and a hyphen inside the name, as the actor layer reads acronyms (coref.initials_of)
    art, found = candidates_of(
        "Lawmakers of the Inter-Parliamentary Alliance on China met in Taipei on Tuesday. "
        "Beijing condemned IPAC on Wednesday.", "ACCUSE")
    found = [ev for ev in found if ev.trigger.text == "condemned"]
    assert found
    assert [art.actor(x).name for x in found[0].recipients] == \
        ["Lawmakers of the Inter-Parliamentary Alliance on China"]
