"""The events layer on small parsed articles whose actor/time/place layers are filled by hand.

The actors are built from the given names (one actor per name, every occurrence a mention), so
these tests exercise predicate detection, typing, arguments, modality and merging without
depending on the actor layer's own accuracy.
"""

from __future__ import annotations


import pytest

from dateline import nlp as adapter
from dateline.events import code_events
from dateline.events import lexicon
from dateline.events.merge import merge_events
from helpers import hand_coded
from dateline.record import Actor, Article, Dateline, Event, Meta, Place, Span, Time

pytestmark = pytest.mark.filterwarnings("ignore")


def article(nlp, text: str, actors: dict[str, tuple[str | None, str | None]],
            times: dict[str, str] | None = None, places: dict[str, str] | None = None,
            published: str = "2025-02-03") -> Article:
    art = hand_coded(nlp, text, actors, published)
    for i, (surface, value) in enumerate((times or {}).items(), start=1):
        at = text.index(surface)
        art.times.append(Time(f"t{i}", at, at + len(surface), surface, "date", value))
    for i, (surface, country) in enumerate((places or {}).items(), start=1):
        at = text.index(surface)
        art.places.append(Place(f"p{i}", at, at + len(surface), surface, surface, country))
    return code_events(art)


def names(art: Article, ids: list[str]) -> list[str]:
    return [art.actor(x).name for x in ids]  # type: ignore[union-attr]


def only(art: Article, etype: str) -> Event:
    found = [e for e in art.events if e.type == etype]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in art.events]
    return found[0]


# -- lexicon ---------------------------------------------------------------------------------------

def test_lexicon_codes_carry_goldstein_quad_class_and_plover_type() -> None:
    code = lexicon.code("173")
    assert code is not None and code.type == "COERCE" and code.quad_class == 4
    assert code.goldstein == -5.0
    assert lexicon.code("020").type == "REQUEST"  # CAMEO APPEAL, dropped by PLOVER


def test_lexicon_most_specific_row_wins() -> None:
    assert lexicon.lookup("impose", "V", {"obj:sanctions"}).type == "SANCTION"  # type: ignore[union-attr]
    assert lexicon.lookup("impose", "V", {"obj:curfew"}).mode == "curfew"  # type: ignore[union-attr]
    assert lexicon.lookup("cut", "V", {"obj:ties", "prep:with"}).type == "SANCTION"  # type: ignore[union-attr]
    assert lexicon.lookup("say", "V", set()) is None


# -- predicates, types and arguments ------------------------------------------------------------

def test_meeting_with_coordinated_recipients(nlp) -> None:
    art = article(nlp, "Rubio met with Bukele and Ebrard in San Salvador on Monday.",
                  {"Rubio": ("USA", "GOV"), "Bukele": ("SLV", "GOV"), "Ebrard": ("MEX", "GOV")},
                  times={"Monday": "2025-02-03"}, places={"San Salvador": "SLV"})
    ev = only(art, "CONSULT")
    assert names(art, ev.actors) == ["Rubio"]
    assert names(art, ev.recipients) == ["Bukele", "Ebrard"]
    assert ev.trigger.text == "met" and ev.time == "t1" and ev.date == "2025-02-03"
    assert ev.place == "p1" and ev.cameo == "040" and ev.quad_class == 1


def test_reciprocal_agreement_makes_each_actor_a_recipient(nlp) -> None:
    art = article(nlp, "Turkey and Russia agreed to expand trade.",
                  {"Turkey": ("TUR", "GOV"), "Russia": ("RUS", "GOV")})
    ev = only(art, "AGREE")
    assert sorted(names(art, ev.actors)) == ["Russia", "Turkey"]
    assert sorted(names(art, ev.recipients)) == ["Russia", "Turkey"]


def test_support_verb_noun_gives_type_and_verb_gives_actor(nlp) -> None:
    art = article(nlp, "China imposed sanctions on Lithuania last week.",
                  {"China": ("CHN", "GOV"), "Lithuania": ("LTU", "GOV")})
    ev = only(art, "SANCTION")
    assert ev.trigger.text == "imposed sanctions"
    assert names(art, ev.actors) == ["China"] and names(art, ev.recipients) == ["Lithuania"]


def test_refused_to_attend_is_one_reject(nlp) -> None:
    art = article(nlp, "Kenya refused to attend the hearing at the court.",
                  {"Kenya": ("KEN", "GOV")})
    assert [e.type for e in art.events] == ["REJECT"]
    assert names(art, art.events[0].actors) == ["Kenya"]


def test_negated_consent_is_rejection(nlp) -> None:
    art = article(nlp, "The army does not allow aid agencies to enter the area.",
                  {"army": ("NGA", "MIL"), "aid agencies": ("NGA", "NGO")})
    ev = only(art, "REJECT")
    assert not ev.negated


def test_passive_agent_is_the_actor(nlp) -> None:
    art = article(nlp, "Bashir was jailed by the military.",
                  {"Bashir": ("SDN", "GOV"), "military": ("SDN", "MIL")})
    ev = only(art, "COERCE")
    assert names(art, ev.actors) == ["military"] and names(art, ev.recipients) == ["Bashir"]


def test_passive_without_agent_emits_nothing(nlp) -> None:
    art = article(nlp, "Bashir was jailed in April.", {"Bashir": ("SDN", "GOV")})
    assert art.events == []


def test_possessive_modifier_is_the_actor_of_a_nominal_event(nlp) -> None:
    art = article(nlp, "Lawmakers are angry about a Turkish offensive against the Kurds.",
                  {"Turkish": ("TUR", "GOV"), "Kurds": ("SYR", "REB")})
    ev = only(art, "ASSAULT")
    assert names(art, ev.actors) == ["Turkish"] and names(art, ev.recipients) == ["Kurds"]


def test_plain_reporting_is_not_an_event(nlp) -> None:
    art = article(nlp, "Erdogan said the economy grew by 3 percent.", {"Erdogan": ("TUR", "GOV")})
    assert art.events == []


def test_request_with_call_on(nlp) -> None:
    art = article(nlp, "MSF is calling on the Nigerian government to allow aid.",
                  {"MSF": (None, "NGO"), "Nigerian government": ("NGA", "GOV")})
    ev = only(art, "REQUEST")
    assert names(art, ev.actors) == ["MSF"] and names(art, ev.recipients) == ["Nigerian government"]


# -- modality, dates, places ------------------------------------------------------------------------

def test_planned_reported_and_hypothetical(nlp) -> None:
    art = article(nlp, "Putin will meet Erdogan in January.",
                  {"Putin": ("RUS", "GOV"), "Erdogan": ("TUR", "GOV")})
    assert only(art, "CONSULT").modality == "planned"
    art = article(nlp, "Officials said Ankara arrested Topuz.",
                  {"Ankara": ("TUR", "GOV"), "Topuz": ("USA", "CVL")})
    assert only(art, "COERCE").modality == "reported"
    art = article(nlp, "Ankara could attack Syria.",
                  {"Ankara": ("TUR", "GOV"), "Syria": ("SYR", "GOV")})
    hypothetical = only(art, "ASSAULT")
    assert hypothetical.modality == "hypothetical"
    art = article(nlp, "Ankara attacked Syria.", {"Ankara": ("TUR", "GOV"), "Syria": ("SYR", "GOV")})
    assert only(art, "ASSAULT").confidence > hypothetical.confidence


def test_low_confidence_events_are_not_emitted(nlp) -> None:
    # A hypothetical act on a target of unknown country rests on too little: nothing is coded.
    art = article(nlp, "Ankara could attack Kurdish fighters if talks fail.",
                  {"Ankara": ("TUR", "GOV"), "Kurdish fighters": (None, "REB")})
    assert art.events == []


def test_no_date_in_text_means_publication_date_and_dateline_place(nlp) -> None:
    text = "ANKARA - Turkey condemned Sweden."
    art = Article(text=text, meta=Meta(published="2019-11-25T10:00:00Z",
                                       dateline=Dateline(0, 6, "ANKARA", "p1")))
    adapter.parse(art, nlp)
    art.places.append(Place("p1", 0, 6, "ANKARA", "Ankara", "TUR"))
    for i, name in enumerate(("Turkey", "Sweden"), start=1):
        at = text.index(name)
        art.actors.append(Actor(f"a{i}", name, country=name[:3].upper(),
                                mentions=[Span(at, at + len(name), name)]))
    code_events(art)
    ev = only(art, "ACCUSE")
    assert ev.date == "2019-11-25" and ev.time is None and ev.place == "p1"


def test_events_have_evidence_and_json_round_trip(nlp) -> None:
    art = article(nlp, "Kenya accused Somalia of meddling. Somalia rejected the claim.",
                  {"Kenya": ("KEN", "GOV"), "Somalia": ("SOM", "GOV")})
    assert [e.type for e in art.events] == ["ACCUSE", "REJECT"]
    for ev in art.events:
        assert art.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
        assert 0 <= ev.sentence < len(art.sentences) and 0 < ev.confidence < 1
    assert Article.from_json(art.to_json()).events == art.events


# -- merge ------------------------------------------------------------------------------------------

def test_merge_keeps_first_mention_with_highest_confidence() -> None:
    def ev(conf: float, start: int) -> Event:
        return Event("", "CONSULT", Span(start, start + 3, "met"), 0, actors=["a1"],
                     recipients=["a2"], date="2025-02-03", confidence=conf)

    merged = merge_events([ev(0.5, 10), ev(0.8, 90), Event("", "ACCUSE", Span(0, 1, "x"), 0)])
    assert [e.id for e in merged] == ["v1", "v2"]
    assert merged[0].trigger.start == 10 and merged[0].confidence == 0.8


def test_national_modifier_names_the_state_actor(nlp) -> None:
    art = article(nlp, "Turkey sent troops to the border. Lawmakers condemned a Turkish offensive against "
                       "Syria.", {"Turkey": ("TUR", "GOV"), "Syria": ("SYR", "GOV")})
    for actor in art.actors:
        actor.kind = "state"
    code_events(art)
    ev = only(art, "ASSAULT")
    assert names(art, ev.actors) == ["Turkey"] and names(art, ev.recipients) == ["Syria"]
    assert ev.sentence == 1 and ev.trigger.text == "offensive"


def test_first_person_inside_a_quote_is_its_speaker(nlp) -> None:
    from dateline.record import Quote

    text = '"We reject the allegations made by Pakistan," Jaiswal told reporters.'
    art = article(nlp, text, {"Jaiswal": ("IND", "GOV"), "Pakistan": ("PAK", "GOV")})
    art.quotes.append(Quote("q1", True, art.span(0, text.index(",") + 2), speaker="a1"))
    code_events(art)
    ev = only(art, "REJECT")
    assert names(art, ev.actors) == ["Jaiswal"] and names(art, ev.recipients) == ["Pakistan"]


def test_visit_host_from_the_place_visited(nlp) -> None:
    text = "China protested. Sanchez said during a visit to Beijing that trade must grow."
    art = hand_coded(nlp, text, {"China": ("CHN", "GOV"), "Sanchez": ("ESP", "GOV")})
    at = text.index("Beijing")
    art.places.append(Place("p1", at, at + len("Beijing"), "Beijing", "Beijing", "CHN"))
    art.actors[0].kind = "state"  # before coding: an event coded with no state of China
    code_events(art)              # would visit a state made of the place (targets.visited_state)
    ev = only(art, "CONSULT")
    assert names(art, ev.actors) == ["Sanchez"] and names(art, ev.recipients) == ["China"]


def test_coordinated_acts_share_the_date_and_weeks_stay_weeks(nlp) -> None:
    art = article(nlp, "Last week, Kenya met Somalia in Nairobi and signed an agreement with Somalia.",
                  {"Kenya": ("KEN", "GOV"), "Somalia": ("SOM", "GOV")},
                  times={"Last week": "2024-W26"})
    events = {e.type: e for e in art.events}
    assert set(events) == {"CONSULT", "SUPPORT"}
    assert events["CONSULT"].date == events["SUPPORT"].date == "2024-W26"
    assert events["SUPPORT"].time == "t1"


def test_merge_across_sentences_needs_a_date_from_the_text() -> None:
    def ev(sentence: int, time: str | None) -> Event:
        return Event("", "THREATEN", Span(sentence * 10, sentence * 10 + 3, "x"), sentence,
                     actors=["a1"], recipients=["a2"], date="2019-11-25", time=time)

    assert len(merge_events([ev(0, "t1"), ev(3, "t2")])) == 1
    assert len(merge_events([ev(0, None), ev(3, None)])) == 2


def test_a_coercive_act_on_a_condition_is_a_threat(nlp) -> None:
    art = article(nlp, "The official added that sanctions could follow if Ankara activated the "
                       "system.", {"official": ("USA", "GOV"), "Ankara": ("TUR", "GOV")})
    ev = only(art, "THREATEN")
    assert names(art, ev.actors) == ["official"] and names(art, ev.recipients) == ["Ankara"]
    assert [e.type for e in art.events] == ["THREATEN"]


# -- second round: arguments the actor layer leaves open, carried dates -------------------------

def test_interview_label_is_not_the_subject(nlp) -> None:
    art = article(nlp, "VOA: Russia's President Vladimir Putin recently visited China after he "
                       "began a fifth term.",
                  {"VOA": ("USA", "MED"), "Vladimir Putin": ("RUS", "GOV"), "China": ("CHN", "GOV")})
    ev = only(art, "CONSULT")
    assert names(art, ev.actors) == ["Vladimir Putin"] and names(art, ev.recipients) == ["China"]


def test_uncoded_national_phrase_is_its_state(nlp) -> None:
    text = ("During the negotiations, China proposed to set a minimum price, but the European side "
            "refused. The European Union met China.")
    art = article(nlp, text, {"China": ("CHN", "GOV"), "European Union": ("IGOEU", "GOV")})
    art.actors[0].kind = "state"
    art.actors[1].kind = "organization"
    code_events(art)
    ev = next(e for e in art.events if e.type == "REJECT")
    assert names(art, ev.actors) == ["European Union"]


def test_object_pronoun_takes_the_nearest_person_before_it(nlp) -> None:
    art = article(nlp, "In April, the military removed Bashir and jailed him.",
                  {"military": ("SDN", "MIL"), "Bashir": ("SDN", "GOV")})
    art.actors[0].kind, art.actors[1].kind = "group", "person"
    code_events(art)
    ev = only(art, "COERCE")
    assert ev.trigger.text == "jailed"
    assert names(art, ev.actors) == ["military"] and names(art, ev.recipients) == ["Bashir"]


def test_denial_needs_no_recipient(nlp) -> None:
    art = article(nlp, "Gachagua denied all the charges.", {"Gachagua": ("KEN", "GOV")})
    ev = only(art, "REJECT")
    assert names(art, ev.actors) == ["Gachagua"] and ev.recipients == []


def test_allegation_accuses_its_clause_subject(nlp) -> None:
    art = article(nlp, "A Phnom Penh court alleged the journalist had posted false messages.",
                  {"Phnom Penh court": ("KHM", "JUD"), "journalist": ("KHM", "MED")})
    ev = only(art, "ACCUSE")
    assert names(art, ev.recipients) == ["journalist"]


def test_a_visit_inside_ones_own_country_has_no_host(nlp) -> None:
    text = "Pakistan protested. Prime Minister Shehbaz Sharif visited Quetta on Thursday."
    art = article(nlp, text, {"Pakistan": ("PAK", "GOV"), "Shehbaz Sharif": ("PAK", "GOV")},
                  places={"Quetta": "PAK"})
    art.actors[0].kind = "state"
    code_events(art)
    assert all(not (e.type == "CONSULT" and e.recipients) for e in art.events)


def test_a_narrated_day_carries_to_the_next_past_tense_sentence(nlp) -> None:
    text = ("Sudan's army attacked Darfur rebels on Monday. The rebels accused the army of "
            "killing civilians. The rebels accuse the army of looting.")
    art = article(nlp, text, {"Sudan's army": ("SDN", "MIL"), "rebels": ("SDN", "REB"),
                              "army": ("SDN", "MIL")},
                  times={"Monday": "2025-02-03"}, published="2025-02-05")
    accusations = sorted((e for e in art.events if e.type == "ACCUSE"), key=lambda e: e.sentence)
    assert [e.sentence for e in accusations] == [1, 2]
    assert accusations[0].date == "2025-02-03" and accusations[0].time == "t1"
    assert accusations[1].date == "2025-02-05" and accusations[1].time is None


def test_subject_it_takes_the_nearest_state_before_it(nlp) -> None:
    art = article(nlp, "Kenya has hosted refugees since 1991. On Monday it accused Somalia of "
                       "arming militants.", {"Kenya": ("KEN", "GOV"), "Somalia": ("SOM", "GOV")})
    for actor in art.actors:
        actor.kind = "state"
    code_events(art)
    ev = only(art, "ACCUSE")
    assert names(art, ev.actors) == ["Kenya"] and names(art, ev.recipients) == ["Somalia"]


def test_owner_of_a_rejected_offer_is_not_the_rejecter(nlp) -> None:
    art = article(nlp, "The United States offered new nuclear talks on Monday. Tehran rejected its "
                       "offer.", {"United States": ("USA", "GOV"), "Tehran": ("IRN", "GOV")})
    for actor in art.actors:
        actor.kind = "state"
    code_events(art)
    ev = only(art, "REJECT")
    assert names(art, ev.actors) == ["Tehran"] and names(art, ev.recipients) == ["United States"]


def test_a_visit_by_travellers_is_not_talks_but_an_officials_visit_is():
    import dateline

    tourists = dateline.extract("More than 2.8 million Chinese tourists visited Vietnam last "
                                "year, the tourism board said.", published="2019-12-02")
    minister = dateline.extract("Chinese Foreign Minister Wang Yi visited Vietnam on Monday "
                                "for talks on the South China Sea.", published="2019-12-02")
    assert not [e for e in tourists.events if e.type == "CONSULT"]
    visits = [e for e in minister.events if e.type == "CONSULT"]
    assert visits and minister.actor(visits[0].actors[0]).country == "CHN"
