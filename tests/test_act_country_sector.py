"""Actor country and sector rules (helper "act"): the reporters a story's credit line names
("X reported from Y", "stringers A and B contributed from Y") are journalists of the outlet that
published it, known by its source or web address (sentences from the VOA stories)."""

from __future__ import annotations

import pytest
from helpers import actor_with

import dateline
from dateline.actors import byline_deed

CREDIT = ("This report originated in VOA's Somali Service. Harun Maruf reported from "
          "Washington; and stringers Abdiaziz Barrow and Khadar Hared contributed from Mogadishu "
          "and Nairobi, respectively.")
VOA_URL = "https://www.voanews.com/a/kenyas-plan-close-two-camps-worries-refugees/6204080.html"


def article(text: str, **record: object) -> dateline.Article:
    return next(dateline.pipe([{"text": text, "published": "2021-03-26", **record}],
                              layers=["actors"]))


def test_credit_line_reporters_are_the_outlets_journalists(nlp: object) -> None:
    art = article(CREDIT, url=VOA_URL, author="Harun Maruf, Khadar Hared")
    for name in ("Harun Maruf", "Abdiaziz Barrow", "Khadar Hared"):
        reporter = actor_with(art, name)
        assert (reporter.country, reporter.sector) == ("USA", "JRN")


def test_an_unknown_outlet_places_no_reporter(nlp: object) -> None:
    art = article(CREDIT, url="https://example.org/story/1", author="Harun Maruf, Khadar Hared")
    assert actor_with(art, "Harun Maruf").country is None


def test_a_voice_outside_the_credit_line_is_not_the_outlets(nlp: object) -> None:
    text = ("\"I am not ready to be repatriated to Somalia,\" fretted Muslima Abdullahi, an "
            "80-year-old woman. Harun Maruf reported from Washington.")
    art = article(text, url=VOA_URL, author="Harun Maruf")
    assert actor_with(art, "Harun Maruf").country == "USA"
    assert actor_with(art, "Muslima Abdullahi").country != "USA"


def test_the_source_field_names_the_outlet_too(nlp: object) -> None:
    art = article(CREDIT, source="Voice of America", author="Harun Maruf, Khadar Hared")
    assert actor_with(art, "Harun Maruf").country == "USA"


@pytest.mark.parametrize("text", [
    "Jane Doe reported from Nairobi that the police had detained dozens of protesters.",
    "Philanthropist John Smith contributed from his own savings to the flood appeal.",
])
def test_a_report_with_its_own_clause_or_from_no_place_is_no_credit_line(
        nlp: object, text: str) -> None:
    doc = nlp(text)  # type: ignore[operator]
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert byline_deed(subject) is False


def test_the_credit_line_reads_a_place(nlp: object) -> None:
    doc = nlp("Harun Maruf reported from Washington.")  # type: ignore[operator]
    assert byline_deed(next(t for t in doc if t.dep_ == "nsubj")) is True


def test_a_malformed_address_names_no_outlet(nlp: object) -> None:
    art = article(CREDIT, url="http://[::1/x")
    assert actor_with(art, "Harun Maruf").country is None


def test_a_health_ngo_of_the_phoenix_dictionary_is_medical(nlp: object) -> None:
    # PLOVER GSR (AID-0005): Phoenix codes the Red Crescent NGOHLHIRC, a health NGO
    text = ("Swiss doctors handed over 700 kg of medicine to the Red Crescent in Bam, Iran, "
            "according to the Swiss Agency for Development and Cooperation.")
    crescent = actor_with(article(text), "the Red Crescent")
    assert (crescent.country, crescent.sector) == (None, "MED")


def test_a_rights_ngo_of_the_phoenix_dictionary_stays_civil_society(nlp: object) -> None:
    # Phoenix NGOHRI: "NGO" then a rights field, which names no PLOVER sector of its own
    text = "The International Helsinki Federation for Human Rights said the trial was unfair."
    committee = actor_with(article(text), "The International Helsinki Federation for Human Rights")
    assert committee.sector == "SOC"
