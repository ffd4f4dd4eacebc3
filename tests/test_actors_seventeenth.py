"""Seventeenth-round actor rules, from the seed-2033 hand check: the world at large is no
sector, a former official named in an apposition is ELI, seats of government in titles, trade
associations and publishers (sentences after the VOA stories)."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_the_international_community_has_no_sector(nlp: object) -> None:
    # VOA 7750892: "The international community must ..." (earlier judges: null, null)
    actors = actors_of("The international community must help the refugees, the minister said.")
    a = actor_with(actors, "The international community")
    assert a.sector is None and a.country is None


def test_the_wider_global_community_has_no_sector(nlp: object) -> None:
    actors = actors_of("Washington and the wider global community condemned the attack.")
    assert actor_with(actors, "the wider global community").sector is None


def test_a_national_community_stays_civilian(nlp: object) -> None:
    actors = actors_of("The Somali community in Kenya welcomed the decision on Monday.")
    a = actor_with(actors, "The Somali community")
    assert (a.country, a.sector) == ("SOM", "CVL")


def test_a_former_member_in_apposition_is_eli(nlp: object) -> None:
    actors = actors_of("Jean Dupont, a former member of Haiti's Chamber of Deputies, was killed "
                       "on Sunday.")
    a = actor_with(actors, "Jean Dupont")
    assert (a.country, a.sector) == ("HTI", "ELI")


def test_a_sitting_member_in_apposition_stays_leg(nlp: object) -> None:
    actors = actors_of("Jean Dupont, a member of Haiti's Chamber of Deputies, was killed on "
                       "Sunday.")
    assert actor_with(actors, "Jean Dupont").sector == "LEG"


def test_a_trade_council_and_its_head_are_business(nlp: object) -> None:
    # VOA 8009495: the head of the Distilled Spirits Council (a trade association: BUS)
    actors = actors_of("Mary Smith, head of the Distilled Spirits Council, said sales fell.")
    assert actor_with(actors, "Mary Smith").sector == "BUS"
    assert actor_with(actors, "the Distilled Spirits Council").sector == "BUS"


def test_a_trade_association_title_is_business(nlp: object) -> None:
    actors = actors_of("Brussels-based trade association WindEurope said orders fell.")
    assert actor_with(actors, "Brussels-based trade association WindEurope").sector == "BUS"


def test_a_publishing_house_is_business(nlp: object) -> None:
    # VOA 8011004: "the Peace Publish Center" is a publisher, not a think tank
    actors = actors_of("The Peace Publish Center printed the books in Kabul.")
    assert actor_with(actors, "The Peace Publish Center").sector == "BUS"


def test_a_journalists_union_stays_media(nlp: object) -> None:
    actors = actors_of("The Kenya Union of Journalists protested the arrests.")
    assert actor_with(actors, "The Kenya Union of Journalists").sector == "JRN"


def test_a_seat_of_government_in_a_title_gives_the_state(nlp: object) -> None:
    # VOA 6181235: "Gary Samore, a former White House coordinator for arms control" USA ELI
    actors = actors_of("Gary Samore, a former White House coordinator for arms control, said "
                       "Iran would not agree.")
    a = actor_with(actors, "Gary Samore")
    assert (a.country, a.sector) == ("USA", "ELI")


def test_a_kremlin_insider_is_russian_government(nlp: object) -> None:
    actors = actors_of("A Kremlin insider said Putin was angry.")
    a = actor_with(actors, "A Kremlin insider")
    assert (a.country, a.sector) == ("RUS", "GOV")


def test_a_kremlin_critic_is_no_official(nlp: object) -> None:
    actors = actors_of("A Kremlin critic said the vote was rigged.")
    assert not any(a.sector == "GOV" and any(m.text == "A Kremlin critic" for m in a.mentions)
                   for a in actors)


def test_a_stateless_people_taken_for_a_name_is_civilian(nlp: object) -> None:
    # VOA 8010779: "Africans" (tagged PERSON) should get tested: civilians of no one state
    actors = actors_of("Experts stressed that Africans should get their blood-sugar level "
                       "tested and seek treatment when diabetes is diagnosed.")
    a = actor_with(actors, "Africans")
    assert (a.country, a.sector, a.kind) == (None, "CVL", "group")


def test_a_national_people_keeps_its_country(nlp: object) -> None:
    actors = actors_of("Tens of thousands of Malaysians protested in the capital on Sunday.")
    a = actor_with(actors, "Malaysians")
    assert (a.country, a.sector) == ("MYS", "CVL")
