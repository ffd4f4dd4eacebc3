"""A date the parser hangs in a present participle describing the event's object is the
event's: the participle tells what that participant was doing as the act happened (written
story 9100008: "militants ... ambushed a military convoy escorting fuel trucks near Dioura in
central Mali on Sunday")."""

import dateline
from dateline.evaluation.event_dates import _event_date
from dateline.events.setting import locate
from dateline.nlp import spacy_sentences

LEAD = "Mali, Burkina Faso and Niger formally left the regional bloc on Wednesday. "


def date_of(text: str, word: str, published: str = "2025-01-30") -> str | None:
    art = dateline.extract(text, published=published, layers=["times"])
    start = text.rindex(word)
    return _event_date(art, locate(art, art.times), spacy_sentences(art), start,
                       start + len(word))


def test_a_day_in_the_objects_participle_dates_the_act() -> None:
    text = LEAD + ("The departure came days after militants ambushed a military convoy "
                   "escorting fuel trucks near Dioura in central Mali on Sunday, killing at "
                   "least 25 soldiers.")
    assert date_of(text, "ambushed") == "2025-01-26"


def test_a_past_participle_of_the_object_keeps_its_own_date() -> None:
    # "a convoy attacked on Sunday": the participle is another act, dated on its own
    text = LEAD + "On Wednesday the army rescued a convoy attacked near Dioura on Sunday."
    assert date_of(text, "rescued") == "2025-01-29"
