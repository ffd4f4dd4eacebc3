"""The quantities layer: every number the story states, with value, unit and concept.

Numbers are found in the text by :mod:`.finder` (no model needed: values, units, bounds);
the parse adds what a number counts (:mod:`.concept`: "43 Colombian migrants" → "Colombian
migrants", "more than 80,000 people arrested" → "people arrested") and whether it is a
change ("fell by 90%" → down).  Dates, times and durations are the times layer's: a number
inside one of ``article.times`` is skipped, as are years, ordinals and names with numbers.
"""

from __future__ import annotations

from dateline.record import Article, Quantity

from .concept import describe
from .finder import bound_before, find_numbers


def find_quantities(article: Article) -> Article:
    """Fill ``article.quantities`` from the body sentences (uses ``article.doc`` if parsed)."""
    text = article.text
    times = [(t.start, t.end) for t in article.times]
    doc = article.doc
    out: list[Quantity] = []
    for sent in article.sentences:
        for f in find_numbers(text, sent.start, sent.end):
            # A bare number inside a date or duration is the times layer's; "90%", "$5" and
            # "three-quarters of the French" never are, whatever that layer says.
            if f.unit is None and any(s < f.end and f.start < e for s, e in times):
                continue
            concept = direction = None
            if doc is not None:
                info = describe(doc, f.start, f.end, f.unit)
                if info is None:
                    continue  # the parse says it is no count ("one of them", "the one")
                concept, direction = info
            elif f.word_one:
                continue
            out.append(Quantity(
                id=f"n{len(out) + 1}", start=f.start, end=f.end, text=text[f.start:f.end],
                value=int(f.value) if f.value.is_integer() else f.value, unit=f.unit,
                concept=concept, approx=f.approx or bound_before(text, f.start),
                direction=direction,
            ))
    article.quantities = out
    return article


__all__ = ["find_quantities"]
