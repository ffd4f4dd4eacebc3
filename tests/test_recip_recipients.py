"""Recipients an act's own clause names outside its arguments: the destination of a verb of
sending whose purpose the act is, and the host state of a visit made on arrival in a place the
story names no actor for (``events.targets.destination_state`` / ``visited_state``)."""

from __future__ import annotations

from helpers import candidates_of, extract


def _countries(art, ids) -> set:
    return {a.country for x in ids if (a := art.actor(x)) is not None}


def test_an_act_a_side_sends_people_to_do_is_aimed_where_they_are_sent() -> None:
    # PLOVER gold INVESTIGATE-0002 (ACCUSE, target BIH)
    art = extract("The United Nations has sent 21 military and civilian personnel to Bosnia on "
                  "Wednesday to investigate the feasibility of a 10,000-member peacekeeping "
                  "force, a U.N. spokesman said on Monday.")
    found = [ev for ev in art.events if ev.type == "ACCUSE"]
    assert found and _countries(art, found[0].recipients) == {"BIH"}


def test_the_destination_is_only_that_of_the_sending_verb_the_act_serves() -> None:
    # the investigation is no purpose of the sending: its clause names no one
    art, found = candidates_of("The United Nations has sent 21 personnel to Bosnia, and the "
                               "council said on Monday that it would investigate.", "ACCUSE")
    assert all("BIH" not in _countries(art, ev.recipients) for ev in found)


def test_a_visit_made_on_arrival_is_to_the_state_of_the_place() -> None:
    # PLOVER gold CONSULT-0004 (IRQ -> JOR): Amman is no actor of the story
    art = extract("Iraqi President Saddam Hussein arrived in Amman on a previously unannounced "
                  "visit on Wednesday.", published="2024-06-02")
    visits = [ev for ev in art.events if ev.type == "CONSULT"]
    assert visits and _countries(art, visits[0].recipients) == {"JOR"}
    assert _countries(art, visits[0].actors) == {"IRQ"}


def test_a_visit_in_the_visitors_own_country_visits_no_state() -> None:
    art, found = candidates_of("Pakistan's Prime Minister Shehbaz Sharif arrived in Quetta on a "
                               "visit on Wednesday.", "CONSULT", published="2024-06-02")
    assert all("PAK" not in _countries(art, ev.recipients) for ev in found)


def test_a_partner_phrase_shifted_onto_the_verb_of_starting_an_act_is_the_acts() -> None:
    # VOA 8006924: "with Canada" hangs on "ignited", after "last week"
    art, found = candidates_of("Trump ignited the economic war last week with Canada, normally a "
                               "staunch ally.", "SANCTION")
    wars = [ev for ev in found if ev.trigger.text == "war"]
    assert wars and _countries(art, wars[0].recipients) == {"CAN"}


def test_the_partners_of_a_meeting_convened_are_its_verbs_with_phrase() -> None:
    # VOA 8009004: the meeting is held with Iran and Russia
    art, found = candidates_of("Fu noted that China will convene a meeting in Beijing with Iran "
                               "and Russia on Friday.", "CONSULT")
    meetings = [ev for ev in found if ev.trigger.text == "meeting"]
    assert meetings and _countries(art, meetings[0].recipients) == {"IRN", "RUS"}
