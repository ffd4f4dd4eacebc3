"""Finding numbers in raw text, without a model: spans, values, units and bounds.

:func:`find_numbers` returns :class:`Found` candidates for digits ("80,000", "1.2 billion"),
number words ("three", "a dozen", "twenty-five"), vague plurals ("dozens", "tens of
thousands"), percentages ("90%", "90 percent"), money ("$1.2 billion", "1 million euros") and
measures ("6 kilometers").  Spans cover currency, number, scale and unit ("$1.2 billion",
"90%"), never the bounding words, which go to ``approx`` ("more than 80,000" → ">").

Not quantities, and dropped here: years ("in 2019"), dates ("April 29", "Dec. 13"), clock
times, durations and ages ("two years", "a two-day exercise", "33-year-old"; they belong to the
times layer), ordinals ("1st", "first"), and numbers that are names ("S-400", "F-16",
"COVID-19", "Resolution 2231", "G7").
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from functools import lru_cache

from .lexicon import lexicon

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MONTHS = ("january february march april may june july august september october november "
           "december jan feb mar apr jun jul aug sep sept oct nov dec").split()
_TIME_AFTER = re.compile(
    r"[\s-]*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|"
    r"nights?|a\.m\.|p\.m\.|am\b|pm\b|GMT|BST|year-old|-year-old|o'clock|"
    r"(?:morning|afternoon|evening|point|time)\b(?!s))", re.I)  # "one afternoon", "at one point"
_NAME_BEFORE = re.compile(
    r"(?:\b(?:No|Nos|Article|Articles|Resolution|Section|Chapter|Flight|Route|Highway|Level|"
    r"Phase|Category|Class|Title|Room|Page|Paragraph|Item|Rule|Protocol|Number|Apollo|"
    r"Boeing|Airbus|COP|Vision|Agenda|Stage|Grade|Zone|Block|Unit|Camp|Case|Bill|Act|"
    r"no|ages?|aged)"
    r"\.?\s*|[A-Za-z]-|[A-Za-z])$", re.I)  # "number one", "no one", "girls ages 12 and older"
_RANGE_TIME_AFTER = re.compile(
    r"\s*(?:to|or|and|-|–)\s*(?:\d+|[a-z]+)(?=[\s-]*(?:years?|months?|weeks?|days?|hours?|"
    r"minutes?|decades?)\b)", re.I)
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th|s)\b")


@dataclass
class Found:
    start: int
    end: int
    value: float
    unit: str | None = None
    approx: str | None = None
    word_one: bool = False  # a bare "one"/"a": counts only as a determiner of a noun


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    lex = lexicon()
    units = [w for w, n in lex.numbers.items() if n.kind == "unit"]
    scales = [w for w, n in lex.numbers.items() if n.kind == "scale"]
    vague = [w for w, n in lex.numbers.items() if n.kind == "vague"]
    word = f"(?:{_alternation(units)})"
    scale = f"(?:{_alternation(scales)})"
    vague_re = (rf"(?:(?:tens|hundreds|dozens)\s+of\s+(?:thousands|millions|billions)|"
                rf"{_alternation(vague)})")
    words = (rf"(?:(?:a|an)\s+)?(?:{word}|{scale})"
             rf"(?:(?:[\s-]+|\s+and\s+|[\s-]+point[\s-]+)(?:{word}|{scale}))*")
    # A fraction counts only as a share of something: "half of Germans", "two-thirds of".
    frac = (r"(?P<frac>(?:one|two|three|four)-(?:half|thirds?|quarters?|fifths?|tenths?)\b"
            r"|(?:(?:a|one|two|three)[\s-]+)?(?:half|thirds?|quarters?|fifths?|tenths?)"
            r"(?=\s+of\b|\s+the\b))")
    number = (rf"(?P<digits>{_DIGITS})(?:[\s-]+(?P<dscale>{scale}))?"
              rf"|{frac}|(?P<vague>{vague_re})|(?P<words>{words})")
    money_before = f"(?P<cur>{_alternation(list(lex.currency_before))})\\s?"
    unit_after = _alternation(list(lex.units) + list(lex.currency_after)).replace(r"\ ", r"[\s-]")
    return re.compile(
        rf"(?<![\w.,:$€£¥/-])(?:{money_before})?(?:{number})"
        rf"(?:(?P<pct>\s?%)|[\s-]+(?P<unit>{unit_after})\b)?(?![\w%])",
        re.I,
    )


def word_value(text: str) -> float | None:
    """The value of a number in words: "twenty-five" 25, "three hundred" 300, "a dozen" 12,
    "tens of thousands" 10000 (the least it can mean)."""
    lex = lexicon().numbers
    parts = [w for w in re.split(r"[\s-]+", text.lower()) if w and w not in ("and", "of")]
    if not parts:
        return None
    if parts[0] in ("a", "an"):
        parts = parts[1:] or ["one"]
        if parts[0] in ("hundred", "thousand", "million", "billion", "trillion", "dozen"):
            parts = ["one"] + parts
    if parts[0] == "tens":
        parts[0] = "ten"
    if "point" in parts:
        # "seven-point-one million" 7.1e6: digits after "point", then any scale.
        k = parts.index("point")
        scales = [w for w in parts[k + 1:] if lex.get(w) and lex[w].kind == "scale"]
        digits = [w for w in parts[k + 1:] if w not in scales]
        whole = word_value(" ".join(parts[:k]))
        if whole is None or not digits or any(lex.get(w) is None or lex[w].value > 9
                                              for w in digits):
            return None
        value = whole + float("0." + "".join(str(int(lex[w].value)) for w in digits))
        for w in scales:
            value *= lex[w].value
        return value
    total = current = 0.0
    for w in parts:
        entry = lex.get(w)
        if entry is None:
            return None
        if w == "dozen":
            current = (current or 1) * 12  # "a dozen", "two dozen"
        elif entry.kind == "unit":
            current += entry.value
        elif entry.kind == "vague" and entry.value < 1000 and current == 0:
            current = entry.value  # "hundreds (of thousands)", "dozens"
        elif entry.kind == "scale" and entry.value == 100:
            current = (current or 1) * 100  # "three hundred (thousand)"
        else:  # thousand, million … (or their vague plurals)
            total += (current or 1) * entry.value
            current = 0
    return total + current


def fraction_value(text: str) -> float:
    """ "half" 0.5, "a third" 1/3, "three-quarters" 0.75, "two-thirds" 2/3."""
    words = re.split(r"[\s-]+", text.lower())
    count = {"a": 1, "one": 1, "two": 2, "three": 3}.get(words[0], 1) if len(words) > 1 else 1
    part = words[-1].rstrip("s")
    share = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}[part]
    return round(count * share, 6)


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[Found]:
    lex = lexicon()
    end = len(text) if end is None else end
    out: list[Found] = []
    for m in _pattern().finditer(text, start, end):
        s, e = m.start(), m.end()
        before = text[max(0, s - 20):s]
        after = text[e:e + 20]
        cur = m.group("cur")
        unit_word = re.sub(r"[\s-]+", " ", (m.group("unit") or "").lower())
        approx: str | None = None
        word_one = False
        if m.group("digits"):
            digits = m.group("digits")
            value = float(digits.replace(",", ""))
            if m.group("dscale"):
                value *= lex.numbers[m.group("dscale").lower()].value
            plain = not (cur or m.group("pct") or unit_word or m.group("dscale") or "," in digits)
            if plain and "." not in digits and 1000 <= value <= 2100:
                continue  # a year: "in 2019", "the 2024 hunting season"
            if _ORDINAL_AFTER.match(text, m.end("digits")) and not m.group("dscale"):
                continue
            if re.match(r"[:/.]\d", text[m.end("digits"):m.end("digits") + 2]):
                continue  # 9:30, 12/05
        elif m.group("frac"):
            value = fraction_value(m.group("frac"))
        elif m.group("vague"):
            value = word_value(m.group("vague")) or 0.0
            approx = ">"
        else:
            phrase = m.group("words")
            low = phrase.lower()
            if low in ("a", "an"):
                continue
            value = word_value(phrase)  # type: ignore[assignment]
            if value is None:
                continue
            if low in ("one", "a", "an"):
                word_one = True
            if low.startswith(("a ", "an ")) and low.split()[1] not in (
                    "dozen", "hundred", "thousand", "million", "billion", "trillion"):
                continue
        if _NAME_BEFORE.search(before) and not cur:
            continue
        low_before = before.lower().rstrip(" ")
        low_after = after.lower().lstrip()
        if not (cur or m.group("pct") or unit_word):
            if _TIME_AFTER.match(after) or _RANGE_TIME_AFTER.match(text, e):
                continue  # "two years", "three to five years"
            if any(low_before.endswith(mon) or (len(mon) <= 4 and low_before.endswith(mon + "."))
                   for mon in _MONTHS):
                continue  # "April 29", "Dec. 13"; not "… in January. Three Americans …"
            if any(low_after.startswith(mon + w) for mon in _MONTHS for w in (" ", ".", ",")):
                continue  # "29 April"
        if m.group("digits") and not (cur or m.group("pct") or unit_word) \
                and re.search(r"[A-Z][\w’'-]+, $", before) and after.startswith(",") \
                and value < 120:
            continue  # an age: "Lydia Rosasi, 29, works at …"
        unit: str | None = "fraction" if m.group("frac") else None
        if m.group("pct"):
            unit = "percent"
        elif unit_word:
            unit = lex.units.get(unit_word) or lex.currency_after.get(unit_word)
            if unit_word in lex.currency_after and cur:
                unit = lex.currency_after[unit_word]
        if cur:
            unit = lex.currency_before.get(cur) or lex.currency_before.get(cur.upper()) or unit
        elif unit is None and (m.group("vague") or m.group("dscale")):
            of = re.match(r"\s+of\s+([A-Za-z.]+(?:\s[a-z]+)?)", after)
            if of:  # "millions of dollars"
                unit = lex.currency_after.get(of.group(1).lower()) or \
                    lex.currency_after.get(of.group(1).split()[0].lower())
        out.append(Found(s, e, float(value), unit, approx, word_one))
    return out


def bound_before(text: str, start: int) -> str | None:
    """">" "<" "~" from the words just before a number ("more than 80,000")."""
    window = text[max(0, start - 25):start].lower().rstrip()
    words = re.findall(r"[a-z]+", window)
    tail2 = " ".join(words[-2:])
    tail3 = " ".join(words[-3:])
    approx = lexicon().approx
    for cand in (tail3, tail2, words[-1] if words else ""):
        if cand in approx:
            return approx[cand]
    return None


__all__ = ["Found", "find_numbers", "word_value", "bound_before"]
