"""Rules written for one sentence, generalised to their construction (helper EDUP).

* A refusal to take part in proceedings refuses the body they are held before
  (``arguments._tribunal``): attending, joining, taking part in or appearing at a hearing,
  trial or session "before" a court, or appearing before it.
* A government's act on a noun of ``domestic_measures.tsv`` with no party named is aimed at its
  own state: the nominee or appointee its lawmakers approve, the accounts or land it seizes.
* The possessor of a noun whose possessor undergoes the act ("Zamora's detention") is one shared
  helper (``nominal.patient_possessors``) for the noun's own arguments, a verdict's accused and a
  statement's recipient.
"""

from __future__ import annotations

import pytest

from dateline.events.nominal import patient_possessors
from dateline.nlp import load
from helpers import first_sides

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.mark.parametrize("text,trigger", [
    # VOA 6204080 (even): the court is named in the clause the refusal is coordinated with.
    ("The case went before The Hague-based International Court of Justice (ICJ) in mid-March, "
     "though Kenya refused to attend the weeklong hearing.", "refused"),
    ("Kenya refused to take part in the hearing before the International Court of Justice.",
     "refused"),
    ("Kenya declined to participate in the trial before the International Court of Justice.",
     "declined"),
    ("Kenya refused to appear before the International Court of Justice.", "refused"),
])
def test_a_refusal_to_take_part_in_proceedings_refuses_the_court(text: str, trigger: str) -> None:
    actors, recipients = first_sides(text, "REJECT", trigger)
    assert actors == ["KEN"] and recipients == ["IGOUNO"]


def test_a_refusal_to_attend_a_meeting_is_no_proceeding_before_the_court() -> None:
    text = ("The case went before the International Court of Justice in March, but Kenya refused "
            "to attend the meeting.")
    _, recipients = first_sides(text, "REJECT", "refused")
    assert recipients == []


@pytest.mark.parametrize("text,etype,trigger,state", [
    # VOA 7846440 (even) names "The selection"; the nominee chosen is the same choice.
    ("Kenyan President William Ruto took less than a day to nominate Interior Minister Kithure "
     "Kindiki. The nominee was approved by Kenyan lawmakers at the National Assembly a few hours "
     "later.", "SUPPORT", "approved", "KEN"),
    # VOA 6180206 (even) names "party assets"; bank accounts are holdings too.
    ("Sudan's government is confiscating party bank accounts because it had not solved the "
     "country's economic crisis, the National Congress Party says.", "COERCE", "confiscating",
     "SDN"),
])
def test_a_government_acting_on_its_domestic_nouns_acts_on_its_own_state(
        text: str, etype: str, trigger: str, state: str) -> None:
    assert first_sides(text, etype, trigger) == ([state], [state])


def test_only_the_possessor_of_a_patient_noun_undergoes_the_act() -> None:
    doc = load()("Zamora's detention and Zamora's statement were discussed.")
    detention, statement = (t for t in doc if t.lower_ in ("detention", "statement"))
    assert [t.text for t in patient_possessors(detention)] == ["Zamora"]
    assert patient_possessors(statement) == []


def test_a_misspelt_domestic_measure_kind_names_the_file_and_the_kinds(monkeypatch) -> None:
    # review: a bad row gave a bare KeyError; a user extending the file needs to know what is
    # expected
    import pytest

    from dateline.errors import DataError
    from dateline.events import targets

    monkeypatch.setattr(targets, "rows", lambda name: iter([["curfew", "measures"]]))
    targets.domestic_measures.cache_clear()
    try:
        with pytest.raises(DataError, match="domestic_measures.tsv.*measure, appointment, holding"):
            targets.domestic_measures()
    finally:
        targets.domestic_measures.cache_clear()
