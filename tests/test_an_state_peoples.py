"""Helper AN (round on plain groups' countries and nationality plurals acting as states):
nationality plurals listed with a state or dealing as one, and a person's kin."""

from helpers import actor_with, article_of


def test_nationalities_listed_with_a_state_patrolling_are_forces() -> None:
    # VOA 7638284 (Armitage on the Taiwan Strait)
    art = article_of("Taiwan faces growing pressure from China. Canadians, French, Germans, "
                     "British and always the United States, we're all patrolling around the "
                     "area.")
    assert actor_with(art, "Germans").sector == "MIL"
    assert actor_with(art, "Germans").country == "DEU"


def test_nationality_plural_negotiating_is_its_state() -> None:
    # VOA 6181504 (Malaysia and the South China Sea)
    art = article_of("\"I think that Malaysians are trying to create leverage for future "
                     "negotiations with China, because Mahathir is a more independent-minded "
                     "character,\" he said.")
    assert actor_with(art, "Malaysians").sector == "GOV"


def test_nationality_plural_as_people_stays_civilian() -> None:
    art = article_of("Malaysians are celebrating the new year in Kuala Lumpur with fireworks.")
    assert actor_with(art, "Malaysians").sector == "CVL"


def test_household_children_take_their_mothers_country() -> None:
    # VOA 6204080 (Dadaab camp in Kenya; a Somali refugee gone home)
    art = article_of(
        "Kenya says it will close the Dadaab camp. Kenyan officials say the camp is a security "
        "risk, and Kenyan police patrol it. Shamsa Mohamed Aden was among the refugees who "
        "returned in 2017 to Kismayo, her southeastern Somali hometown. But she and her "
        "household, including four children, could not get the essentials of life.")
    assert actor_with(art, "four children").country == "SOM"

