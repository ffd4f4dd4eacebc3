"""Accusations (PLOVER ACCUSE) found in session 11, on real sentences through the whole pipeline:
a verb of denouncing the lexicon lacked, and the possessor of an act done to them
(``patient_nouns.tsv``) is not who a reported verdict accuses."""

from __future__ import annotations

import pytest

from helpers import trigger_sides

pytestmark = pytest.mark.filterwarnings("ignore")


def _accusations(text: str, trigger: str) -> list[tuple[list[str | None], list[str | None]]]:
    """Actor and recipient countries of the ACCUSE candidates whose trigger starts with
    ``trigger``."""
    return trigger_sides(text, "ACCUSE", trigger)


def test_excoriate_is_a_denunciation() -> None:
    # CAMEO 111 'criticize or denounce', with "lambaste", "decry", "slam"
    found = _accusations("Russian Foreign Minister Sergey Lavrov excoriated the United States on "
                         "Monday over its sanctions.", "excoriated")
    assert found == [(["RUS"], ["USA"])]


def test_the_detained_is_not_accused_of_their_detention() -> None:
    # "Zamora's detention is arbitrary" (VOA 8010046) accuses his jailers, not Zamora: without
    # another name in the clause the verdict has no recipient and is not coded
    found = _accusations("Guatemalan authorities arrested journalist Jose Ruben Zamora in 2022. "
                         "The United Nations Working Group on Arbitrary Detention has determined "
                         "that Zamora’s detention is arbitrary.", "arbitrary")
    assert all("GTM" not in recipients for _, recipients in found)


def test_the_possessor_of_an_act_of_their_own_is_accused() -> None:
    # a crackdown or a decree is its possessor's act (not a patient noun)
    found = _accusations("Amnesty International said on Monday that the Taliban's decree is "
                         "illegal.", "illegal")
    assert found and found[0][1] == ["AFG"]
