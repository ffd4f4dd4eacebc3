"""The cue lexicon (``data/quotes/cues.tsv``): verbs that introduce reported speech."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dateline.errors import DataError

FRAMES = ("clause", "object", "request", "both")


@dataclass(frozen=True)
class Cues:
    single: dict[str, str]  # lemma -> frame
    phrasal: dict[tuple[str, str], str]  # (lemma, particle) -> frame, "call for"


@lru_cache(maxsize=1)
def cues() -> Cues:
    path = resources.files("dateline") / "data" / "quotes" / "cues.tsv"
    single: dict[str, str] = {}
    phrasal: dict[tuple[str, str], str] = {}
    for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or parts[1] not in FRAMES:
            raise DataError(f"{path}:{n}: expected 'lemma<TAB>frame' with frame one of "
                            f"{', '.join(FRAMES)}, got {line!r}")
        words = parts[0].split()
        if len(words) == 1:
            single[words[0]] = parts[1]
        else:
            phrasal[(words[0], words[1])] = parts[1]
    return Cues(single, phrasal)


__all__ = ["cues", "Cues"]
