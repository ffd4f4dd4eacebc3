"""States named as a setting are not actors (helper AX): a state compounded on a setting noun
("domestic U.S. travel", "U.S. stock indexes"), a name cut from the noun after a spaced dash ("in
Ukraine - drones").  The recipients the events layer needs stay: a banned export's, a visit's,
and the market of "imports to the U.S. and Canada" (VOA gold: the states that set the tariff)."""

from __future__ import annotations

from helpers import actors_of, first_sides, mentions_of


def test_state_compounded_on_a_setting_is_no_actor(nlp: object) -> None:
    names = mentions_of(actors_of(
        "But while domestic U.S. travel may be picking up now that isn’t the case yet with "
        "international travel. After sharp losses in the three major U.S. stock indexes on "
        "Monday, the markets lost more ground."))
    assert "U.S." not in names


def test_name_before_a_spaced_dash_is_a_place(nlp: object) -> None:
    names = mentions_of(actors_of(
        "Armitage: First of all, Taiwan has to concentrate on what we've seen is effective in "
        "Ukraine - drones, things of that nature, sort of unconventional warfare."))
    assert "Taiwan" in names and "Ukraine" not in names


def test_importing_market_stays_an_actor(nlp: object) -> None:
    # VOA 7808748's gold makes the importing states the actors of the tariff hikes
    names = mentions_of(actors_of(
        "The EU's vote comes after a probe into China's subsidies for the industry and 100% "
        "tariff hikes on Chinese EV imports to the U.S. and Canada."))
    assert {"the U.S.", "Canada"} <= names


def test_banned_exports_keep_their_recipient(nlp: object) -> None:
    # a flow a state is denied names a party: the sanction's recipient stays (an export ban is
    # an embargo, SANCTION 'discontinue', since wt-evfam; it was a COERCE 'ban' before)
    assert first_sides("The U.S. banned exports to Russia.", "SANCTION", "banned") == \
        (["USA"], ["RUS"])


def test_visit_keeps_the_visited_state(nlp: object) -> None:
    # a visit is a meeting with the state visited (CONSULT recipient), left an actor
    assert first_sides("Rubio's visit to Panama came amid tension.", "CONSULT", "visit")[1] == \
        ["PAN"]
