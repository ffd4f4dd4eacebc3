"""Round-19 actor rules (AX): mentions that are no single state's actor — the people of an
intergovernmental body."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_population_of_an_igo_is_no_one_state(nlp: object) -> None:
    # VOA 7808748 (judged - CVL): the population of the member states, not the EU itself
    actors = actors_of("At least 65% of the EU's population must vote against the tariff plan "
                       "to stop it.")
    people = actor_with(actors, "the EU's population")
    assert (people.kind, people.country, people.sector) == ("group", None, "CVL")


def test_igo_itself_keeps_its_code(nlp: object) -> None:
    actors = actors_of("At least 65% of the EU's population must vote against the tariff plan "
                       "to stop it. The EU's vote comes after a probe into China's subsidies.")
    assert actor_with(actors, "EU").country == "IGOEU"


def test_igo_officials_keep_the_igo_code(nlp: object) -> None:
    # officials of the body act for it ("EU officials", VOA 6205696: IGOEU GOV)
    actors = actors_of("EU officials said the bloc would reopen its borders in June.")
    assert actor_with(actors, "EU officials").country == "IGOEU"


# VOA 6180932 (even), abridged: a story on U.S. sanctions against Turkey
SANCTIONS = ("Turkey bought Russian missiles. Ankara said it would not back down. Turkish "
             "officials warned Washington. The U.S. Senate is considering sanctions against "
             "Turkey. Turkey rejected the move. But if the Senate passes weak and mostly symbolic "
             "measures, it does not necessarily mean the end to current U.S.-Turkish tensions.")


def test_body_named_again_without_its_state_is_the_same_body(nlp: object) -> None:
    senate = actor_with(actors_of(SANCTIONS), "the Senate")
    assert (senate.country, senate.sector) == ("USA", "LEG")
    assert any(m.text == "The U.S. Senate" for m in senate.mentions)


def test_body_of_another_state_is_not_joined(nlp: object) -> None:
    # a body with its own state is its own: not the other state's namesake named before it
    actors = actors_of("The Kenyan Senate voted on Monday to impeach the deputy president. "
                       "The U.S. Senate voted on sanctions the same day.")
    assert actor_with(actors, "The Kenyan Senate").country == "KEN"
    assert actor_with(actors, "The U.S. Senate").country == "USA"
