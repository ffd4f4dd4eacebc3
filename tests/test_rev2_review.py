"""Reviewer REV2 (review of 07d5d51..1b9642a): counter-sentences to the round's new rules."""

from __future__ import annotations

from dateline.dates import resolve_text


def values(text: str, published: str = "2025-03-12") -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in resolve_text(text, published)]


def test_vague_days_later_after_a_named_day_is_no_future() -> None:
    # dates.normalize.ago: "Days later" after a day the story names is near that day (its
    # month), not FUTURE_REF (the story's own future), as "Last month ... Days later" (VOA
    # 8007760) keeps the month
    assert values("The ship docked in Mombasa on March 8. Days later, it left for Durban.")[-1] \
        == ("Days later", "2025-03")
    assert values("Police arrested him on Monday. Weeks earlier, he had fled Nairobi.")[-1] \
        == ("Weeks earlier", "2025-03")


def test_a_rank_for_a_person_named_like_a_country_is_no_branch() -> None:
    # actors.institutions.institution: "Michael Jordan", "Steve Israel" are people the ranked
    # person works for, not a body's national branch as "Birdlife Spain" (was JOR, ISR)
    from helpers import actor_with, actors_of

    assert actor_with(actors_of('"He will not play again," said Estee Portnoy, business manager '
                                "for Michael Jordan."), "Estee Portnoy").country is None
    assert actor_with(actors_of("Jane Doe, campaign manager for Steve Israel, said the race was "
                                "close."), "Jane Doe").country is None


def test_a_year_in_a_clause_describing_a_participant_sets_no_period() -> None:
    # dates.resolve_times: "appointed in 2019", "first proposed in 2019" describe the commander
    # and the deal; the later act counts from the month the narrative is in (was 2019)
    from helpers import extract

    def parsed(text: str) -> tuple[str, str | None]:
        t = extract(text).times[-1]
        return t.text, t.value

    assert parsed("The army retook Kalat in January. Its commander, appointed in 2019, said "
                  "days later that the town was calm.") == ("days later", "2025-01")
    assert parsed("The ceasefire was signed on February 2. The deal, first proposed in 2019, "
                  "collapsed weeks later.") == ("weeks later", "2025-02")


def test_days_later_than_a_week_is_not_counted_from_an_older_year() -> None:
    # a week named after the year is the last period: "Days later" is unknown, not 2019
    assert values('"Our village was attacked in 2019," the farmer said of the raid last week. '
                  "Days later, the army arrived.")[-1] == ("Days later", None)
