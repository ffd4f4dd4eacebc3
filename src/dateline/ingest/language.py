"""A cheap English check: dateline codes English only, and says so instead of coding garbage."""

from __future__ import annotations

import re

from dateline.errors import NotEnglishError

# The commonest English function words; news prose has 30–45% of its words among them.
_FUNCTION = frozenset(
    "the of and to a in that is was he for it with as his on be at by i this had not are but "
    "from or have an they which one you were her all she there would their we him been has when "
    "who will more no if out so said what up its about into than them can only other new some "
    "could time these two may then do first any my now such like our over man me even most made "
    "after also did many before must through back years where much your way well down should "
    "because each just those people how too little state good very make world still own see men "
    "work long get here between both life being under never day same another know while last "
    "might us great old year off come since against go came right used take three".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def english_share(text: str, limit: int = 4000) -> tuple[float, int]:
    words = _WORD.findall(text[:limit].lower())
    if not words:
        return 0.0, 0
    return sum(w in _FUNCTION for w in words) / len(words), len(words)


def latin_share(text: str, limit: int = 4000) -> tuple[float, int]:
    """The share of letters in the Latin script (Chinese, Arabic, Russian score near 0)."""
    letters = [c for c in text[:limit] if c.isalpha()]
    if not letters:
        return 0.0, 0
    return sum(c < "\u0250" for c in letters) / len(letters), len(letters)


def check_english(text: str, name: str = "<input>") -> None:
    """Raise :class:`NotEnglishError` when the text is clearly not English.

    Two cheap tests on the first 4,000 characters: the script (Chinese has no spaces, so it
    must not be judged by counting words) and the share of English function words.  Short
    texts (under 12 words, under 20 letters) pass: a headline gives too little evidence.
    """
    latin, letters = latin_share(text)
    if letters >= 20 and latin < 0.5:
        raise NotEnglishError(
            f"{name}: the text is not English ({1 - latin:.0%} of its letters are not Latin "
            f"script); dateline codes English news only"
        )
    share, n = english_share(text)
    if n >= 12 and share < 0.12:
        raise NotEnglishError(
            f"{name}: the text is not English ({share:.0%} English function words, expected "
            f"over 12%); dateline codes English news only"
        )
