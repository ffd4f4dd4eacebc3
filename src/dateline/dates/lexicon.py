"""The temporal lexicon (``data/dates/lexicon.json``), loaded once."""

from __future__ import annotations

import calendar
import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    path = resources.files("dateline") / "data" / "dates" / "lexicon.json"
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def alternation(words: list[str] | dict[str, Any]) -> str:
    """A regex alternation of words, longest first, spaces matching any white space."""
    items = sorted(words, key=len, reverse=True)
    return "|".join(w.replace(".", r"\.").replace(" ", r"\s+") for w in items)


def number(text: str) -> float | None:
    """The value of a number as written: "90", "1,000", "two", "two and a half"; None if vague."""
    text = " ".join(text.lower().replace("-", " ").split())
    table: dict[str, float] = lexicon()["numbers"]
    if text in table:
        return float(table[text])
    try:
        return float(text.replace(",", ""))
    except ValueError:
        pass
    words = text.split()
    if len(words) == 2 and words[0] in table and words[1] in table:  # "twenty five"
        return float(table[words[0]] + table[words[1]])
    return None


def calendar_word(text: str) -> bool:
    """Is ``text`` a month's or a weekday's full name ("May", "Monday"): a date's word, no name
    of a person or a place?"""
    low = text.lower()
    return low in _FULL_MONTHS or low in lexicon()["weekdays"]


_FULL_MONTHS = frozenset(m.lower() for m in calendar.month_name if m)


@lru_cache(maxsize=16)
def words(name: str) -> frozenset[str]:
    """A word list of ``data/dates/tense.json``: "planning" heads whose complement lies ahead
    ("plans to visit on Monday"), "stative_present" verbs that report rather than schedule
    ("says Monday"), "period_nouns" that make "annual" a one-year span ("annual profit")."""
    path = resources.files("dateline") / "data" / "dates" / "tense.json"
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return frozenset(data[name])
