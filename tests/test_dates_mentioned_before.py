"""An event told by a definite singular noun that names again an act the story dated earlier
takes that day (VOA 8009314, 8007760: "the initial attack", "the brazen attack" after "came under
a bomb and gun attack on Tuesday")."""

import dateline
from dateline.evaluation.event_dates import _event_date
from dateline.events.setting import locate
from dateline.nlp import spacy_sentences

TRAIN = ("The Jaffar Express, a cross-country train with roughly 450 people on board, came under "
         "a bomb and gun attack on Tuesday while passing through a tunnel near Sibi, Balochistan. "
         "The military spokesperson said the operation lasted almost 30 hours. ")


def date_of(text: str, word: str, published: str = "2025-03-13") -> str | None:
    """The date the events layer's rules give an event on the last token ``word``."""
    art = dateline.extract(text, published=published, layers=["times"])
    start = text.rindex(word)
    return _event_date(art, locate(art, art.times), spacy_sentences(art), start,
                       start + len(word))


def test_the_attack_named_again_takes_its_day() -> None:
    # VOA 8009314 (published 2025-03-13): gold dates the initial attack Tuesday.
    assert date_of(TRAIN + "However, he said 21 passengers died in the initial attack by the "
                   "BLA.", "attack") == "2025-03-11"


def test_an_attack_is_a_new_one() -> None:
    assert date_of(TRAIN + "However, he said 21 passengers died in an attack by the BLA.",
                   "attack") == "2025-03-13"


def test_plural_attacks_are_not_the_dated_one() -> None:
    # VOA 8007760: "Deaths in the attacks surged from 88 in 2023" are a year's attacks.
    assert date_of(TRAIN + "He said the attacks had killed hundreds of people.",
                   "attacks") == "2025-03-13"




UNSC = ("The United States, along with Britain and France, called a private meeting Wednesday of "
        "the U.N. Security Council to discuss Iran's nuclear program. "
        "Council members Greece, Panama and South Korea also supported the call. "
        "The JCPOA is due to expire in October. ")


def test_an_act_at_the_occasion_named_again_takes_its_day() -> None:
    # VOA 8009004 (published 2025-03-13 00:33 UTC): gold dates the criticism Wednesday.
    assert date_of(UNSC + "Iran's U.N. ambassador participated in the meeting, but his U.N. "
                   "mission criticized it.", "criticized") == "2025-03-12"


def test_an_act_at_a_new_occasion_keeps_the_publication_day() -> None:
    assert date_of(UNSC + "Iran's U.N. ambassador participated in a meeting, but his U.N. "
                   "mission criticized it.", "criticized") == "2025-03-13"
