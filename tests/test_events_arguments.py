"""Event arguments and confidence on real sentences through the whole pipeline."""

from __future__ import annotations

import pytest

import dateline
from dateline import nlp as adapter
from dateline.events import candidates, confidence
from dateline.record import Actor, Article, Meta, Place, Span

pytestmark = pytest.mark.filterwarnings("ignore")


def countries(art, ids: list[str]) -> set[str | None]:
    return {art.actor(x).country for x in ids}  # type: ignore[union-attr]


def test_we_in_an_interviewees_turn_is_the_interviewee() -> None:
    text = ("VOA: What message did you bring to Taiwan? "
            "Richard Armitage, former U.S. deputy secretary of state: We met with President "
            "Lai Ching-te of Taiwan in Taipei.")
    art = dateline.extract(text, published="2024-06-02")
    meets = [ev for ev, _ in candidates(art) if ev.type == "CONSULT"]
    assert meets
    assert [art.actor(x).name for x in meets[0].actors] == ["Richard Armitage"]


def test_we_in_the_interviewers_turn_is_not_resolved() -> None:
    text = ("VOA: We met with President Lai Ching-te of Taiwan in Taipei. "
            "Richard Armitage, former U.S. deputy secretary of state: That was a good meeting.")
    art = dateline.extract(text, published="2024-06-02")
    assert not [ev for ev, _ in candidates(art) if ev.type == "CONSULT"
                and any(art.actor(x).name == "Richard Armitage" for x in ev.actors)]


def test_confidence_is_a_probability_that_rises_with_the_evidence() -> None:
    base = dict(weight=0.9, actor_path=1, pronoun=False, actor_country=True, recipients=True,
                recipient_country=True, reciprocal=False, etype="ASSAULT", denial=False,
                nominal=False, statement=False, modality="asserted", negated=False,
                quoted=False, private_visit=False, sentence=3)
    full = confidence.score(confidence.features(**base))
    no_recipient = confidence.score(confidence.features(**{**base, "recipients": False}))
    hypothetical = confidence.score(confidence.features(**{**base, "modality": "hypothetical"}))
    uncoded = confidence.score(confidence.features(**{**base, "actor_country": False}))
    assert 0 < hypothetical < full < 1 and no_recipient < full and uncoded < full
    # an asserted attack with both sides coded is emitted, a hypothetical one with no target not
    assert full >= confidence.MIN_CONFIDENCE
    weak = {**base, "recipients": False, "modality": "hypothetical"}
    assert confidence.score(confidence.features(**weak)) < confidence.MIN_CONFIDENCE


def test_emitted_events_are_the_candidates_above_the_cut() -> None:
    art = dateline.extract("Turkish troops attacked Kurdish fighters in Syria on Monday, and "
                           "Ankara could impose sanctions on Sweden.", published="2019-12-11")
    emitted = {(e.type, e.trigger.start) for e in art.events}
    above = {(ev.type, ev.trigger.start) for ev, _ in candidates(art)
             if ev.confidence >= confidence.MIN_CONFIDENCE}
    assert emitted == above and ("ASSAULT" in {t for t, _ in emitted})


def test_a_refusal_of_a_proposal_answers_the_proposer() -> None:
    art = dateline.extract("Russia offered new talks on Monday, but Ukraine rejected them.",
                           published="2024-10-03")
    rejects = [e for e in art.events if e.type == "REJECT"]
    assert rejects
    assert countries(art, rejects[0].actors) == {"UKR"}
    assert countries(art, rejects[0].recipients) == {"RUS"}


def test_a_place_is_not_a_recipient(nlp) -> None:
    # The actor layer may take a town for a person ("Beledweyne", VOA 8008152); the places
    # layer knows it is a place, so it is no one's recipient.
    text = ("Somali President Hassan Sheikh Mohamud called for a total war against al-Shabab, "
            "Beledweyne, a town near the border.")
    art = Article(text=text, meta=Meta(published="2025-03-12"))
    adapter.parse(art, nlp)
    for i, (name, country) in enumerate([("Hassan Sheikh Mohamud", "SOM"),
                                         ("al-Shabab", "SOM"), ("Beledweyne", None)], start=1):
        at = text.index(name)
        art.actors.append(Actor(f"a{i}", name, country=country, kind="person",
                                mentions=[Span(at, at + len(name), name)]))
    at = text.index("Beledweyne")
    art.places.append(Place("p1", at, at + 10, "Beledweyne", "Beledweyne", "SOM"))
    requests = [ev for ev, _ in candidates(art) if ev.type == "REQUEST"]
    assert requests and requests[0].recipients == ["a2"]


def test_a_negative_adverb_holds_the_event_back() -> None:
    # "Najib Razak ... seldom criticized China" (VOA 6181504): a negated act did not happen.
    said = dateline.extract("Malaysia's prime minister criticized China on Monday.",
                            published="2019-12-23")
    seldom = dateline.extract("Malaysia's prime minister seldom criticized China.",
                              published="2019-12-23")
    assert [e.type for e in said.events] == ["ACCUSE"]
    assert not [e for e in seldom.events if e.type == "ACCUSE"]
    held = [ev for ev, _ in candidates(seldom) if ev.type == "ACCUSE"]
    assert held and held[0].negated and held[0].confidence < confidence.MIN_CONFIDENCE


def test_no_longer_is_a_negation(nlp) -> None:
    from dateline.events.modality import negated

    doc = nlp("The IAEA no longer conducts verification activities in Iran.")
    assert negated(doc[4])  # conducts
    assert not negated(nlp("The IAEA conducts verification activities in Iran.")[2])


def test_an_embedded_passive_does_not_inherit_the_subject(nlp) -> None:
    from dateline.events.arguments import _subject

    doc = nlp("He thanked Kenya for being freed.")
    assert doc[5].text == "freed" and _subject(doc[5]) == ([], 0)
    active = nlp("He thanked Kenya for freeing the hostages.")
    subj, path = _subject(active[4])  # freeing: the thanker did it
    assert [t.text for t in subj] == ["He"] and path == 2


def test_the_object_of_discuss_is_a_topic_not_a_recipient() -> None:
    # VOA 8009004: "called a private meeting ... to discuss Iran's proliferation efforts".
    art = dateline.extract("The United States met with Britain on Wednesday to discuss Iran's "
                           "nuclear program.", published="2025-03-12")
    discuss = [ev for ev, _ in candidates(art) if ev.trigger.text == "discuss"]
    assert all("IRN" not in countries(art, ev.recipients) for ev in discuss)
    met = [ev for ev, _ in candidates(art) if ev.trigger.text == "met"]
    assert met and countries(art, met[0].recipients) == {"GBR"}


def test_a_when_clause_of_a_date_is_background(nlp) -> None:
    from dateline.events.modality import background

    doc = nlp("Al-Shabab has been fighting Kenyan troops since 2011, when the government sent "
              "soldiers into Somalia.")
    sent = next(t for t in doc if t.text == "sent")
    assert background(sent)
    fighting = next(t for t in doc if t.text == "fighting")
    assert not background(fighting)
    who = nlp("Police arrested six militants who attacked a hotel in Mogadishu.")
    assert not background(next(t for t in who if t.text == "attacked"))


def test_background_lowers_the_confidence() -> None:
    base = dict(weight=0.9, actor_path=1, pronoun=False, actor_country=True, recipients=True,
                recipient_country=True, reciprocal=False, etype="MOBILIZE", denial=False,
                nominal=False, statement=False, modality="asserted", negated=False,
                quoted=False, private_visit=False, sentence=3)
    news = confidence.score(confidence.features(**base))
    scene = confidence.score(confidence.features(**base, background=True))
    assert scene < confidence.MIN_CONFIDENCE <= news


def test_the_object_it_of_accuse_is_an_actor() -> None:
    art = dateline.extract("Pakistani officials blamed India on Tuesday, accusing it of "
                           "supporting militants in Afghanistan.", published="2025-03-14")
    accusing = [ev for ev, _ in candidates(art) if ev.trigger.text == "accusing"]
    assert accusing and countries(art, accusing[0].recipients) == {"IND"}


def test_the_proposer_of_a_rejected_appeal_is_the_recipient() -> None:
    # PLOVER gold record: "Rebels in the Ivory Coast on Wednesday dismissed an appeal from
    # President Laurent Gbago to lay down their arms".
    art = dateline.extract("Newly appointed Palestinian Prime Minister Ismail Haniyeh has "
                           "refused to respond to a demand from the US President to adhere to "
                           "interim peace deals.", published="2006-03-30")
    rejects = [e for e in art.events if e.type == "REJECT"]
    assert rejects and countries(art, rejects[0].recipients) == {"USA"}
