"""The actor dictionary: named people and organizations with date-bounded roles.

Shipped files (``dateline/data/actors/``, format in its README.md):

* ``dateline.tsv`` — hand-kept heads of state and government, ministers and prominent
  officials 2015–2026, agencies, armed groups, IGOs;
* ``media.tsv`` — news organisations (wire services, broadcasters, newspapers) with their
  country, sector JRN; same level as ``dateline.tsv``;
* ``phoenix.jsonl`` — converted from the Phoenix/PETRARCH actor dictionaries (to ~2018) by
  ``scripts/build_phoenix_actors.py``.

Users add their own files (``.tsv`` or ``.jsonl``, same formats) with the ``DATELINE_ACTORS``
environment variable (paths joined by ``os.pathsep``) or the ``dictionaries`` argument of
:func:`dateline.actors.resolve_actors`.  User files win over ``dateline.tsv``, which wins over
``phoenix.jsonl``; within one level a name shared by two entries is ambiguous unless only one of
them holds a role on the article's date.

A role answers "who was this on that day": ``Joe Biden`` in a 2025 story is a former president
(PLOVER codes former officials ``ELI``), ``Bukele`` alone in a 2025 story is SLV GOV.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from dateline.countries import keys_by_letter, near_word, normalize
from dateline.errors import DataError
from dateline.resources import data_path

# the legal forms that close a firm's name ("Microsoft Corp.", "Siemens AG", "Barclays plc"),
# as ``normalize`` writes them
LEGAL_FORMS = frozenset({"inc", "corp", "corporation", "co", "ltd", "limited", "llc", "plc",
                         "ag", "sa", "nv", "spa", "se", "gmbh", "incorporated"})


ENV = "DATELINE_ACTORS"
# highest priority first; the files of one tuple share a level
SHIPPED = (("dateline.tsv", "media.tsv"), ("phoenix.jsonl",))
# the written-out and short names an IGO body's name starts with (keys: lower case, no dots)
IGO_PREFIXES = (("united nations ", "un "), ("european union ", "eu "),
                ("african union ", "au "))
_DATES = re.compile(r"^(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$")


@dataclass(frozen=True)
class Role:
    country: str | None
    sector: str | None
    start: str | None = None  # ISO date, inclusive; None = open
    end: str | None = None    # ISO date, exclusive; None = open
    title: str | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def holds(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str = "person"
    aliases: tuple[str, ...] = ()
    gender: str | None = None
    roles: tuple[Role, ...] = ()
    source: str = ""
    level: int = 0  # 0 = user, 1 = dateline.tsv and media.tsv, 2 = phoenix.jsonl

    def role_on(self, day: dt.date | None) -> Role | None:
        """The role held on ``day``; a former office gives ELI; None if nothing fits."""
        if not self.roles:
            return None
        if day is None:
            dated = [r for r in self.roles if r.dated]
            undated = [r for r in self.roles if not r.dated]
            if undated and not dated:
                return undated[0]
            latest = max(dated, key=lambda r: (r.end or "9999", r.start or ""))
            return latest
        iso = day.isoformat()
        holding = [r for r in self.roles if r.dated and r.holds(iso)]
        if holding:
            role = max(holding, key=lambda r: r.start or "")
            if role.sector == "ELI" and not role.title:
                before = [r for r in self.roles if r.title and r.end and r.end <= iso]
                if before:
                    last = max(before, key=lambda r: r.end or "")
                    role = Role(role.country, "ELI", role.start, role.end, _former(last.title))
            return role
        undated = [r for r in self.roles if not r.dated]
        if undated:
            return undated[0]
        past = [r for r in self.roles if r.end is not None and r.end <= iso]
        if past:
            last = max(past, key=lambda r: r.end or "")
            return Role(last.country, "ELI", title=_former(last.title))
        future = min(self.roles, key=lambda r: r.start or "")
        return Role(future.country, None)


def _former(title: str | None) -> str | None:
    return f"former {title}" if title else None


@dataclass
class Dictionary:
    """Name index over one or more dictionary files."""

    entries: list[Entry] = field(default_factory=list)
    index: dict[str, list[Entry]] = field(default_factory=dict)
    surnames: dict[str, list[Entry]] = field(default_factory=dict)
    # first words of the hand and user dictionaries' multi-word names ("reporters" for
    # "Reporters Without Borders"): which tagged names may open a longer known one
    openers: set[str] = field(default_factory=set)
    # the hand and user dictionaries' people by the first and the last word of their name, as
    # written ("Kim" for Kim Jong Un): whom a bare name before "regime" may stand for
    people_by_word: dict[str, list[Entry]] = field(default_factory=dict)
    # the first words of every dictionary person's name of several words ("michael" for
    # Michael Jordan): a name the tagger marks as a person's that opens with one is a person's
    given_names: set[str] = field(default_factory=set)
    # index keys by (first letter, number of words), and every word of every key: the
    # candidates of a near spelling (built on first use, see ``near``)
    _near_keys: dict[tuple[str, int], list[str]] | None = field(default=None, repr=False)
    _key_words: set[str] = field(default_factory=set, repr=False)
    # surnames by first letter: the candidates of a near surname (built with ``_near_keys``)
    _surnames_by_letter: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def add(self, entry: Entry) -> None:
        self.entries.append(entry)
        self._near_keys = None  # the near-spelling index is rebuilt on its next use
        if entry.level <= 1 and entry.kind == "person":
            words = entry.name.split()
            for word in dict.fromkeys((words[0], words[-1])):
                self.people_by_word.setdefault(word, []).append(entry)
        if entry.kind == "person" and " " in entry.name.strip():
            self.given_names.add(normalize(entry.name.split()[0]))
            key = normalize(entry.name.split()[-1])
            if key:
                self.surnames.setdefault(key, []).append(entry)
        for name in (entry.name, *entry.aliases):
            key = normalize(name)
            if key:
                self.index.setdefault(key, []).append(entry)
                if entry.level <= 1 and " " in key:
                    self.openers.add(key.split(" ", 1)[0])

    def lookup(self, name: str, day: dt.date | None = None) -> Entry | None:
        """The entry named ``name`` (any alias), or None when unknown or ambiguous."""
        key = normalize(name)
        found = self.index.get(key) or self.index.get(igo_variant(key))
        if " " in key and key.rsplit(" ", 1)[1] in LEGAL_FORMS:
            # a firm under its legal form: "Microsoft Corp." is Microsoft, "Siemens AG" the
            # hand-kept Siemens (DEU) before Phoenix's "Siemens Ag" (no country)
            firm = [e for e in self.index.get(key.rsplit(" ", 1)[0], [])
                    if e.kind == "organization"]
            if firm and (not found or min(e.level for e in firm) < min(e.level for e in found)):
                found = firm
        if not found:
            return None
        best = min(e.level for e in found)
        top = list({id(e): e for e in found if e.level == best}.values())
        if len(top) == 1:
            return top[0]
        if day is not None:
            iso = day.isoformat()
            active = [e for e in top if any(r.dated and r.holds(iso) for r in e.roles)]
            if len(active) == 1:
                return active[0]
        return None

    def near(self, name: str, day: dt.date | None) -> Entry | None:
        """The one entry whose name is ``name`` but for one misspelt word (``near_word``):
        "President Abdelaziz Bouteflicka threatened to institute a curfew in Algiers" (PLOVER
        GSR) is Abdelaziz Bouteflika.  None when the odd word is a word of any dictionary name
        ("Mohammed Hassan" is not Mohammed Hasan), or when near keys name more than one entry."""
        key = normalize(name)
        words = key.split()
        if len(key) < 5 or not words:
            return None
        keys = self._near_index().get((key[0], len(words)), ())
        if not keys:
            return None
        from rapidfuzz import fuzz, process

        found: dict[str, Entry] = {}
        for cand, _, _ in process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=85,
                                          limit=8):
            other = cand.split()
            odd = [(a, b) for a, b in zip(words, other) if a != b]
            if len(odd) != 1 or odd[0][0] in self._key_words or not near_word(*odd[0]):
                continue
            entry = self.lookup(cand, day)
            if entry is None:
                return None  # a near name the dictionary itself finds ambiguous
            found[normalize(entry.name)] = entry
        return next(iter(found.values())) if len(found) == 1 else None

    def near_surname(self, surname: str, day: dt.date | None) -> Entry | None:
        """``by_surname`` for a misspelt surname: the one person ``by_surname`` finds on
        ``day`` under a near spelling (``near_word``) of ``surname``, which is itself no word
        of any dictionary name.  Only the surnames of its first letter are compared."""
        key = normalize(surname)
        if " " in key or len(key) < 5 or day is None:
            return None
        self._near_index()  # fills _key_words and _surnames_by_letter
        if key in self._key_words:
            return None
        found = {normalize(e.name): e for s in self._surnames_by_letter.get(key[0], ())
                 if near_word(key, s)
                 for e in [self.by_surname(s, day)] if e is not None}
        return next(iter(found.values())) if len(found) == 1 else None

    def _near_index(self) -> dict[tuple[str, int], list[str]]:
        if self._near_keys is None:
            self._near_keys, self._key_words = keys_by_letter(self.index)
            self._surnames_by_letter = {}
            for surname in self.surnames:
                self._surnames_by_letter.setdefault(surname[0], []).append(surname)
        return self._near_keys

    def by_surname(self, surname: str, day: dt.date | None) -> Entry | None:
        """The one dictionary person named ``surname`` who holds a dated role on ``day``.

        "President Bush has threatened further action against Russia" (PLOVER GSR, 2000): a bare
        surname is too ambiguous to match any entry ("Richard Bennett" is not Naftali Bennett),
        but among the people in office on the story's date it is usually one person.  None
        without a date, or when no one or several people of that surname hold a role then."""
        if day is None:
            return None
        iso = day.isoformat()
        holding = [(e, [r for r in e.roles if r.dated and r.holds(iso)])
                   for e in self.surnames.get(normalize(surname), ())]
        # an office holder first ("Clinton" in 1998 is the president, not the first lady the
        # Phoenix dictionary codes ELI then), else anyone with a dated role that day
        for in_office in (True, False):
            found = [e for e, roles in holding
                     if any(r.sector != "ELI" for r in roles) or (roles and not in_office)]
            people = {normalize(e.name) for e in found}
            if len(people) == 1:
                return min(found, key=lambda e: e.level)
            if len(people) > 1:
                return None
        return None


# -- file formats ------------------------------------------------------------------------------
def igo_variant(key: str) -> str:
    """The other spelling of an IGO body's name key: "united nations high commission for
    refugees" <-> "un high commission for refugees" (VOA 6204080 writes the agency out; the
    dictionaries hold one form or the other); "" when the key starts with no IGO's name."""
    for long, short in IGO_PREFIXES:
        if key.startswith(long):
            return short + key[len(long):]
        if key.startswith(short):
            return long + key[len(short):]
    return ""


def parse_roles(text: str, where: str = "") -> tuple[Role, ...]:
    """``USA GOV 2017-01-20..2021-01-20 President; USA ELI`` → roles (``-`` = unknown)."""
    roles = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        words = part.split()
        if len(words) < 2:
            raise DataError(f"{where}: a role needs 'COUNTRY SECTOR [START..END] [Title]', got {part!r}")
        country = None if words[0] == "-" else words[0]
        sector = None if words[1] == "-" else words[1]
        start = end = None
        rest = words[2:]
        if rest and _DATES.match(rest[0]):
            m = _DATES.match(rest[0])
            assert m is not None
            start, end = m.group(1), m.group(2)
            rest = rest[1:]
        roles.append(Role(country, sector, start, end, " ".join(rest) or None))
    return tuple(roles)


def read_tsv(path: Path, level: int) -> Iterable[Entry]:
    for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 5:
            raise DataError(f"{path}:{n}: expected 5 tab-separated columns (name, aliases, kind, "
                            f"gender, roles), got {len(cols)}")
        name, aliases, kind, gender, roles = (c.strip() for c in cols[:5])
        yield Entry(name=name, kind=kind or "person",
                    aliases=tuple(a.strip() for a in aliases.split("|") if a.strip()),
                    gender=gender or None, roles=parse_roles(roles, f"{path}:{n}"),
                    source=path.name, level=level)


def read_jsonl(path: Path, level: int) -> Iterable[Entry]:
    for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            roles = tuple(Role(r.get("country"), r.get("sector"), r.get("start"), r.get("end"),
                               r.get("title")) for r in d.get("roles", []))
            yield Entry(name=d["name"], kind=d.get("kind", "person"),
                        aliases=tuple(d.get("aliases", [])), gender=d.get("gender"),
                        roles=roles, source=d.get("source", path.name), level=level)
        except (ValueError, KeyError, AttributeError, TypeError) as exc:
            raise DataError(f"{path}:{n}: not a dictionary entry ({exc}); expected a JSON object "
                            f"with 'name' and 'roles'") from exc


def read(path: Path, level: int) -> Iterable[Entry]:
    if not path.exists():
        raise DataError(f"actor dictionary {path} does not exist (check {ENV} or the "
                        f"'dictionaries' argument)")
    if path.suffix == ".jsonl":
        return read_jsonl(path, level)
    return read_tsv(path, level)


def user_paths(extra: Iterable[str | os.PathLike[str]] | None = None) -> tuple[str, ...]:
    env = [p for p in os.environ.get(ENV, "").split(os.pathsep) if p]
    return tuple(str(p) for p in [*(extra or []), *env])


@lru_cache(maxsize=8)
def load(user: tuple[str, ...] = ()) -> Dictionary:
    """The shipped dictionaries plus user files (cached per set of user paths)."""
    d = Dictionary()
    for path in user:
        for e in read(Path(path), 0):
            d.add(e)
    for level, fnames in enumerate(SHIPPED, start=1):
        for fname in fnames:
            for e in read(data_path("actors", fname), level):
                d.add(e)
    return d


__all__ = ["Role", "Entry", "Dictionary", "load", "user_paths", "parse_roles", "ENV"]
