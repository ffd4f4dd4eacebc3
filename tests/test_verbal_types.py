"""Recall of the verbal and cooperative types (wt-verbal): REQUEST, THREATEN, PROTEST, CONSULT,
SUPPORT, AGREE.  The sentences are written for these tests in the style of wire-service news."""

from __future__ import annotations

from helpers import candidates_of, events_of_type, side_countries


def test_warned_object_is_threatened_whoever_it_is() -> None:
    # a reported warning whose clause is a passive threat: the warned object (no state, no
    # person) is the threatened party, not left out as a demand on no one
    text = ("The governor said Hamas gunmen had stopped aid trucks near Rafah and warned drivers "
            "that they would be shot if they came back.")
    art, found = candidates_of(text, "THREATEN")
    assert found, "no THREATEN candidate"
    ev = found[0]
    assert side_countries(art, ev.actors) == {"PSE"}
    assert {m.text for r in ev.recipients for m in art.actor(r).mentions} >= {"drivers"}


def test_told_object_of_a_plain_statement_is_no_recipient() -> None:
    # a statement told to a news outlet asks nothing of it (only warnings take any object)
    text = "The minister told reporters that the army must leave the city."
    art, found = candidates_of(text, "REQUEST")
    assert all("reporters" not in {m.text for r in ev.recipients for m in art.actor(r).mentions}
               for ev in found)


def test_appeal_to_all_parties_is_made_on_the_conflicts_state() -> None:
    # "all parties" are every side of the conflict the sentence places, not the public
    text = ("The U.N. mission in South Sudan said its peacekeepers had stepped up patrols "
            "around Malakal and urged all parties to respect the truce.")
    art, found = events_of_type(text, "REQUEST")
    assert [side_countries(art, ev.recipients) for ev in found] == [{"SSD"}]
    assert side_countries(art, found[0].actors) == {"IGOUNO"}


def test_appeal_to_all_parties_with_no_scene_is_no_event() -> None:
    # no state of the conflict in sight: still an appeal made on no one named
    text = "The foreign minister urged all parties to show restraint and resolve their differences."
    _, found = events_of_type(text, "REQUEST")
    assert not found


def test_appeal_to_all_parties_is_not_the_appealing_state() -> None:
    # the one country the sentence places is the actor's own: no recipient, so no event
    text = "Kenya urged all parties to return to the talks it hosts in Nairobi."
    art, found = events_of_type(text, "REQUEST")
    assert all("KEN" not in side_countries(art, ev.recipients) for ev in found)


def test_backing_affirmed_as_steadfast_is_support() -> None:
    text = ("A Pentagon spokesman said Washington's commitment to Taiwan's defense remained "
            "\"unshakable.\"")
    art, found = events_of_type(text, "SUPPORT")
    assert [(side_countries(art, ev.actors), side_countries(art, ev.recipients))
            for ev in found] == [({"USA"}, {"TWN"})]


def test_alliance_affirmed_as_ironclad_is_support() -> None:
    text = "The foreign ministry said Tokyo's alliance with Canberra was \"ironclad.\""
    art, found = events_of_type(text, "SUPPORT")
    assert [(side_countries(art, ev.actors), side_countries(art, ev.recipients))
            for ev in found] == [({"JPN"}, {"AUS"})]


def test_alliance_without_steadfast_verdict_is_no_event() -> None:
    # only what the backing is said to be makes it an act: a plain mention is none
    text = "The foreign ministry said Tokyo's alliance with Canberra was decades old."
    _, found = events_of_type(text, "SUPPORT")
    assert not found


def test_scheduled_meeting_of_a_pair_is_their_consult() -> None:
    text = ("Ethiopia's foreign minister, Gedion Timothewos, and his Somali counterpart, Ahmed "
            "Moallim Fiqi, are scheduled to meet in Ankara later this month.")
    art, found = events_of_type(text, "CONSULT")
    assert found, "no CONSULT"
    assert side_countries(art, found[0].actors) == {"ETH", "SOM"}
    assert not events_of_type(text, "AGREE")[1]


def test_scheduled_visit_stays_no_event() -> None:
    # a planned trip is coded neither CONSULT nor AGREE: only a meeting is raised
    text = "The Iranian foreign minister is expected to visit Moscow next week."
    assert not [e for e in events_of_type(text, "CONSULT")[1] + events_of_type(text, "AGREE")[1]]
