"""Bodies named by a common noun that is no agent word of its own ("commission", "council",
"committee": the agent lists have them only in compounds such as "election commission"):
a definite one that acts or is acted on is an actor, coreferent with the body of the same head
named before it (whose country and sector it takes), else coded from its own phrase — its
country never guessed from the story."""

from __future__ import annotations

import pytest

from helpers import actor_with, actors_of, mentions_of


@pytest.mark.parametrize("text, mention", [
    # a bare definite body as the subject of a statement
    ("The commission said on Tuesday it would investigate the minister.", "The commission"),
    ("The council voted to expel the envoy.", "The council"),
    # the agent of a passive
    ("Police were accused by the commission of torture.", "the commission"),
])
def test_definite_body_is_an_actor_without_a_guessed_country(text: str, mention: str) -> None:
    actor = actor_with(actors_of(text), mention)
    assert (actor.country, actor.sector) == (None, "GOV")


def test_untagged_body_name_takes_the_country_it_starts_with() -> None:
    # the tagger leaves the name untyped; the head says a body, "Kenya" its country
    actors = actors_of("The Kenya Anti-Corruption Commission said it had arrested the governor.")
    actor = actor_with(actors, "The Kenya Anti-Corruption Commission")
    assert (actor.country, actor.sector) == ("KEN", "GOV")


def test_body_description_joins_the_named_body_and_takes_its_codes() -> None:
    # as VOA 6181504: "the U.N. Commission on the Limits of the Continental Shelf" … "The
    # Commission should continue to exercise prudence" (an IGO body with no sector of its own),
    # written here in lower case so that no name match joins them: the body noun alone does
    # (before the bodies rule "The commission" was no mention), and its GOV default does not
    # become the named body's sector (coref drops it)
    text = ("On Dec. 12, the nation submitted documentation to the U.N. Commission on the Limits "
            "of the Continental Shelf. The commission should continue to exercise prudence, "
            "China said.")
    actors = actors_of(text)
    named = actor_with(actors, "the U.N. Commission")
    assert any(m.text == "The commission" for m in named.mentions)
    assert (named.country, named.sector) == ("IGOUNO", None)


def test_body_of_a_state_named_before() -> None:
    text = ("Kenya's Ethics and Anti-Corruption Commission opened an inquiry. The commission "
            "said the governor must resign.")
    actor = actor_with(actors_of(text), "The commission")
    assert actor.country == "KEN"


def test_a_bodys_work_is_not_its_act() -> None:
    # "the report of the commission": the commission neither acts nor is acted on
    found = mentions_of(actors_of("The report of the commission was published."))
    assert "the commission" not in found


def test_lower_case_body_acted_on_is_the_actor_not_its_state() -> None:
    # MEANTIME (GM): before, only "US" of the phrase was an actor
    text = ("GM warned that the amount calculated for last year is preliminary and could rise "
            "before it is officially reported to the US securities and exchanges commission in "
            "March.")
    actor = actor_with(actors_of(text), "the US securities and exchanges commission")
    assert (actor.country, actor.sector) == ("USA", "GOV")


def test_body_description_takes_no_country_from_the_speaker() -> None:
    # as VOA 6181504's quote, without the sentence that names the U.N. body: the Chinese
    # ambassador's country is not the commission's
    text = ('"The Commission on the Limits of the Continental Shelf should continue to exercise '
            'prudence," Chinese Ambassador Wu Haitao told a U.N. general assembly.')
    actor = actor_with(actors_of(text), "The Commission")
    assert actor.country is None
