"""Conflict and security constructions of wire news read as whole stories: a threat is never
aimed at the threatener's own forces.  Sentences written for these tests in wire style."""

from helpers import extract


def _recipient_texts(ev, art) -> set[str]:
    return {m.text for r in ev.recipients for m in art.actor(r).mentions}


def test_threat_told_by_own_forces_names_no_own_recipient() -> None:
    text = ("Houthi leader Abdul-Malik al-Houthi warned that his fighters would strike "
            "any ship heading to Israeli ports.")
    art = extract(text)
    for ev in art.events:
        if ev.type == "THREATEN":
            assert "his fighters" not in _recipient_texts(ev, art)


def test_state_threat_with_its_own_army_is_aimed_at_no_one_of_its_own() -> None:
    text = "Iran warned on Sunday that its armed forces would strike back if attacked."
    art = extract(text)
    threats = [e for e in art.events if e.type == "THREATEN"]
    assert threats and all("its armed forces" not in _recipient_texts(e, art) for e in threats)


def test_threat_against_the_other_side_keeps_its_recipient() -> None:
    text = "North Korea warned that the United States would pay a heavy price for the drills."
    art = extract(text)
    threats = [e for e in art.events if e.type == "THREATEN"]
    assert threats and any("the United States" in _recipient_texts(e, art) for e in threats)


def test_a_coalition_led_by_a_state_is_its_armed_coalition() -> None:
    from helpers import actor_with, actors_of
    text = "The Saudi-led coalition said on Monday that it had intercepted a missile over Jizan."
    coalition = actor_with(actors_of(text), "The Saudi-led coalition")
    assert (coalition.country, coalition.sector) == ("SAU", "MIL")


def test_a_coalition_led_by_a_state_written_as_one_token() -> None:
    from helpers import actor_with, actors_of
    text = "A U.S.-led coalition said it had killed an Islamic State commander in Syria."
    coalition = actor_with(actors_of(text), "A U.S.-led coalition")
    assert (coalition.country, coalition.sector) == ("USA", "MIL")


def test_a_coalition_led_by_a_party_is_no_armed_coalition() -> None:
    from helpers import actors_of
    text = "The Conservative-led coalition said it would cut taxes next year."
    assert all(a.sector != "MIL" for a in actors_of(text))


def test_both_parties_to_a_truce_are_no_political_parties() -> None:
    from helpers import actor_with, actors_of
    text = ("Ethiopia and the Tigray forces signed a ceasefire in Pretoria on Wednesday. "
            "Both parties agreed to disarm within 30 days, the mediators said.")
    assert actor_with(actors_of(text), "Both parties").sector != "PTY"


def test_both_parties_of_a_budget_deal_stay_political_parties() -> None:
    from helpers import actor_with, actors_of
    text = ("Lawmakers approved the spending bill on Friday. Both parties said the vote would "
            "avert a government shutdown.")
    assert actor_with(actors_of(text), "Both parties").sector == "PTY"


def test_the_two_mediators_are_of_no_one_state() -> None:
    from helpers import actor_with, actors_of
    text = ("Qatari and Egyptian mediators met Hamas negotiators in Doha on Sunday. The two "
            "mediators said a deal on the hostages was close.")
    assert actor_with(actors_of(text), "The two mediators").country is None


def test_a_charge_is_no_part_of_the_state_that_denied_it() -> None:
    from helpers import mentions_of, actors_of
    text = "Kenya accused Somalia of harboring the militants, a claim Mogadishu denied."
    mentions = mentions_of(actors_of(text))
    assert "Mogadishu" in mentions and "a claim Mogadishu" not in mentions


def test_two_air_forces_striking_a_target_do_not_clash_with_each_other() -> None:
    text = "French and British jets struck Islamic State positions near Raqqa on Sunday."
    art = extract(text)
    for ev in art.events:
        if ev.type == "ASSAULT":
            assert not set(ev.actors) & set(ev.recipients)


def test_fighters_killed_at_no_named_hand_fell_to_the_state_forces_named() -> None:
    text = ("Gunmen attacked a police station near the presidential palace in Kabul on "
            "Monday before security forces ended the assault. Officials said all four "
            "militants were killed.")
    art = extract(text)
    killed = [e for e in art.events if e.type == "ASSAULT" and e.trigger.text == "killed"]
    for ev in killed:
        assert all("palace" not in art.actor(x).name for x in ev.actors)


def test_a_group_named_in_the_plural_is_no_modifier_of_the_noun_after_the_and() -> None:
    from helpers import mentions_of, actors_of
    text = "Norway has mediated between the Houthis and Western governments since 2019."
    mentions = mentions_of(actors_of(text))
    assert "Western governments" in mentions
    assert not any("Houthis and Western" in m for m in mentions)


def test_the_town_of_a_name_is_a_place_not_the_person_of_that_name() -> None:
    from helpers import mentions_of, actors_of
    text = "Islamist fighters seized the town of Masisi after heavy fighting, residents said."
    assert "Masisi" not in mentions_of(actors_of(text))


def test_a_bare_gerund_after_a_past_accusation_is_past() -> None:
    import dateline
    text = "Amnesty accused the army of killing dozens of villagers in March."
    art = dateline.extract(text, published="2026-11-28", layers=["times"])
    assert [t.value for t in art.times] == ["2026-03"]


def test_a_firm_described_before_its_name_is_one_actor_when_the_parse_splits_them() -> None:
    from helpers import actor_with, actors_of
    text = "Ukrainian grid operator Ukrenergo said it had restored power to most of Kharkiv."
    firm = actor_with(actors_of(text), "Ukrainian grid operator Ukrenergo")
    assert firm.country == "UKR"


def test_the_patron_of_a_linked_group_is_not_the_group() -> None:
    from helpers import mentions_of, actors_of
    text = "An Islamic State-linked faction claimed responsibility for the bombing in Kabul."
    assert not any("Islamic State" == m or "The Islamic State" == m
                   for m in mentions_of(actors_of(text)))
