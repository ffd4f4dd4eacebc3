"""Event dates of a planned "to" infinitive complement (MEANTIME text-date links)."""

import dateline
from dateline.evaluation.event_dates import _event_date
from dateline.events.setting import locate
from dateline.nlp import spacy_sentences


def date_of(text: str, word: str, published: str) -> str | None:
    """The date the events layer's rules give an event on the first token ``word``."""
    art = dateline.extract(text, published=published, layers=["times"])
    start = text.index(word)
    return _event_date(art, locate(art, art.times), spacy_sentences(art), start,
                       start + len(word))


def test_an_infinitive_complement_takes_its_later_date() -> None:
    # MEANTIME (published 2007-06-09): the options are to be exercised by 2018.
    assert date_of("Aer Lingus also have options of six more A350s to exercise by 2018.",
                   "exercise", "2007-06-09") == "2018"


def test_an_agreed_infinitive_takes_its_later_date() -> None:
    # MEANTIME (published 2008-12-12): the wage cuts are to be increased next year.
    assert date_of("Republican Party leaders insisted that the United Auto Workers union agree "
                   "to increase wage cuts by next year.", "increase", "2008-12-12") == "2009"


def test_a_past_date_of_an_infinitive_does_not_date_the_verb_it_completes() -> None:
    # The planned reading needs a later date: the past one is the agreement's own clause's.
    assert date_of("The union agreed on Monday to increase wage cuts.", "increase",
                   "2008-12-12") == "2008-12-08"
