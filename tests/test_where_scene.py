"""A "where" relative clause on the place of a dated news clause tells the news itself, not a
scene set (``events.modality.dated_scene``); written in the style of wire copy."""

from __future__ import annotations

from dateline.events import MIN_CONFIDENCE
from helpers import candidate_event


def test_where_clause_of_the_days_clashes_is_the_news() -> None:
    # written story 9100002 (gold ASSAULT, M23 on the militias)
    text = ("Clashes erupted early Wednesday near the village of Kalembe in Masisi territory, "
            "where M23 fighters attacked positions held by local militias known as Wazalendo, "
            "according to a civil society leader.")
    ev = candidate_event(text, "2023-10-05", "ASSAULT", "attacked")
    assert ev.confidence >= MIN_CONFIDENCE


def test_where_clause_of_a_described_or_undated_place_sets_the_scene() -> None:
    text = ("Hope for stability has been shaken by deadly violence that began March 6 in "
            "Syria's coastal region, where security forces clashed with fighters loyal to the "
            "former president.")
    assert candidate_event(text, "2025-03-20", "ASSAULT", "clashed").confidence < MIN_CONFIDENCE
    text = ("Fighting broke out near the town of Bunagana in 2012, where M23 rebels attacked "
            "Congolese army positions.")
    assert candidate_event(text, "2023-10-05", "ASSAULT", "attacked").confidence < MIN_CONFIDENCE
