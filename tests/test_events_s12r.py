"""Events of the right type whose actor or recipient the clause names in a less direct place
(task ER, session 12): coordinated national modifiers of a meeting's subject, the "in" list of
the partners met, the role phrase of a sanctioned patient."""

from helpers import trigger_sides


def test_officials_of_two_coordinated_states_meet_each_other() -> None:
    # VOA 7686618 (even)
    sides = trigger_sides("Last week, Cameroon and C.A.R. officials met in the C.A.R.'s capital, "
                          "Bangui, and signed an agreement.", "CONSULT", "met")
    assert sides and set(sides[0][0]) == {"CMR", "CAF"} and set(sides[0][1]) == {"CMR", "CAF"}


def test_officials_of_one_state_meeting_stay_without_partner() -> None:
    # neighbour: one national modifier is no reciprocal meeting
    sides = trigger_sides("Last week, Cameroon officials met in Bangui.", "CONSULT", "met")
    assert sides == [(["CMR"], [])]


def test_partners_met_are_those_of_the_places_they_are_in() -> None:
    # VOA 7808748 (even)
    sides = trigger_sides("Chinese Commerce Minister Wang Wentao visited Europe in late September "
                          "and met with officials and businesspeople in charge of foreign trade "
                          "and commerce in the EU, Belgium, Germany, Italy and other countries.",
                          "CONSULT", "met")
    assert sides and sides[0][0] == ["CHN"] and "IGOEU" in sides[0][1]


def test_partner_met_with_a_country_keeps_it() -> None:
    # neighbour: a coded partner is not replaced by the place it is met in
    sides = trigger_sides("The French foreign minister met with Kenyan officials in Brussels.",
                          "CONSULT", "met")
    assert sides and sides[0][1] == ["KEN"]


def test_sanctioned_patient_named_as_vessels_of_an_operator() -> None:
    # VOA 8010476 (even)
    sides = trigger_sides("Both the Golbon and the Jairan are sanctioned by the U.S. Treasury "
                          "Department as vessels operated by the state-run Islamic Republic of "
                          "Iran Shipping Lines.", "SANCTION", "sanctioned")
    assert sides and sides[0] == (["USA"], ["IRN"])


def test_government_refusing_to_relax_its_rules_is_aimed_at_its_own_state() -> None:
    # VOA 6205362 (even), with the country named in the sentence
    sides = trigger_sides("Despite protests by tourism businesses, the Italian government has so "
                          "far refused to relax strict rules on international travel.",
                          "REJECT", "refused")
    assert sides == [(["ITA"], ["ITA"])]


def test_government_lifting_a_state_of_emergency_concedes_to_its_own_state() -> None:
    # PLOVER gold records (CONCEDE, target SDN)
    sides = trigger_sides("Sudan's government on Sunday lifted a state of emergency in West "
                          "Darfur State that was imposed six months ago after tribal clashes.",
                          "CONCEDE", "lifted")
    assert sides and sides[0][1] == ["SDN"]


def test_measure_on_another_nations_goods_is_not_domestic() -> None:
    # neighbour: a national modifier names the state the measure is aimed at
    sides = trigger_sides("The French government refused to lift the ban on British beef.",
                          "REJECT", "refused")
    assert sides and all("FRA" not in recipients for _, recipients in sides)


def test_refusing_to_attend_a_hearing_refuses_the_court_it_is_before() -> None:
    # VOA 6204080 (even)
    sides = trigger_sides("The case went before The Hague-based International Court of Justice "
                          "(ICJ) in mid-March, though Kenya refused to attend the weeklong "
                          "hearing.", "REJECT", "refused")
    assert sides == [(["KEN"], ["IGOUNO"])]


def test_refusing_to_attend_a_party_names_no_court() -> None:
    # neighbour: only a hearing is held before a body
    sides = trigger_sides("The case went before the International Court of Justice, though "
                          "Kenya refused to attend the celebration.", "REJECT", "refused")
    assert sides and all("IGOUNO" not in recipients for _, recipients in sides)
