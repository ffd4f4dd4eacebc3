"""Session-12 (AC) guards: a country the text gives an actor that was left without one — the
state agent whose gerund acts on it, the titled partner it acts "along with"."""

from __future__ import annotations

from helpers import actor_with, actors_of


def test_group_a_state_agents_gerund_targets_takes_the_state(nlp: object) -> None:
    # VOA 8010046: "targeting" has no subject of its own; its doer is the attorney general
    actors = actors_of("The office is led by Guatemalan Attorney General Maria Consuelo Porras, "
                       "who was sanctioned by the European Union in 2024 for undermining "
                       "democracy, including by targeting journalists and trying to prevent "
                       "Arevalo from assuming office.")
    assert actor_with(actors, "journalists").country == "GTM"


def test_named_partner_along_with_a_judge_is_a_judge(nlp: object) -> None:
    # VOA 7846440: the bench's other judges, named bare
    actors = actors_of("\"Public interest in this matter favors giving way to the constitution,\" "
                       "said Kenyan Judge Antony Mrima, who heard the case along with Eric Ogola "
                       "and Freda Mugambi.")
    for name in ("Eric Ogola", "Freda Mugambi"):
        partner = actor_with(actors, name)
        assert (partner.country, partner.sector) == ("KEN", "JUD")


def test_titled_partner_keeps_its_own_country(nlp: object) -> None:
    actors = actors_of("Kenyan President William Ruto, along with Ugandan President Yoweri "
                       "Museveni, opened the new border post on Friday.")
    assert actor_with(actors, "Ugandan President Yoweri Museveni").country == "UGA"
