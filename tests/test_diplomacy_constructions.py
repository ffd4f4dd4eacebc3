"""Common diplomatic constructions of world news (wt-diplo).

"his Indian counterpart" is the holder of the possessor's post in India
(``mentions.MentionFinder.counterpart``, ``referents.fill_counterpart_sectors``).  The sentences
are written for these tests in the style of wire-service world news.
"""

from __future__ import annotations

import pytest

from helpers import actor_with, actors_of, events_of_type, side_countries


@pytest.mark.parametrize("text, mention, country, sector", [
    ("Rubio met his Indian counterpart on Tuesday.", "his Indian counterpart", "IND", "GOV"),
    ("Chinese President Xi Jinping hosted his Brazilian counterpart in Beijing.",
     "his Brazilian counterpart", "BRA", "GOV"),
    # the possessor's sector: an army chief's counterpart is an army chief
    ("The Indian army chief met his Chinese counterparts at the border on Friday.",
     "his Chinese counterparts", "CHN", "MIL"),
    ("Kenya's police chief hosted his Ugandan counterpart in Nairobi.",
     "his Ugandan counterpart", "UGA", "COP"),
    # the state a "from" phrase names
    ("The Pakistani foreign minister met his counterpart from Afghanistan in Kabul.",
     "his counterpart", "AFG", "GOV"),
], ids=["nationality", "head_of_state", "possessor_military", "possessor_police", "from_phrase"])
def test_counterpart_is_the_named_state_official(text: str, mention: str, country: str,
                                                  sector: str) -> None:
    actor = actor_with(actors_of(text, published="2025-03-12"), mention)
    assert (actor.country, actor.sector) == (country, sector)


def test_coordinated_counterparts_are_one_actor_each() -> None:
    actors = actors_of("Egypt's foreign minister met his Jordanian and Saudi counterparts "
                       "in Cairo on Sunday.", published="2025-03-12")
    assert {(a.country, a.sector) for a in actors} >= {("JOR", "GOV"), ("SAU", "GOV")}


def test_counterparts_from_two_states_are_one_actor_each() -> None:
    text = "The Indian army chief met his counterparts from Nepal and Bhutan in New Delhi."
    art, found = events_of_type(text, "CONSULT", published="2025-03-12")
    assert side_countries(art, found[0].recipients) == {"NPL", "BTN"}
    # the possessor's sector, and not the possessor's country for the group
    assert {(a.country, a.sector) for a in art.actors} >= {("NPL", "MIL"), ("BTN", "MIL")}
    assert actor_with(art, "his counterparts").country is None


def test_counterpart_without_nationality_is_no_actor() -> None:
    # the place is the meeting's venue, which need not be the counterpart's state
    actors = actors_of("The Turkish foreign minister met his counterpart in Geneva.",
                       published="2025-03-12")
    assert not any("counterpart" in m.text for a in actors for m in a.mentions)


@pytest.mark.parametrize("text, trigger, recipients", [
    ("Russian Foreign Minister Sergei Lavrov met his Iranian counterpart in Moscow on Monday.",
     "met", {"IRN"}),
    ("Lavrov spoke by phone with his Turkish counterpart on Wednesday.", "spoke", {"TUR"}),
    ("Defense Secretary Lloyd Austin held talks with his Japanese counterpart in Tokyo.",
     "held", {"JPN"}),
    ("French President Emmanuel Macron met his Egyptian and Jordanian counterparts on Sunday.",
     "met", {"EGY", "JOR"}),
], ids=["met", "phone_call", "held_talks", "coordinated"])
def test_meeting_with_a_counterpart_has_a_recipient(text: str, trigger: str,
                                                    recipients: set[str]) -> None:
    art, found = events_of_type(text, "CONSULT", published="2025-03-12")
    event = next(ev for ev in found if ev.trigger.text.startswith(trigger))
    assert side_countries(art, event.recipients) == recipients


# A group "of" or "from" several states stands for each of them
# (``mentions.MentionFinder.owned_states``, ``events.phrases._owned_states``).

@pytest.mark.parametrize("text, trigger", [
    ("The leaders of France and Germany met in Paris on Monday.", "met"),
    ("The foreign ministers of Japan and South Korea met on the sidelines of the summit.", "met"),
    ("Officials from Iran and the United States held indirect talks in Oman.", "held"),
    ("Diplomats from Russia and Ukraine met in Istanbul on Friday.", "met"),
], ids=["leaders_of", "ministers_of", "officials_from", "diplomats_from"])
def test_meeting_of_a_group_of_two_states_is_mutual(text: str, trigger: str) -> None:
    art, found = events_of_type(text, "CONSULT", published="2025-03-12")
    event = next(ev for ev in found if ev.trigger.text.startswith(trigger))
    assert len(event.actors) == 2
    assert side_countries(art, event.actors) == side_countries(art, event.recipients)
    assert {(art.actor(a).sector) for a in event.actors} == {"GOV"}  # type: ignore[union-attr]


def test_group_of_states_takes_its_head_sector() -> None:
    actors = actors_of("The army chiefs of India and Pakistan spoke by telephone on Tuesday.",
                       published="2025-03-12")
    assert {("IND", "MIL"), ("PAK", "MIL")} <= {(a.country, a.sector) for a in actors}


def test_signatories_of_a_group_of_states_are_both_actors() -> None:
    art, found = events_of_type("The presidents of Kenya and Tanzania signed a trade agreement "
                                "in Nairobi.", "SUPPORT", published="2025-03-12")
    assert side_countries(art, found[0].actors) == {"KEN", "TZA"}


@pytest.mark.parametrize("text, country", [
    # a national modifier makes the group one state's
    ("Washington is withdrawing U.S. troops from Iraq and Syria.", "USA"),
    # two places of one state
    ("Officials from Kabul and Kandahar attended the meeting.", None),
], ids=["national_modifier", "places_of_one_state"])
def test_group_from_places_is_not_split(text: str, country: str | None) -> None:
    actors = actors_of(text, published="2025-03-12")
    group = next(a for a in actors if a.kind == "group")
    assert group.country == country
    assert not any(m.text in {"Syria", "Kandahar"} and a.kind == "group"
                   for a in actors for m in a.mentions)


# A proposal or a measure named after its maker: the maker is the refusal's recipient
# (``mentions.NAMED_ACT_NOUNS``, ``mentions.BODY_ACTS``), and "block" a measure is a veto
# (``data/events/triggers.tsv``, CAMEO 129).

@pytest.mark.parametrize("text, trigger, recipient", [
    ("Israel rejected a Hamas proposal for a truce in Gaza.", "rejected", "PSE"),
    ("Washington rejected a Taliban demand for the release of frozen assets.", "rejected", "AFG"),
    ("Ukraine dismissed a Putin offer of talks.", "dismissed", "RUS"),
], ids=["organization", "organization_demand", "person"])
def test_rejected_proposal_is_aimed_at_its_maker(text: str, trigger: str,
                                                 recipient: str) -> None:
    art, found = events_of_type(text, "REJECT", published="2025-03-12")
    event = next(ev for ev in found if ev.trigger.text.startswith(trigger))
    assert side_countries(art, event.recipients) == {recipient}


@pytest.mark.parametrize("text, recipient", [
    ("Hungary blocked an EU aid package for Ukraine on Thursday.", "IGOEU"),
    ("Russia blocked a U.N. Security Council resolution on the war in Sudan.", "IGOUNO"),
    # the body named before a compound of the measure (EU -> sanctions -> package)
    ("Hungary blocked a new EU sanctions package against Russia.", "IGOEU"),
], ids=["eu_package", "council_resolution", "nested_compound"])
def test_blocking_a_measure_is_a_veto(text: str, recipient: str) -> None:
    art, found = events_of_type(text, "REJECT", published="2025-03-12")
    event = next(ev for ev in found if ev.trigger.text == "blocked")
    assert side_countries(art, event.recipients) == {recipient}


@pytest.mark.parametrize("text", [
    "Protesters blocked roads in the capital on Monday.",
    "A Kenyan court has lifted orders blocking the swearing-in of the deputy president.",
], ids=["road", "court_order"])
def test_blocking_no_measure_is_no_veto(text: str) -> None:
    _, found = events_of_type(text, "REJECT", published="2025-03-12")
    assert not [ev for ev in found if ev.trigger.text.startswith("block")]


def test_name_before_a_ban_is_no_maker() -> None:
    # "a TikTok ban": what is banned, not who bans
    actors = actors_of("Lawmakers debated a TikTok ban on Tuesday.", published="2025-03-12")
    assert not any(m.text == "TikTok" for a in actors for m in a.mentions)


def test_body_counterpart_takes_no_official_sector() -> None:
    # "its": a body of any kind; a firm's counterparts are no government
    actors = actors_of("Samsung and its Chinese counterparts have lobbied against the tariffs.",
                       published="2025-03-12")
    assert actor_with(actors, "its Chinese counterparts").sector != "GOV"


def test_later_mention_of_a_group_of_states_stands_for_both() -> None:
    text = ("The leaders of France and Germany met in Paris on Monday. The leaders agreed to "
            "boost defense spending.")
    art, found = events_of_type(text, "AGREE", published="2025-03-12")
    assert side_countries(art, found[0].actors) == {"FRA", "DEU"}
    # the anaphor is the group's, not the last state's
    assert actor_with(art, "Germany").mentions[0].text == "Germany"
    assert len(actor_with(art, "Germany").mentions) == 1


def test_two_officials_coded_as_a_group_are_the_pair_named_before() -> None:
    text = ("Iran and Saudi Arabia restored diplomatic ties on Friday. The two foreign "
            "ministers agreed to meet again next month.")
    art, found = events_of_type(text, "AGREE", published="2025-03-12")
    assert side_countries(art, found[0].actors) == {"IRN", "SAU"}


def test_counterparts_without_possessor_are_the_named_states() -> None:
    art, found = events_of_type("Rubio met with Egyptian and Jordanian counterparts in Amman.",
                                "CONSULT", published="2025-03-12")
    assert side_countries(art, found[0].recipients) == {"EGY", "JOR"}
