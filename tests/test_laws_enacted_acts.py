"""A law or measure that carries an act: the act is its maker's (the subject of the verb that
enacts the text), with the act's own object as recipient."""

from helpers import first_sides

from dateline import nlp
from dateline.events import clauses


def test_participle_of_an_approved_law_is_the_parliaments_act():
    # PLOVER-GSR01-CONCEDE-0011: the parliament, not the law, recognizes the victories
    actor, _ = first_sides(
        "Tuesday the Serbian parliament approved a ``special law'' recognizing victories by "
        "Zoran Djindjic's opposition coalition in November 17 municipal elections.",
        "SUPPORT", "recognizing")
    assert actor == ["SRB"]


def test_relative_clause_of_an_approved_plan_is_the_cabinets_act():
    # PLOVER-GSR01-THREATEN-0010: "a plan that will not allow candidates from ... Hamas"
    actor, _ = first_sides(
        "Israel's Cabinet met Sunday and decided to approve a plan that will not allow "
        "candidates from the militant group Hamas on the ballots there.", "REJECT", "allow")
    assert actor == ["ISR"]


def _enactors(text: str, verb: str) -> list[str]:
    doc = nlp.load()(text)
    act = next(t for t in doc if t.lower_ == verb)
    return [t.text for t in clauses._enactor(act)]


def test_only_an_enacted_text_passes_its_makers_subject_on():
    # a plan Israel approves carries Israel's act; one it rejects, does not approve, fails to
    # pass or will only adopt does not (the act would be read as done)
    tail = " a plan that will not allow candidates from the militant group Hamas on the ballots."
    assert _enactors("Israel approved" + tail, "allow") == ["Israel"]
    for verb in ("rejected", "did not approve", "failed to pass", "will adopt", "could approve"):
        assert _enactors("Israel " + verb + tail, "allow") == [], verb


def test_law_to_dismantle_a_government_is_its_approvers_coercion():
    # VOA 6180206 (even), gold COERCE SDN -> SDN
    actor, recipient = first_sides(
        "Sudanese authorities have approved a law to dismantle the foundations of former "
        "president Omar al-Bashir's government.", "COERCE", "dismantle")
    assert actor == ["SDN"] and recipient == ["SDN"]
