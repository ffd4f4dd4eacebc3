""""that month", "the same year", "February of that year" name the period the text named last,
not the publication's (written story 9200008: "toppled Assad in December ... later that month";
9100004: "in June 2022 ... the invasion, which began in February of that year")."""

from dateline.dates import resolve_text


def values(text: str, published: str = "2025-05-13") -> dict[str, str | None]:
    return {t.text: t.value for t in resolve_text(text, published)}


def test_that_month_is_the_month_named_before() -> None:
    got = values("The rebels toppled the president in December. Washington dropped its bounty "
                 "later that month, after diplomats met the new leader.")
    assert got["that month"] == "2024-12"


def test_month_of_that_year_takes_the_year_named_before() -> None:
    got = values("The bank was cut off from SWIFT in June 2022 over the invasion, which began "
                 "in February of that year.", published="2023-07-20")
    assert got["February of that year"] == "2022-02"


def test_the_same_week_and_that_year_follow_a_day() -> None:
    got = values("The talks collapsed on March 3, 2021. The same week, fighting resumed.")
    assert got["The same week"] == "2021-W09"
    assert values("Talks collapsed on March 3, 2021. That year was hard.")["That year"] == "2021"


def test_without_a_period_named_before_it_is_the_publication_period() -> None:
    assert values("Later that month, prices rose.")["that month"] == "2025-05"


def test_a_period_named_long_before_is_not_taken() -> None:
    filler = "The ministers spoke at length about trade, migration and the budget. " * 8
    got = values("The rebels toppled the president in December. " + filler +
                 "Prices rose later that month.")
    assert got["that month"] == "2025-05"
