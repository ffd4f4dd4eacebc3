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
# The commonest function words of the other languages news in Latin script is mostly written in
# (Spanish, French, German, Portuguese, Italian, Dutch, Indonesian), without the words English
# shares with them ("a", "no", "in", "me"): a short text is refused only when they outnumber the
# English ones, as a dozen words of names and nouns say little ("President Joe Biden's
# Inflation Reduction Act poured money into clean energy." has one English function word).
_FOREIGN = frozenset(
    # (not the ones English shares, "the war", "son", "per cent", nor particles of names, "van",
    # "de la")
    "la los las del se que y en un una por para es al lo como más pero sus le fue este sí "
    "porque esta entre cuando muy sobre también me hasta hay donde quien desde todo nos durante "
    "todos uno les ni contra otros ese eso ante ellos esto mí antes algunos qué unos yo otro "
    "otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas "
    "algo nosotros mis tú ti tu tus ellas nosotras vosotros de des du et est dans qui pour sur "
    "plus par avec tout mais ou ses aux été sont cette ont leur nous vous ils elle au elles ces "
    "était être fait der und von zu das mit sich auf für ist im dem nicht ein eine als auch an "
    "werden aus er dass sie nach wird bei einer um am sind noch wie einem über einen so zum "
    "haben nur oder aber vor zur bis mehr durch man sein wurde sei da do dos os uma não com na "
    "ao pela pelo em seu sua quando muito já di che il della non dei delle nel alla gli si sono "
    "anche come più dal het een ik dat zijn niet met voor maar hij ook bij nog wel yang ini itu "
    "dengan untuk tidak dari dalam akan pada juga ke karena oleh".split()
) - _FUNCTION
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Under this many words a low English share alone does not refuse a text (see _FOREIGN).
_SHORT = 40


def english_share(text: str, limit: int = 4000) -> tuple[float, int]:
    words = _WORD.findall(text[:limit].lower())
    if not words:
        return 0.0, 0
    return sum(w in _FUNCTION for w in words) / len(words), len(words)


def foreign_share(text: str, limit: int = 4000) -> float:
    """The share of words that are function words of another Latin-script language."""
    words = _WORD.findall(text[:limit].lower())
    return sum(w in _FOREIGN for w in words) / len(words) if words else 0.0


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
    texts (under 12 words, under 20 letters) pass: a headline gives too little evidence; under
    40 words a low English share refuses a text only when another language's function words
    outnumber the English ones (a sentence of names and nouns is still English).
    """
    latin, letters = latin_share(text)
    if letters >= 20 and latin < 0.5:
        raise NotEnglishError(
            f"{name}: the text is not English ({1 - latin:.0%} of its letters are not Latin "
            f"script); dateline codes English news only"
        )
    share, n = english_share(text)
    if n >= 12 and share < 0.12 and (n >= _SHORT or foreign_share(text) > share):
        raise NotEnglishError(
            f"{name}: the text is not English ({share:.0%} English function words, expected "
            f"over 12%); dateline codes English news only"
        )
