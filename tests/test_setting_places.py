"""Place rules of ``events.setting.pick_place`` added by the session-26 setting round: an
opening participle of speaking gives its place to the act of the clause it opens, and the topic
of a talk or a meeting ("a meeting on Afghanistan") is not where anything happened.  Sentences
written in the style of wire copy."""

from __future__ import annotations

from helpers import candidates_of, place_text


def place_of(text: str, etype: str, trigger: str, published: str = "2025-02-15") -> str | None:
    art, found = candidates_of(text, etype, published=published)
    ev = next((e for e in found if e.trigger.text.startswith(trigger)), None)
    assert ev is not None, f"no {etype} candidate on {trigger!r}: {[e.trigger.text for e in found]}"
    return place_text(art, ev)


def test_opening_participle_of_speaking_places_the_act() -> None:
    text = ("Speaking in Brussels on Friday, the Ukrainian foreign minister accused Moscow of "
            "stalling the prisoner exchange.")
    assert place_of(text, "ACCUSE", "accused") == "Brussels"
    text = ("Addressing reporters in Nairobi on Tuesday, the opposition leader accused the "
            "police of killing protesters.")
    assert place_of(text, "ACCUSE", "accused") == "Nairobi"


def test_topic_of_a_meeting_is_not_the_place() -> None:
    text = ("Speaking at a Security Council meeting on Syria this week, the Russian envoy accused "
            "Western governments of prolonging the war.")
    assert place_of(text, "ACCUSE", "accused") is None
    text = "Britain criticized Russia at a Security Council meeting on Ukraine on Friday."
    assert place_of(text, "ACCUSE", "criticized") is None
    text = "The envoy accused Israel at an emergency meeting on Gaza on Friday."
    assert place_of(text, "ACCUSE", "accused") is None
    # the place phrase beside the topic still places it
    text = ("Speaking at a conference on Sudan in London, the minister accused the RSF of "
            "atrocities.")
    assert place_of(text, "ACCUSE", "accused") == "London"


def test_possessor_of_a_thing_that_is_no_place_is_not_the_place() -> None:
    text = ("The ambassador said the sanctions amounted to meddling in Iran's internal affairs "
            "and accused Washington of hypocrisy.")
    assert place_of(text, "ACCUSE", "accused") is None
    # a part of the place its possessor names still places the act
    text = "Gunmen killed five soldiers in Nigeria's northeast on Sunday."
    assert place_of(text, "ASSAULT", "killed") == "Nigeria"
    text = "Police arrested dozens of protesters in Kenya's capital on Tuesday."
    assert place_of(text, "COERCE", "arrested") == "Kenya"


def test_occasion_noun_takes_the_tense_of_its_verb_for_the_carried_day() -> None:
    from helpers import date_of

    # published Wednesday: the visit is told on the day of the sentence before, Tuesday
    text = ("The European Union pledged $500 million in aid to Jordan on Tuesday. "
            "The commission president announced the package during a visit to Amman with the "
            "Greek prime minister.")
    assert date_of(text, "visit", "2025-02-12") == "2025-02-11"
