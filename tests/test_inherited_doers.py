"""Doers of predicates with no subject of their own, found where the syntax makes them certain
(wt-subjless, session 28).  Sentences written for these tests, in wire style."""

import pytest

from helpers import first_sides, trigger_sides


@pytest.mark.parametrize("text, etype, trigger, actors, recipients", [
    ("Kenya's arrest of the opposition leader drew sharp criticism from rights groups.",
     "COERCE", "arrest", {"KEN"}, {"KEN"}),
    ("Pakistan's expulsion of Afghan refugees continued on Monday despite U.N. appeals.",
     "COERCE", "expulsion", {"PAK"}, {"AFG"}),
    ("The United States condemned Russia's detention of the American journalist.",
     "COERCE", "detention", {"RUS"}, {"USA"}),
], ids=["arrest_of", "expulsion_of", "detention_of"])
def test_possessor_of_a_patient_noun_with_an_of_phrase_is_the_doer(
        text: str, etype: str, trigger: str, actors: set, recipients: set) -> None:
    got_actors, got_recipients = first_sides(text, etype, trigger)
    assert set(got_actors) == actors
    assert set(got_recipients) == recipients


def test_possessor_of_a_bare_patient_noun_still_undergoes_it() -> None:
    # "Mech Dara's arrest": no "of" phrase, the possessor is the one arrested
    found = trigger_sides("The journalist's arrest by Cambodian police drew criticism from the "
                          "United States.", "COERCE", "arrest")
    assert found and all("USA" not in a for a, _ in found)
    assert found[0][0] == ["KHM"]


def test_purpose_hung_on_a_small_clause_has_the_governing_subject() -> None:
    # "made it inside to vote": the parser hangs the purpose on "inside"
    got_actors, _ = first_sides("Kenyan opposition lawmakers made it inside to vote down the "
                                "finance bill.", "REJECT", "vote")
    assert set(got_actors) == {"KEN"}


@pytest.mark.parametrize("text, trigger, actors", [
    ("Pakistan's interior minister said on Tuesday that Afghans who remain in the country after "
     "March 31 would be arrested and deported.", "arrested", {"PAK"}),
    ("Belarus's information minister said that journalists who work for foreign media will be "
     "prosecuted.", "prosecuted", {"BLR"}),
], ids=["would_be_arrested", "will_be_prosecuted"])
def test_passive_coercion_announced_is_the_announcers_threat(text: str, trigger: str,
                                                             actors: set) -> None:
    got_actors, _ = first_sides(text, "THREATEN", trigger)
    assert set(got_actors) == actors


def test_passive_coercion_told_by_a_rights_group_is_no_threat_of_theirs() -> None:
    assert not trigger_sides("Amnesty International said on Monday that protesters in Minsk "
                             "would be arrested.", "THREATEN", "arrested")
