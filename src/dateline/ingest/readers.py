"""Readers: paths and streams to articles, one :class:`Item` per article or per failure.

A failure is a value, not an exception: a corpus run reports it and goes on.  Everything is
lazy: a JSON Lines corpus is read one line at a time (memory stays bounded whatever its size),
and a text or HTML file over the size limit is refused from its size alone, before any byte of
it is read.

Inputs and their names in messages: ``story.txt``, ``corpus.jsonl:12`` (line 12), ``-``
(standard input), every ``.txt``/``.html``/``.jsonl`` file under a directory.
"""

from __future__ import annotations

import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from dateline.errors import (
    BinaryInputError,
    DatelineError,
    EmptyInputError,
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
# One article (a text or HTML file, or one JSON line) may hold at most this many bytes: UTF-8
# needs up to 4 bytes a character, and HTML markup is mostly thrown away.
MAX_FILE_BYTES = 4 * MAX_TEXT_CHARS
_CHUNK = 1 << 16


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
    """Every article of every path ("-" for standard input; directories are walked), lazily.

    ``published`` and ``source`` are defaults for articles that do not carry their own.
    """
    for raw in paths:
        if raw == "-":
            yield from read_stream(sys.stdin.buffer, "-", published=published, source=source)
            continue
        path = Path(raw)
        if not path.exists():
            yield Item(raw, error=MissingInputError(f"{raw}: no such file or directory"))
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file()
                           and p.suffix.lower() in SUFFIXES and not p.name.startswith("."))
            if not files:
                yield Item(raw, error=MissingInputError(
                    f"{raw}: the directory holds no .txt, .html or .jsonl files"))
            for p in files:
                yield from read_path(p, published=published, source=source)
        else:
            yield from read_path(path, published=published, source=source)


def read_path(path: Path, *, published: Any = None, source: str | None = None) -> Iterator[Item]:
    """The articles of one file: one for text and HTML, one a line for JSON Lines."""
    name = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Item(name, error=MissingInputError(f"{name}: cannot read: {exc.strerror or exc}"))
        return
    with fh:
        kind = SUFFIXES.get(path.suffix.lower()) or sniff(fh.peek(4096)[:4096])
        if kind != "jsonl":
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:  # refused before reading: a 50 MB file is not a story
                yield Item(name, error=TooLargeError(
                    f"{name}: {size:,} bytes is over the limit of {MAX_FILE_BYTES:,} bytes for "
                    f"one article; split it, or raise DATELINE_MAX_CHARS"))
                return
        yield from read_stream(fh, name, kind=kind, published=published, source=source)


def read_stream(fh: IO[bytes], name: str, *, kind: str | None = None, published: Any = None,
                source: str | None = None) -> Iterator[Item]:
    """The articles of one byte stream; ``kind`` ("text", "html", "jsonl") is sniffed if None."""
    buffered: IO[bytes] = (fh if hasattr(fh, "peek")
                           else io.BufferedReader(fh))  # type: ignore[arg-type]
    try:
        if kind is None:
            kind = sniff(buffered.peek(4096)[:4096])  # type: ignore[attr-defined]
        if kind == "jsonl":
            yield from _read_jsonl(buffered, name, published=published, source=source)
            return
        data = buffered.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise TooLargeError(f"{name}: over the limit of {MAX_FILE_BYTES:,} bytes for one "
                                f"article; split it, or raise DATELINE_MAX_CHARS")
        text = decode(data, name)
        if kind == "html":
            from .html import article_from_html

            article = article_from_html(text, name=name, published=published, source=source)
        else:
            article = article_from_text(text, name=name, published=published)
            if article.meta.source is None:  # a default: the agency in the text comes first
                article.meta.source = source
        yield Item(name, article=article)
    except DatelineError as exc:
        yield Item(name, error=exc)
    except OSError as exc:
        yield Item(name, error=MissingInputError(f"{name}: cannot read: {exc.strerror or exc}"))


def _read_jsonl(fh: IO[bytes], name: str, *, published: Any,
                source: str | None) -> Iterator[Item]:
    """One item a non-blank line, in order; a line is never longer than one article."""
    records = 0
    for lineno, raw in enumerate(_lines(fh), start=1):
        where = f"{name}:{lineno}"
        if raw is None:
            yield Item(where, error=TooLargeError(
                f"{where}: the line is over the limit of {MAX_FILE_BYTES:,} bytes for one article"))
            records += 1
            continue
        if not raw.strip():
            continue
        records += 1
        try:
            line = decode(raw, where).rstrip("\r\n")
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise MalformedJSONError(
                    f"{where}: malformed JSON: {exc.msg} at column {exc.colno}") from exc
            yield Item(where, article=article_from_record(record, name=where,
                                                          published=published, source=source))
        except DatelineError as exc:
            yield Item(where, error=exc)
    if records == 0:
        yield Item(name, error=EmptyInputError(f"{name}: empty input: no JSON Lines records"))


def _lines(fh: IO[bytes]) -> Iterator[bytes | None]:
    """Lines of ``fh``; None for a line over the size limit (whose bytes are skipped unread)."""
    while True:
        line = fh.readline(MAX_FILE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_FILE_BYTES and not line.endswith(b"\n"):
            while True:  # skip the rest of the overlong line in bounded chunks
                rest = fh.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


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


def sniff(head: bytes | str) -> str:
    """"jsonl", "html" or "text" from the first bytes of an input without a telling suffix."""
    if isinstance(head, bytes):
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return "text"
        head = head.decode("utf-8", errors="ignore")
    head = head.lstrip("\ufeff \t\r\n")[:1000].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    return "text"


__all__ = ["Item", "read_inputs", "read_path", "read_stream", "decode", "sniff", "MAX_FILE_BYTES"]
