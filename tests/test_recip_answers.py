"""Recipients of answers: a denial of "the accusation" answers its accuser, a bare refusal the
demander; and the subject pronoun of an object relative clause ("which it accused") is not the
noun the clause modifies.  Sentences written for these tests."""

from helpers import candidates_of, trigger_sides


def test_denial_of_the_accusation_answers_the_accuser():
    text = ("Polish officials accused Belarusian border guards of pushing migrants across the "
            "frontier at night. Minsk has rejected the accusation.")
    assert trigger_sides(text, "REJECT", "rejected") == [(["BLR"], ["POL"])]


def test_denial_two_sentences_after_the_charge():
    text = ("Lithuanian officials accused Russian diplomats of spying on the port of Klaipeda. "
            "\"We will not tolerate this,\" the foreign minister said. "
            "The Kremlin denied the allegations.")
    assert trigger_sides(text, "REJECT", "denied") == [(["RUS"], ["LTU"])]


def test_denial_that_says_what_it_denies_keeps_no_recipient():
    # the VOA gold codes a denial with its own content clause with no recipient
    text = ("Pakistani officials accused Afghan authorities of harboring militants. "
            "Kabul rejected the allegation that militants have bases in Afghanistan.")
    assert trigger_sides(text, "REJECT", "rejected") == [(["AFG"], [])]


def test_denial_of_a_charge_aimed_at_someone_else_keeps_no_recipient():
    text = ("Ukrainian officials accused Russian forces of shelling a hospital in Kharkiv. "
            "Hungary has rejected the accusation.")
    assert trigger_sides(text, "REJECT", "rejected") == [(["HUN"], [])]


def test_bare_refusal_answers_the_demand_made_of_the_refuser():
    text = ("Turkey demanded that Sweden extradite the two activists, and when Stockholm "
            "refused, Ankara summoned its ambassador.")
    assert trigger_sides(text, "REJECT", "refused") == [(["SWE"], ["TUR"])]


def test_refusal_with_no_demand_before_keeps_no_recipient():
    text = "Sweden refused, officials in Stockholm said on Monday."
    assert all(rec == [] for _, rec in trigger_sides(text, "REJECT", "refused"))


def test_object_relative_subject_pronoun_is_not_the_modified_noun():
    text = ("The rebel group said its positions had been shelled by the Ethiopian army, which "
            "it accused of breaking the truce.")
    art, found = candidates_of(text, "ACCUSE")
    accused = [ev for ev in found if ev.trigger.text == "accused"]
    assert accused
    names = lambda ids: [art.actor(x).name for x in ids]  # type: ignore[union-attr]
    assert names(accused[0].actors) == ["rebel group"]
    assert names(accused[0].recipients) == ["Ethiopian army"]


def test_refusal_of_a_partys_presence_is_aimed_at_that_party():
    text = "The president said she would not accept the presence of Russian troops in Moldova."
    sides = trigger_sides(text, "REJECT", "accept")
    assert sides and sides[0][1] == ["RUS"]


def test_refusal_of_an_uncoded_thing_keeps_no_recipient():
    text = "The president said she would not accept the results of the referendum."
    assert all(rec == [] for _, rec in trigger_sides(text, "REJECT", "accept"))


def test_welcoming_the_verdict_is_aimed_at_the_court():
    text = ("Kenya's Supreme Court on Sunday scaled back a quota system for government jobs. "
            "Students said the quotas favored party loyalists. "
            "A spokesman said the government welcomed the verdict.")
    sides = trigger_sides(text, "SUPPORT", "welcomed")
    assert sides and sides[0][1] == ["KEN"]


def test_a_verdict_with_no_court_in_the_story_keeps_no_recipient():
    text = "A spokesman said the government welcomed the verdict."
    assert all(rec == [] for _, rec in trigger_sides(text, "SUPPORT", "welcomed"))
