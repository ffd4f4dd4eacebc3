"""Readers: paths and streams to articles, one :class:`Item` per article or per failure.

A failure is a value, not an exception: a corpus run reports it and goes on.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from dateline.errors import (
    BinaryInputError,
    DatelineError,
    EncodingError,
    MalformedJSONError,
    MissingInputError,
    TooLargeError,
)
from dateline.record import Article
from dateline.settings import MAX_TEXT_CHARS

from . import article_from_record, article_from_text

SUFFIXES = {".txt": "text", ".text": "text", ".jsonl": "jsonl", ".ndjson": "jsonl",
            ".html": "html", ".htm": "html"}
MAX_FILE_BYTES = 4 * MAX_TEXT_CHARS


@dataclass
class Item:
    """One article read from an input, or the reason it could not be."""

    name: str  # "story.txt", "corpus.jsonl:12", "-"
    article: Article | None = None
    error: DatelineError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def read_inputs(paths: Iterable[str], *, published: Any = None,
                source: str | None = None) -> Iterator[Item]:
    """Every article of every path ("-" for standard input; directories are walked)."""
    for raw in paths:
        if raw == "-":
            yield from _read_stream(sys.stdin.buffer, "-", published=published, source=source)
            continue
        path = Path(raw)
        if not path.exists():
            yield Item(raw, error=MissingInputError(f"{raw}: no such file or directory"))
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                yield Item(raw, error=MissingInputError(
                    f"{raw}: the directory holds no .txt, .html or .jsonl files"))
            for p in files:
                yield from read_path(p, published=published, source=source)
        else:
            yield from read_path(path, published=published, source=source)


def read_path(path: Path, *, published: Any = None, source: str | None = None) -> Iterator[Item]:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TooLargeError(f"{name}: {size:,} bytes is over the limit of "
                                f"{MAX_FILE_BYTES:,} bytes for one input file")
        with path.open("rb") as fh:
            yield from _read_stream(fh, name, kind=SUFFIXES.get(path.suffix.lower()),
                                    published=published, source=source)
    except DatelineError as exc:
        yield Item(name, error=exc)
    except OSError as exc:
        yield Item(name, error=MissingInputError(f"{name}: cannot read: {exc.strerror or exc}"))


def _read_stream(fh: IO[bytes], name: str, *, kind: str | None = None, published: Any = None,
                 source: str | None = None) -> Iterator[Item]:
    data = fh.read(MAX_FILE_BYTES + 1)
    try:
        if len(data) > MAX_FILE_BYTES:
            raise TooLargeError(f"{name}: over the limit of {MAX_FILE_BYTES:,} bytes for one input")
        text = decode(data, name)
        kind = kind or sniff(text)
        if kind == "jsonl":
            yield from _read_jsonl(text, name, published=published, source=source)
            return
        if kind == "html":
            from .html import article_from_html

            yield Item(name, article=article_from_html(text, name=name, published=published,
                                                       source=source))
            return
        yield Item(name, article=article_from_text(text, name=name, published=published,
                                                   source=source))
    except DatelineError as exc:
        yield Item(name, error=exc)


def _read_jsonl(text: str, name: str, *, published: Any, source: str | None) -> Iterator[Item]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise MalformedJSONError(f"{where}: malformed JSON: {exc.msg} at column {exc.colno}") from exc
            yield Item(where, article=article_from_record(record, name=where, published=published,
                                                          source=source))
        except DatelineError as exc:
            yield Item(where, error=exc)


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; binaries and other bytes are refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise EncodingError(f"{name}: invalid UTF-16 at byte {exc.start}") from exc
    if b"\x00" in data[:8192]:
        raise BinaryInputError(f"{name}: binary data (NUL bytes), not text; expected UTF-8 text, "
                               f"HTML or JSON Lines")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"{name}: invalid UTF-8 at byte {exc.start}; re-encode the file as UTF-8 "
            f"(iconv -f LATIN1 -t UTF-8)"
        ) from exc


def sniff(text: str) -> str:
    head = text.lstrip()[:1000].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    return "text"
