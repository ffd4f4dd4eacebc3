"""Relative counts ("days later", "several months later", "two years later") from the period
the story has just named, at the precision the count allows."""

from dateline.dates import resolve_text


def values(text: str, published: str = "2025-03-12") -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in resolve_text(text, published)]


def test_vague_days_later_keeps_the_month_named_before() -> None:
    # VOA 8007760: the blast is dated February by its gold.
    assert values("Last month, BLA insurgents ambushed a bus transporting a paramilitary force "
                  "in Kalat and killed 18 of those on board. Days later, a roadside bomb blast "
                  "killed 11 coal miners in the city.") == [
        ("Last month", "2025-02"), ("Days later", "2025-02")]


def test_vague_hours_later_keeps_a_year() -> None:
    # VOA 6184384: "one afternoon in 2017 ... A few hours later police helicopter was hovering".
    assert values("Bilai Abdi said she was excited about getting new clothes one afternoon in "
                  "2017. A few hours later police helicopter was hovering above her head.",
                  "2020-02-17")[-1] == ("A few hours later", "2017")


def test_counted_months_and_years_move_the_period() -> None:
    assert values("In May 2020, the talks began. Three months later, they collapsed.")[-1] == \
        ("Three months later", "2020-08")
    assert values("The war began in 2017. Two years later, it ended.")[-1] == \
        ("Two years later", "2019")


def test_no_period_named_stays_unknown() -> None:
    assert values("Days later, talks resumed.") == [("Days later", None)]
    assert values("Two days later, it left.") == [("Two days later", None)]
    # "later than" is a comparison, not a time.
    assert values("It arrived on March 20, days later than planned.") == [
        ("March 20", "2025-03-20")]
