"""States named only as the place of a visit's meeting or of talks are not actors (helper
"visits"): the hand judges mark them "not an actor" and the VOA gold gives them as the event's
place, the people met as its recipients.  A visit that names no one met stays a meeting with the
state visited (GSR: "a planned visit to Haiti", target HTI)."""

from __future__ import annotations

from helpers import actor_with, actors_of, mentions_of


def test_state_of_a_visit_whose_meeting_is_named_is_a_place(nlp: object) -> None:
    # VOA 7638284 (judged "place of visit only" in two samples)
    actors = actors_of("VOA: During your visit to Taiwan, you met with the new president, "
                       "Lai Ching-te, and other new government officials.")
    assert "Taiwan" not in mentions_of(actors)
    assert actor_with(actors, "Lai Ching-te").country == "TWN"


def test_visit_made_to_meet_someone_names_a_place(nlp: object) -> None:
    # VOA 6181522: the partners are the leaders, South Africa only where they met
    names = mentions_of(actors_of(
        '"I cannot be allowed to engage to interact freely with the public," he said during a '
        "visit to South Africa to meet with other African opposition leaders."))
    assert "South Africa" not in names and "other African opposition leaders" in names


def test_talks_held_on_a_visit_name_a_place(nlp: object) -> None:
    names = mentions_of(actors_of("During his visit to Kenya, Blinken held talks with President "
                                  "Ruto. The foreign minister met Egyptian officials on a visit "
                                  "to Egypt."))
    assert not {"Kenya", "Egypt"} & names
    assert {"President Ruto", "Egyptian officials"} <= names


def test_visit_naming_no_one_met_keeps_the_state(nlp: object) -> None:
    # GSR: "A French minister has cancelled a planned visit to Haiti" (target HTI)
    names = mentions_of(actors_of("A French minister has cancelled a planned visit to Haiti "
                                  "after a state of siege was declared."))
    assert "Haiti" in names


def test_city_named_for_the_talks_held_there_is_no_actor(nlp: object) -> None:
    # VOA 6180790: "trying to influence the Madrid talks" (judged "location of climate talks")
    names = mentions_of(actors_of(
        "Several environment groups accused the Spanish company of trying to influence the "
        "Madrid talks in ways that might dilute emissions-cutting commitments."))
    assert "Madrid" not in names and "the Spanish company" in names

