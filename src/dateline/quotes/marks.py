"""Pairing quotation marks in raw text, without a model.

:func:`quoted_spans` returns the top-level quoted stretches of a text, each including its marks.
Curly (“…”) and straight ("…") double marks are paired, also mixed ("…” as typed by some wire
desks); single marks are never top-level quotes (’ is mostly an apostrophe: "It’s", "Sudan’s"),
a ‘…’ pair only nests inside a double quote.  A quote whose paragraph ends without a closing
mark (the news convention for a quote continued in the next paragraph) is closed at the last
sentence end before the next opening mark.
"""

from __future__ import annotations

import re

from dataclasses import dataclass

OPENERS = "“«„"
CLOSERS = "”»"
STRAIGHT = '"'
_MARKS = re.compile(r'["“”«»„]')
_SENT_END = re.compile(r'[.?!]["”’)\]]*')
# What may stand right before an opening mark: start, white space, bracket or dash.
_BEFORE_OPEN = " \t\n([{—–-/:"


@dataclass(frozen=True)
class Quoted:
    """A quoted stretch ``[start, end)`` including its marks; ``closed`` is False when the
    quote ran to a paragraph end without a closing mark."""

    start: int
    end: int
    closed: bool = True

    def inner(self, text: str) -> str:
        return text[self.start:self.end].strip(STRAIGHT + OPENERS + CLOSERS + " ")


def _role(text: str, i: int) -> str:
    """"open", "close" or "either" for the mark at ``i``."""
    ch = text[i]
    if ch in OPENERS:
        return "open"
    if ch in CLOSERS:
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before in _BEFORE_OPEN and not after.isspace()
    closes = (not before.isspace()) and (after.isspace() or after in ".,;:?!)]—–-")
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _last_sentence_end(text: str, start: int, stop: int) -> int:
    """The offset just after the last sentence end in ``text[start:stop]``, else ``stop``."""
    last = None
    for m in _SENT_END.finditer(text, start, stop):
        last = m.end()
    if last is None:
        return stop
    return last


def quoted_spans(text: str) -> list[Quoted]:
    """Top-level quoted stretches of ``text`` in order, marks included."""
    out: list[Quoted] = []
    open_at: int | None = None
    for m in _MARKS.finditer(text):
        i = m.start()
        role = _role(text, i)
        if open_at is None:
            if role in ("open", "either"):
                open_at = i
            continue  # a stray closing mark: nothing to pair
        if role in ("close", "either"):
            out.append(Quoted(open_at, i + 1))
            open_at = None
        else:  # an opening mark while a quote is open: the earlier one ran to its paragraph end
            end = _last_sentence_end(text, open_at + 1, i)
            if end == i:
                # No sentence end in between: a mistyped inner mark, not a new quote
                # ('"The Taliban can't suppress our voices by "banning books," said Khoshbo').
                continue
            out.append(Quoted(open_at, end_trimmed(text, open_at, end), closed=False))
            open_at = i
    if open_at is not None:
        end = _last_sentence_end(text, open_at + 1, len(text))
        out.append(Quoted(open_at, end_trimmed(text, open_at, end), closed=False))
    return [q for q in out if q.end - q.start > 2]


def end_trimmed(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


def nested_spans(text: str, outer: Quoted) -> list[tuple[int, int]]:
    """‘…’ pairs inside a double-quoted stretch (apostrophes inside words are skipped)."""
    out: list[tuple[int, int]] = []
    open_at: int | None = None
    for i in range(outer.start + 1, outer.end - 1):
        ch = text[i]
        if ch == "‘" or (ch == "'" and text[i - 1] in _BEFORE_OPEN and open_at is None):
            open_at = i
        elif ch in "’'" and open_at is not None:
            after = text[i + 1] if i + 1 < len(text) else " "
            if not after.isalpha():  # "it’s" is an apostrophe, "‘safe’ " a closing mark
                out.append((open_at, i + 1))
                open_at = None
    return out


__all__ = ["Quoted", "quoted_spans", "nested_spans"]
