"""Recipients chosen in session 26 (wt-recip), on wire-style sentences through the whole
pipeline."""

from __future__ import annotations

import pytest

from helpers import trigger_sides

pytestmark = pytest.mark.filterwarnings("ignore")


def test_an_appeal_to_uncoded_donors_is_not_made_of_the_owner_of_what_they_fund() -> None:
    # the donors are asked, not Somalia, whose plan they are to fund
    sides = trigger_sides(
        "The U.N. relief chief, Martin Griffiths, appealed to donors on Tuesday to fully fund "
        "the Somali government's $1 billion drought plan.", "REQUEST", "appealed")
    assert sides == [(["IGOUNO"], [])]


def test_an_appeal_to_a_coded_state_still_names_it() -> None:
    sides = trigger_sides(
        "The U.N. relief chief, Martin Griffiths, urged Ethiopia on Tuesday to fully fund "
        "the World Food Program's plan for Tigray.", "REQUEST", "urged")
    assert sides and sides[0][1] == ["ETH"]


def test_a_pronoun_of_the_complement_still_names_the_uncoded_addressee() -> None:
    # "its" is bound to the leadership asked: the complement's pronoun keeps its recipient
    sides = trigger_sides(
        "Malaysia's foreign minister said China's claims were excessive. In April he called on "
        "the Chinese leadership to define its claims in the sea.", "REQUEST", "called")
    assert sides and sides[0][1] == ["CHN"]


def test_a_collective_of_every_party_is_the_parties_its_including_phrase_names() -> None:
    # "all parties" is no party of its own: the talks are sought with Rwanda
    sides = trigger_sides(
        "Rwanda denies backing the rebels. At a summit in Dar es Salaam, Tanzania, on Saturday, "
        "leaders of the East African Community called for direct talks with all parties, "
        "including Rwanda.", "REQUEST", "called")
    assert sides == [(["IGOEAC"], ["RWA"])]


@pytest.mark.parametrize("text, etype, trigger, expected", [
    ("The International Criminal Court opened an inquiry in 2021, and the Philippine government "
     "refused to cooperate with it.", "REJECT", "refused", (["PHL"], ["IGOICC"])),
    ("The European Union offered a new trade pact on Monday, but Serbia said it would not "
     "negotiate with it until sanctions were lifted.", "REJECT", "negotiate",
     (["SRB"], ["IGOEU"])),
])
def test_an_it_partner_of_a_joint_act_is_the_body_named_before(
        text: str, etype: str, trigger: str, expected: tuple[list[str], list[str]]) -> None:
    # "it" is the partner, never the refusing subject itself
    assert trigger_sides(text, etype, trigger) == [expected]


@pytest.mark.parametrize("text", [
    "Finland closed all eight of its land crossings with Russia in stages last November.",
    "Finland closed its border crossings with Russia on Thursday.",
])
def test_crossings_closed_with_a_neighbour_shut_it_out(text: str) -> None:
    assert trigger_sides(text, "COERCE", "closed") == [(["FIN"], ["RUS"])]


def test_a_warning_to_ships_bound_for_a_nations_ports_is_aimed_at_that_state() -> None:
    sides = trigger_sides(
        "On Tuesday, Russia's Defense Ministry warned that all vessels heading to Ukrainian "
        "ports on the Danube would be treated as carriers of military cargo.",
        "THREATEN", "warned")
    assert sides == [(["RUS"], ["UKR"])]


def test_an_uncoded_person_detained_in_a_place_has_that_places_state_beside_him() -> None:
    # the actor layer gives the man no country; the place of the arrest names the state
    sides = trigger_sides(
        "Police detained Ahmed Hassan at his home in Alexandria on Sunday, his lawyer said.",
        "COERCE", "detained")
    assert sides and "EGY" in sides[0][1] and None in sides[0][1]


def test_a_reaction_to_the_act_told_before_is_aimed_at_its_doer() -> None:
    sides = trigger_sides(
        "Turkish police arrested Istanbul Mayor Ekrem Imamoglu on Wednesday. The opposition "
        "leader, Ozgur Ozel, condemned the arrest as a coup against the next president.",
        "ACCUSE", "condemned")
    assert sides and sides[0][1] == ["TUR"]


def test_a_reaction_to_a_quoted_verdict_of_the_act_is_aimed_at_its_doer() -> None:
    # the parser hangs "the arrest" on the quoted verdict
    sides = trigger_sides(
        "Georgian police arrested opposition leader Nika Melia in Tbilisi on Tuesday. The "
        "European Union's foreign policy chief called the arrest \"deeply worrying.\"",
        "ACCUSE", "called")
    assert sides and sides[0] == (["IGOEU"], ["GEO"])
