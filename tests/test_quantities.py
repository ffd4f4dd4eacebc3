"""The quantities layer: the number finder (no model) and concepts/directions end to end."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from dateline.quantities import find_quantities
from dateline.quantities.finder import bound_before, find_numbers, word_value
from dateline.record import Article, Sentence


def found(text: str) -> list[tuple[str, float, str | None, str | None]]:
    out = []
    for f in find_numbers(text):
        out.append((text[f.start:f.end], f.value, f.unit, f.approx or bound_before(text, f.start)))
    return out


@pytest.mark.parametrize("text, expected", [
    ("More than 80,000 people were arrested.", ("80,000", 80000, None, ">")),
    ("Crossings fell by 90% last year.", ("90%", 90, "percent", None)),
    ("Crossings fell by 90 percent.", ("90 percent", 90, "percent", None)),
    ("Police detained 43 Colombian migrants.", ("43", 43, None, None)),
    ("The deal is worth $1.2 billion.", ("$1.2 billion", 1.2e9, "USD", None)),
    ("They pledged 1 million euros.", ("1 million euros", 1e6, "EUR", None)),
    ("Tens of thousands of people marched.", ("Tens of thousands", 10000, None, ">")),
    ("A dozen soldiers were killed.", ("A dozen", 12, None, None)),
    ("Hundreds protested outside.", ("Hundreds", 100, None, ">")),
    ("About twenty-five people were hurt.", ("twenty-five", 25, None, "~")),
    ("It lies about 300 kilometers north.", ("300 kilometers", 300, "km", "~")),
    ("Half of Germans are worried.", ("Half", 0.5, "fraction", None)),
    ("up to 10,000 civilians were displaced", ("10,000", 10000, None, "<")),
    ("Sales fell by one-third last year.", ("one-third", 0.333333, "fraction", None)),
    ("Seven-point-one million people need aid.", ("Seven-point-one million", 7.1e6, None, None)),
])
def test_values_units_and_bounds(text: str, expected: tuple) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "The law was passed in 2019.",                 # a year
    "The vote is on April 29.",                    # a date
    "The talks resume Dec. 13 in Geneva.",         # an abbreviated date
    "They met at 10:30 in the morning.",           # a clock time
    "It was a two-day exercise.",                  # a duration
    "The war lasted two years.",                   # a duration
    "A 33-year-old man was arrested.",             # an age
    "Lydia Rosasi, 29, works at the office.",      # an age in apposition
    "It bought the S-400 and F-16 jets.",          # names
    "The COVID-19 pandemic and Resolution 2231.",  # names
    "He finished 1st and she came third.",         # ordinals
    "Migration should stop for three to five years.",  # a duration given as a range
    "Girls ages 12 and older are barred.",         # an age
    "It is not number one. No one came.",          # idioms
])
def test_not_quantities(text: str) -> None:
    assert found(text) == []


def test_month_at_sentence_end_does_not_hide_the_next_number() -> None:
    assert found("It happened in January. Three Americans were killed.") == [
        ("Three", 3, None, None)]


@pytest.mark.parametrize("words, value", [
    ("three hundred thousand", 300000), ("twenty-five million", 25e6), ("a dozen", 12),
    ("two dozen", 24), ("hundreds of thousands", 100000), ("a hundred", 100),
])
def test_word_values(words: str, value: float) -> None:
    assert word_value(words) == value


@given(st.integers(min_value=0, max_value=10**12))
def test_digit_groups_round_trip(n: int) -> None:
    text = f"They counted {n:,} ballots."
    spans = find_numbers(text)
    assert [(text[f.start:f.end], f.value) for f in spans] == [(f"{n:,}", float(n))]


def test_without_parse_uses_text_only_and_skips_bare_one() -> None:
    art = Article(text="One soldier and 43 migrants.", sentences=[Sentence(0, 28)])
    find_quantities(art)
    assert [(q.id, q.text, q.value) for q in art.quantities] == [("n1", "43", 43)]


def test_spans_overlapping_times_are_skipped() -> None:
    from dateline.record import Time

    art = Article(text="Talks lasted 18 hours and 43 migrants left.", sentences=[Sentence(0, 43)])
    art.times = [Time("t1", 13, 21, "18 hours", kind="duration", value="PT18H")]
    find_quantities(art)
    assert [q.text for q in art.quantities] == ["43"]


# -- end to end --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def story(nlp) -> Article:
    from dateline import extract

    text = ("More than 80,000 people were arrested in the crackdown. Migration through the "
            "Darien Gap fell by 90%, officials said. Police detained 43 Colombian migrants. "
            "Tens of thousands of people marched. One of them was hurt. One soldier died. "
            "Pakistan saw a 45% increase in terrorism deaths.")
    return extract(text, published="2025-02-03", layers=["times", "quantities"])


def _q(art: Article, text: str):
    return next(q for q in art.quantities if q.text == text)


def test_concepts(story: Article) -> None:
    assert _q(story, "80,000").concept == "people arrested"
    assert _q(story, "43").concept == "Colombian migrants"
    assert _q(story, "Tens of thousands").concept == "people"


def test_change_direction_and_what_changed(story: Article) -> None:
    q = _q(story, "90%")
    assert (q.value, q.unit, q.direction) == (90, "percent", "down")
    assert q.concept == "Migration through the Darien Gap"
    inc = _q(story, "45%")
    assert (inc.direction, inc.concept) == ("up", "terrorism deaths")


def test_one_counts_only_before_a_noun(story: Article) -> None:
    ones = [q for q in story.quantities if q.text == "One"]
    assert [(q.value, q.concept) for q in ones] == [(1, "soldier")]


def test_fractions_survive_a_time_span_over_them() -> None:
    from dateline.record import Time

    text = "Three-quarters of French voters are worried."
    art = Article(text=text, sentences=[Sentence(0, len(text))])
    art.times = [Time("t1", 0, 14, "Three-quarters", kind="duration", value="P9M")]
    find_quantities(art)
    assert [(q.text, q.value, q.unit) for q in art.quantities] == [
        ("Three-quarters", 0.75, "fraction")]


@pytest.mark.parametrize("text, number, concept", [
    ("Republicans said inflation of nearly 3% was still hurting families.", "3%", "inflation"),
    ("The court imposed a fine of $5 million on the company.", "$5 million", "fine"),
    ("Economists expect a growth rate of 2.5% this year.", "2.5%", "growth rate"),
])
def test_measure_of_a_noun_measures_it(text: str, number: str, concept: str) -> None:
    import dateline

    art = dateline.extract(text, published="2025-01-10")
    assert [(q.text, q.concept) for q in art.quantities] == [(number, concept)]
