"""Dates read through a clause the parser puts between date and event: a relative clause on an
event noun tells that event's own course, so a date in it is the noun's (written story 9200008:
"Al-Sharaa's group led the lightning offensive that toppled President Bashar al-Assad in
December"); an opening participle of speaking dates the clause it opens (9200006: "Speaking in
Munich on Saturday, Tshisekedi accused Kagame")."""

import dateline
from dateline.evaluation.event_dates import _event_date
from dateline.events.setting import locate
from dateline.nlp import spacy_sentences


def date_of(text: str, word: str, published: str = "2025-05-13") -> str | None:
    art = dateline.extract(text, published=published, layers=["times"])
    start = text.rindex(word)
    return _event_date(art, locate(art, art.times), spacy_sentences(art), start,
                       start + len(word))


def test_the_date_of_an_event_nouns_relative_clause_is_the_nouns() -> None:
    text = ("Trump will meet Syria's interim president on Wednesday. His Islamist group led the "
            "lightning offensive that toppled President Bashar al-Assad in December.")
    assert date_of(text, "offensive") == "2024-12"


def test_a_verb_event_does_not_take_its_objects_relative_clause_date() -> None:
    text = ("Trump will meet Syria's interim president on Wednesday. On Tuesday the envoy "
            "criticized the rebels who toppled President Bashar al-Assad in December.")
    assert date_of(text, "criticized") == "2025-05-13"


def test_an_opening_participle_of_speaking_dates_its_clause() -> None:
    # written story 9200006 (published Sunday 2025-02-16)
    text = ("Rwanda's president attended the session. Speaking in Munich on Saturday, Tshisekedi "
            "accused Kagame of seeking to plunder Congo's mineral wealth.")
    assert date_of(text, "accused", published="2025-02-16") == "2025-02-15"


def test_another_opening_participle_keeps_its_date() -> None:
    text = ("Rwanda's president attended the session. Having arrived in Munich on Saturday, "
            "Tshisekedi accused Kagame on Sunday of seeking to plunder Congo's wealth.")
    assert date_of(text, "accused", published="2025-02-17") == "2025-02-16"
