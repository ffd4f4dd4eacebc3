"""Event dates and places from phrases a clause's own rules miss: a document's "dated" day is the
day of the act that sends it (``events.setting._document_dated``); a removal happens in the place
it forces its object out of (``events.setting._removed_from``)."""

from __future__ import annotations

from helpers import date_of, extract, place_text


def event_places(text: str) -> list[tuple[str, str | None]]:
    art = extract(text, published="2025-02-03")
    return [(e.type, place_text(art, e)) for e in art.events]


def test_a_letter_dated_a_day_dates_the_urging_it_carries() -> None:
    # VOA 8010476: the senators' letter of Feb. 4 urged Rubio to act.
    assert date_of("Eight Republican U.S. senators led by Jim Risch and Pete Ricketts sent a "
                   "letter to Secretary of State Marco Rubio about the purported Iran-China "
                   "chemical scheme dated Feb. 4, urging him to work with global partners of "
                   "the U.S. to intercept the shipments.", "urging",
                   "2025-03-14") == "2025-02-04"


def test_a_removal_happens_in_the_place_it_clears() -> None:
    # VOA 6184384: the operation was in the forest, not beyond the border.
    assert event_places("Kenya launched an operation to flush out al-Shabab terrorists from the "
                        "northeast Boni Forest on the border with Somalia in 2015.") == [
        ("ASSAULT", "Boni Forest")]



def test_a_seizure_of_parts_of_a_region_is_in_the_region() -> None:
    # written story 9100002
    assert event_places("The M23 seized large parts of North Kivu after it took up arms again "
                        "in late 2021.") == [("COERCE", "North Kivu")]


def test_a_place_sent_back_into_is_not_the_acts() -> None:
    # written story 9400002
    assert ("COERCE", None) in event_places(
        "Lithuania passed a law last year allowing its border guards to push migrants back into "
        "Belarus.")


def test_a_place_the_doer_has_bases_in_is_not_the_acts() -> None:
    # VOA 8011076
    assert event_places("Officials said the attack was orchestrated by militants with bases in "
                        "Afghanistan.") == [("ACCUSE", None)]


def test_the_area_names_again_the_place_just_named() -> None:
    # written story 9100008
    places = event_places(
        "Militants ambushed a military convoy near Dioura in central Mali on Sunday. Mali's army "
        "said its troops had killed several dozen terrorists in a counteroffensive in the area.")
    assert places[-1] == ("ASSAULT", "Dioura")


def test_an_opening_in_place_is_not_a_statements_place() -> None:
    # written story 9200008: the gold gives the welcoming no place
    assert ("SUPPORT", None) in event_places(
        "In Damascus, Syria's foreign minister, Asaad al-Shaibani, welcomed the announcement as "
        "a new beginning for the country and thanked Saudi Arabia for its role.")


def test_an_act_as_a_reported_act_came_takes_its_day() -> None:
    # written story 9500008 (published Friday 2025-02-28): the transfer was Thursday's
    art = extract("Mexico sent 29 drug cartel figures to the United States on Thursday, in an "
                  "unprecedented transfer. The transfer came as a high-level Mexican delegation "
                  "met in Washington with Secretary of State Marco Rubio to discuss security.",
                  published="2025-02-28")
    assert [e.date for e in art.events if e.trigger.text == "met"] == ["2025-02-27"]
