"""The quantity lexicons under ``data/quantities/``, loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dateline.errors import DataError


@dataclass(frozen=True)
class NumberWord:
    value: float
    kind: str  # unit | scale | vague
    approx: str | None = None


@dataclass(frozen=True)
class Lexicon:
    numbers: dict[str, NumberWord]
    units: dict[str, str]  # surface (lower case) -> unit
    currency_before: dict[str, str]  # "$" -> "USD"
    currency_after: dict[str, str]  # "euros" -> "EUR" (lower case)
    approx: dict[str, str]  # "more than" -> ">"
    direction: dict[str, str]  # "fall" -> "down"


def _rows(name: str, width: int) -> list[list[str]]:
    path = resources.files("dateline") / "data" / "quantities" / name
    rows = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < width:
            raise DataError(f"{path}:{n}: expected {width} tab-separated fields, got {line!r}")
        rows.append(parts)
    return rows


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    numbers = {}
    for row in _rows("numbers.tsv", 3):
        try:
            value = float(row[1])
        except ValueError as exc:
            raise DataError(f"numbers.tsv: {row[0]!r} has no numeric value: {row[1]!r}") from exc
        numbers[row[0]] = NumberWord(value, row[2], row[3] if len(row) > 3 else None)
    units = {r[0].lower(): r[1] for r in _rows("units.tsv", 2)}
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for r in _rows("currencies.tsv", 3):
        (before if r[2] == "before" else after)[r[0] if r[2] == "before" else r[0].lower()] = r[1]
    approx: dict[str, str] = {}
    direction: dict[str, str] = {}
    for r in _rows("modifiers.tsv", 3):
        (approx if r[1] == "approx" else direction)[r[0]] = r[2]
    return Lexicon(numbers, units, before, after, approx, direction)


__all__ = ["lexicon", "Lexicon", "NumberWord"]
