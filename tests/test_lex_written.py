"""Lexicon rows and trigger typing from the written gold set's even stories (helper lex): a place
captured, an arrest warrant, troops ordered somewhere, wanted people handed to another state, a
bloc left, a summons ignored, a quoted verdict parsed as the object; and triggers that are no
event (a plea in court, self-defence, a spokesman's silence)."""

from __future__ import annotations

from helpers import trigger_sides, trigger_types


def test_a_town_captured_is_territory_occupied():
    # CAMEO 192 "occupy territory" -> PLOVER COERCE
    assert "COERCE" in trigger_types(
        "Separatist fighters captured the border town of Ravenka on Saturday, the army said.",
        "captured")
    assert trigger_types("Separatist fighters captured Lisichansk, the region's second city, "
                         "on Saturday.", "captured") == {"COERCE"}


def test_combatants_captured_stay_an_assault():
    # PLOVER manual: combatants captured during conflict are ASSAULT 'abduct'
    assert trigger_types("Government troops captured 12 rebel fighters near the river on "
                         "Saturday.", "captured") == {"ASSAULT"}


def test_an_arrest_warrant_is_legal_action():
    assert "COERCE" in trigger_types(
        "A Peruvian court issued an arrest warrant for former minister Luis Ortega on Friday.",
        "issued")


def test_troops_ordered_into_a_region_are_deployed():
    assert "MOBILIZE" in trigger_types(
        "Ecuador's president ordered 2,000 soldiers into the coastal province on Tuesday.",
        "ordered")


def test_troops_ordered_to_act_are_not_a_deployment():
    assert "MOBILIZE" not in trigger_types(
        "Ecuador's president ordered soldiers to clear the roads on Tuesday.", "ordered")


def test_wanted_men_sent_to_another_state_is_judicial_cooperation():
    sides = trigger_sides("Guatemala sent 14 suspected traffickers to the United States on "
                          "Monday.", "COOPERATE", "sent")
    assert sides and sides[0][0] == ["GTM"] and "USA" in sides[0][1]


def test_suspects_sent_to_prison_are_no_extradition():
    assert "COOPERATE" not in trigger_types(
        "A court in Lima sent the suspects to prison on Monday.", "sent")


def test_leaving_a_bloc_is_a_withdrawal():
    assert "SANCTION" in trigger_types(
        "Gabon left the Economic Community of Central African States on Friday.", "left")


def test_leaving_a_city_is_no_event():
    assert trigger_types("The delegation left the city on Friday.", "left") == set()


def test_a_summons_ignored_is_defiance():
    assert "REJECT" in trigger_types(
        "The former mayor ignored two summonses from prosecutors last week.", "ignored")


def test_a_quoted_verdict_on_an_act_is_an_accusation():
    # the quote parsed as the object's apposition ("verdict" the object, "revenge" its appos)
    assert "ACCUSE" in trigger_types(
        'Former President Jair Bolsonaro called the verdict "revenge and persecution" on Monday.', "called")


def test_a_plea_in_court_is_no_request():
    assert trigger_types("The journalist pleaded not guilty on Monday.", "pleaded") == set()


def test_self_defence_is_no_support():
    assert "SUPPORT" not in trigger_types(
        "The rebels said their fighters had been defending themselves against army attacks.",
        "defending")


def test_declining_to_comment_is_no_rejection():
    assert trigger_types("The ministry declined to comment on Tuesday.", "declined") == set()


def test_a_quoted_verdict_after_as_is_an_accusation():
    assert "ACCUSE" in trigger_types(
        'Human Rights Watch described the decree as "a blank check for abuse" on Friday.',
        "described")


def test_an_extended_border_closure_restricts_movement():
    assert "COERCE" in trigger_types(
        "Norway extended the border closure with Russia until June.", "extended")


def test_foreigners_ordered_to_leave_are_expelled():
    assert "COERCE" in trigger_types(
        "Algeria ordered all undocumented migrants to leave the country by June.", "ordered")


def test_joining_attacks_is_an_assault():
    assert "ASSAULT" in trigger_types(
        "The Karen National Union said its fighters had joined attacks on army outposts.",
        "joined")


def test_what_threatens_stability_is_no_threat():
    assert "THREATEN" not in trigger_types(
        "Australia's ambassador said Beijing's actions threaten regional peace and stability.",
        "threaten")


def test_foreign_forces_ordered_out_are_expelled():
    assert "SANCTION" in trigger_types(
        "Chad's government ordered French troops out of the country last year.", "ordered")


def test_own_forces_ordered_out_withdraw():
    assert trigger_types("The president ordered his troops out of the disputed province.",
                         "ordered") == {"RETREAT"}


def test_measures_lifted_are_sanctions_eased():
    assert "RETREAT" in trigger_types(
        "The European Union lifted the measures against Minsk in March.", "lifted")


def test_a_boycott_called_off_is_a_concession():
    assert "CONCEDE" in trigger_types(
        "Kenya's opposition called off its boycott of parliament on Monday.", "called")


def test_greeting_a_leader_hosts_a_visit():
    assert "CONSULT" in trigger_types(
        "Xi Jinping greeted Brazil's president at the Great Hall of the People on Friday.",
        "greeted")


def test_greeting_supporters_is_no_visit():
    assert trigger_types("Modi greeted supporters in Varanasi on Sunday.", "greeted") == set()


def test_a_kingpin_captured_is_arrested():
    assert trigger_types("Colombian police captured the cartel's top kingpin in Medellin on "
                         "Sunday.", "captured") == {"COERCE"}
