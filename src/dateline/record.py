"""The article record: dateline's output contract (``dateline/article@1``).

Plain dataclasses with an exact JSON round-trip, so a record crosses process and cluster
boundaries and lands in a database unchanged.  ``Article.doc`` is the one exception: the
working spaCy parse of the current run, never serialized (see ``dateline.nlp``).

Field names and meanings follow ``docs/article-schema.md``; fields may be added, never renamed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types

from dataclasses import dataclass, field
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

SCHEMA = "dateline/article@1"

T = TypeVar("T")


@dataclass
class Span:
    """A half-open ``[start, end)`` slice of the article text, with that text."""

    start: int
    end: int
    text: str


@dataclass
class Dateline:
    """The dateline at the head of a wire story ("SAN SALVADOR (Reuters) -")."""

    start: int
    end: int
    text: str
    place: str | None = None  # place id in ``Article.places``


@dataclass
class Credit:
    """One name of a story's closing credits ("(Reporting by A in B; Editing by C)")."""

    role: str
    name: str
    place: str | None = None


@dataclass
class Meta:
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    language: str = "en"
    bylines: list[str] = field(default_factory=list)
    dateline: Dateline | None = None
    credits: list[Credit] = field(default_factory=list)
    # Character ranges of header and credit lines: kept in ``text``, never body sentences.
    headers: list[Span] = field(default_factory=list)


@dataclass
class Sentence:
    start: int
    end: int


@dataclass
class Entity:
    id: str
    start: int
    end: int
    text: str
    label: str


@dataclass
class Actor:
    id: str
    name: str
    kind: str = "unknown"  # person | organization | state | group | unknown
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Place:
    id: str
    start: int
    end: int
    text: str
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    feature: str | None = None


@dataclass
class Time:
    id: str
    start: int
    end: int
    text: str
    kind: str = "date"  # date | time | duration | set
    value: str | None = None


@dataclass
class Quote:
    id: str
    direct: bool
    content: Span
    cue: Span | None = None
    source: Span | None = None
    speaker: str | None = None


@dataclass
class Quantity:
    id: str
    start: int
    end: int
    text: str
    value: float | None = None
    unit: str | None = None
    concept: str | None = None
    approx: str | None = None  # ">" "<" "~" when the text says "more than", "under", "about"
    direction: str | None = None  # "up" | "down" when the number is a change


@dataclass
class Event:
    id: str
    type: str
    trigger: Span
    sentence: int
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    date: str | None = None
    time: str | None = None
    place: str | None = None
    modality: str = "asserted"  # asserted | reported | planned | hypothetical
    negated: bool = False
    quantities: list[str] = field(default_factory=list)
    confidence: float = 0.5


@dataclass
class Article:
    text: str
    id: str = ""
    schema: str = SCHEMA
    meta: Meta = field(default_factory=Meta)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # The working spaCy ``Doc`` of this run: never serialized, never compared.
    doc: Any = field(default=None, repr=False, compare=False, metadata={"transient": True})

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)

    # -- serialization -------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        out = to_plain(self)
        # Key order as in the schema document, for readable output.
        order = ["schema", "id", "text", "meta", "sentences", "entities", "actors", "places",
                 "times", "quotes", "quantities", "events"]
        return {k: out[k] for k in order} | {k: v for k, v in out.items() if k not in order}

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        return from_plain(cls, data)

    @classmethod
    def from_json(cls, text: str) -> "Article":
        return cls.from_dict(json.loads(text))

    # -- conveniences ----------------------------------------------------------------------
    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def sentence_index(self, offset: int) -> int | None:
        """The index of the body sentence holding character ``offset``, or None."""
        for i, s in enumerate(self.sentences):
            if s.start <= offset < s.end:
                return i
        return None

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def place(self, place_id: str | None) -> Place | None:
        return next((p for p in self.places if p.id == place_id), None)

    def time(self, time_id: str | None) -> Time | None:
        return next((t for t in self.times if t.id == time_id), None)

    def _repr_html_(self) -> str:  # Jupyter
        from dateline.display import render_html

        return render_html(self)


def content_id(text: str) -> str:
    """A stable 16-hex-digit id from the text, for articles the caller gave no id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def to_plain(obj: Any) -> Any:
    """Dataclasses to JSON-ready dicts and lists, skipping transient fields."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {
            f.name: to_plain(getattr(obj, f.name))
            for f in dataclasses.fields(obj)
            if not f.metadata.get("transient")
        }
    if isinstance(obj, (list, tuple)):
        return [to_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_plain(v) for k, v in obj.items()}
    return obj


_HINTS: dict[type, dict[str, Any]] = {}


def from_plain(tp: Any, data: Any) -> Any:
    """The inverse of :func:`to_plain`, guided by type hints; unknown keys are ignored."""
    if data is None:
        return None
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        return from_plain(args[0], data) if len(args) == 1 else data
    if origin is list:
        (item,) = get_args(tp)
        return [from_plain(item, x) for x in data]
    if origin is dict:
        return dict(data)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _HINTS.get(tp)
        if hints is None:
            hints = _HINTS[tp] = get_type_hints(tp)
        kwargs = {
            f.name: from_plain(hints[f.name], data[f.name])
            for f in dataclasses.fields(tp)
            if f.name in data and not f.metadata.get("transient")
        }
        return tp(**kwargs)
    return data


__all__ = [
    "SCHEMA", "Span", "Dateline", "Credit", "Meta", "Sentence", "Entity", "Actor", "Place",
    "Time", "Quote", "Quantity", "Event", "Article", "content_id",
]
