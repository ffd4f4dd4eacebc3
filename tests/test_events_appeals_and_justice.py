"""Event recall where the clause's own syntax leaves a side open: an appeal to "all parties"
read as the conflict's sides the sentence names.  The sentences are written for these tests in
the style of wire-service news."""

from __future__ import annotations

from helpers import countries, events_of_type, side_countries


def test_appeal_to_all_parties_is_made_on_the_sides_the_sentence_names() -> None:
    # no place names the conflict, but its two sides are named beside the appeal
    text = ("YANGON, Myanmar — Fighting between Myanmar's military and ethnic rebels spread "
            "across Shan state on Saturday.\n"
            "China, which has close ties with both the military government and some of the "
            "ethnic armed groups along its border, on Sunday called for an immediate cease-fire "
            "and urged all parties to resolve their differences through dialogue.\n")
    art, found = events_of_type(text, "REQUEST")
    # (the call for a cease-fire and the appeal are one act of one sentence, merged)
    assert [(side_countries(art, ev.actors), side_countries(art, ev.recipients))
            for ev in found] == [({"CHN"}, {"MMR"})]


def test_appeal_to_all_parties_beside_two_states_names_no_side() -> None:
    # two states named beside the appeal: which sides it is made on stays open
    text = ("Turkey, which has ties with both Russia and Ukraine, urged all parties to return "
            "to the negotiating table.")
    _, found = events_of_type(text, "REQUEST")
    assert not found


def test_trailing_participle_demand_is_made_on_its_own_party() -> None:
    # the participle after the call is a demand of its own, on the group it names
    text = ("Leaders on the AU's Peace and Security Council met on Friday to discuss the crisis "
            "in Congo and called for an immediate cease-fire, demanding that the M23 rebel group "
            "withdraw from the areas it has seized.")
    art, found = events_of_type(text, "REQUEST")
    assert [(side_countries(art, ev.actors), side_countries(art, ev.recipients))
            for ev in found] == [({"IGOAFU"}, {"COD"})]


def test_person_sentenced_by_a_court_is_of_the_courts_state() -> None:
    # a journalist the text gives no nationality, sentenced by a Belarusian court
    text = ("A court in eastern Belarus on Wednesday sentenced a freelance journalist to four "
            "years in a penal colony for contributing reports to a banned television channel.\n"
            "Belarus has jailed dozens of reporters since the disputed 2020 election.\n")
    art, found = events_of_type(text, "SANCTION")
    assert [(side_countries(art, ev.actors), countries(art, ev.recipients))
            for ev in found] == [({"BLR"}, {"BLR"})]
    assert "a freelance journalist" in {m.text for r in found[0].recipients
                                      for m in art.actor(r).mentions}


def test_announced_agentless_arrest_is_the_speakers_threat_on_its_subject() -> None:
    # no one is named to prosecute them: the official announcing it threatens the journalists,
    # who (given no nationality) are of his own state
    text = ("Belarus has jailed dozens of reporters since the disputed 2020 election.\n"
            "Belarusian Information Minister Uladzimir Pertsau said last month that journalists "
            "who worked for \"extremist\" media would be prosecuted \"with all the severity of "
            "the law.\"\n"
            "Belarusian Interior Minister Ivan Kubrakov said on Monday that bloggers who shared "
            "such content would be arrested.\n")
    art, found = events_of_type(text, "THREATEN")
    assert [(side_countries(art, ev.actors), countries(art, ev.recipients))
            for ev in found] == [({"BLR"}, {"BLR"}), ({"BLR"}, {"BLR"})]
