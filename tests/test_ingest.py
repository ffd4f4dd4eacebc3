"""Ingestion without the model: readers, bad inputs, HTML, the language check, dates."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.errors import (
    BinaryInputError,
    DateError,
    EmptyInputError,
    EncodingError,
    MalformedJSONError,
    MissingInputError,
    NoBodyError,
    NotEnglishError,
    TooLargeError,
)
from dateline.ingest import article_from_record, article_from_text
from dateline.ingest.dates import normalize_published, published_date
from dateline.ingest.html import article_from_html
from dateline.ingest.language import check_english
from dateline.ingest.readers import MAX_FILE_BYTES, read_inputs, read_stream, sniff

STORY = ("U.S. Secretary of State Marco Rubio met Salvadoran President Nayib Bukele on Monday "
         "at his residence outside the capital, officials said.")

# Real news paragraphs in other languages (written for these tests).
SPANISH = ("El presidente de El Salvador, Nayib Bukele, se reunió el lunes con el secretario de "
           "Estado de Estados Unidos, Marco Rubio, y ofreció recibir en las cárceles de su país a "
           "migrantes deportados de cualquier nacionalidad, según dijo el funcionario a la prensa.")
FRENCH = ("Le président français a annoncé lundi de nouvelles mesures pour soutenir les "
          "agriculteurs, après plusieurs semaines de manifestations dans tout le pays. Les "
          "syndicats ont salué un premier pas mais estiment que ces annonces restent insuffisantes.")
GERMAN = ("Die Bundesregierung hat am Montag ein neues Gesetz zur Begrenzung der Migration "
          "beschlossen. Die Opposition kritisierte den Entwurf scharf und kündigte an, vor das "
          "Verfassungsgericht zu ziehen, falls das Parlament ihn in dieser Form verabschiedet.")
CHINESE = ("中国外交部发言人周一表示，中方坚决反对美国对中国商品加征关税，并将采取必要措施维护自身合法权益。"
           "发言人说，贸易战没有赢家。")


def names_and_kinds(items: list) -> list[tuple[str, str]]:
    return [(it.name, type(it.error).__name__ if it.error else "ok") for it in items]


# -- article_from_text / record ------------------------------------------------------------------
def test_article_from_text_normalizes_newlines_and_reads_headers() -> None:
    art = article_from_text("By Simon Lewis\r\n\r\nSAN SALVADOR (Reuters) - " + STORY,
                            published="2025-02-03")
    assert "\r" not in art.text
    assert art.meta.bylines == ["Simon Lewis"] and art.meta.source == "Reuters"
    assert art.meta.published == "2025-02-03"
    assert art.id == art.id and len(art.id) == 16  # content hash


def test_caller_source_wins_over_text_agency() -> None:
    art = article_from_text("SAN SALVADOR (Reuters) - " + STORY, source="Wire X")
    assert art.meta.source == "Wire X"
    assert art.meta.dateline is not None and art.meta.dateline.text == "SAN SALVADOR"


def test_record_fields_and_author() -> None:
    art = article_from_record({"id": 7, "text": STORY, "title": "T", "url": "http://x/y",
                               "source": "VOA", "published": "2019-11-25 23:43:03Z",
                               "author": "Ayesha Tanzeem, Jeff Seldin"})
    assert art.id == "7"
    assert (art.meta.title, art.meta.url, art.meta.source) == ("T", "http://x/y", "VOA")
    assert art.meta.published == "2019-11-25T23:43:03+00:00"
    assert art.meta.bylines == ["Ayesha Tanzeem", "Jeff Seldin"]


def test_record_default_date_fills_only_missing() -> None:
    assert article_from_record({"text": STORY}, published="2025-02-03").meta.published == "2025-02-03"
    art = article_from_record({"text": STORY, "published": "2024-01-02"}, published="2025-02-03")
    assert art.meta.published == "2024-01-02"


@pytest.mark.parametrize("record, message", [
    ({"id": "x"}, 'r:1: the JSON object has no "text" field (keys: id)'),
    ({"text": 5}, "r:1: expected text as a string, got int"),
    ([1, 2], "r:1: expected a JSON object, got list"),
    ({"text": STORY, "author": 3}, 'r:1: "author"/"bylines" must be a string or a list of '
                                   'strings, got int'),
])
def test_bad_records(record: object, message: str) -> None:
    with pytest.raises(MalformedJSONError) as exc:
        article_from_record(record, name="r:1")  # type: ignore[arg-type]
    assert str(exc.value) == message


def test_bad_record_date() -> None:
    with pytest.raises(DateError, match=r"^r:1: cannot parse publication date 'soon'"):
        article_from_record({"text": STORY, "published": "soon"}, name="r:1")


# -- dates ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("value, expected", [
    ("2025-02-03", "2025-02-03"),
    ("2019-11-25 23:43:03Z", "2019-11-25T23:43:03+00:00"),
    ("2025-02-03T14:00:00+01:00", "2025-02-03T14:00:00+01:00"),
    ("Feb 3, 2025", "2025-02-03"),
])
def test_normalize_published(value: str, expected: str) -> None:
    assert normalize_published(value) == expected
    assert published_date(expected).isoformat() == expected[:10]


@pytest.mark.parametrize("value", ["2025-02-30", "notadate", "13/45/2025"])
def test_bad_published(value: str) -> None:
    with pytest.raises(DateError):
        normalize_published(value, "--date")


# -- language --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [SPANISH, FRENCH, GERMAN, CHINESE])
def test_not_english(text: str) -> None:
    with pytest.raises(NotEnglishError, match=r"^x\.txt: the text is not English"):
        article_from_text(text, name="x.txt")


def test_no_voa_story_is_refused(voa_records: list[dict]) -> None:
    for rec in voa_records:
        check_english(rec["text"], rec["id"])


def test_short_text_passes_language_check() -> None:
    check_english("Bukele, Rubio meet")


# -- readers: bad inputs, one line each ------------------------------------------------------------
def test_bad_files_each_give_one_line(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text("  \n\n ")
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Le café est très bon à Paris aujourd'hui.".encode("latin-1"))
    (tmp_path / "nobody.html").write_text("<html><body><nav>Home | World</nav></body></html>")
    (tmp_path / "es.txt").write_text(SPANISH)
    items = list(read_inputs([str(tmp_path / n) for n in
                              ("empty.txt", "blank.txt", "bin.txt", "latin1.txt", "nobody.html",
                               "es.txt", "missing.txt")]))
    assert [type(it.error) for it in items] == [
        EmptyInputError, EmptyInputError, BinaryInputError, EncodingError, NoBodyError,
        NotEnglishError, MissingInputError]
    for it in items:
        message = str(it.error)
        assert "\n" not in message
        assert message.startswith(it.name + ": ")
    assert str(items[3].error).endswith("invalid UTF-8 at byte 6; re-encode the file as UTF-8 "
                                        "(iconv -f LATIN1 -t UTF-8)")
    assert str(items[6].error) == f"{tmp_path / 'missing.txt'}: no such file or directory"


def test_huge_file_refused_without_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse: 50 MB of size, nothing written
        fh.truncate(50 * 1024 * 1024)
    reads: list[int] = []
    real_open = Path.open

    def spy_open(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        fh = real_open(self, *args, **kwargs)  # type: ignore[arg-type]
        orig = fh.read
        fh.read = lambda *a: reads.append(1) or orig(*a)  # type: ignore[method-assign]
        return fh

    monkeypatch.setattr(Path, "open", spy_open)
    (item,) = read_inputs([str(big)])
    assert isinstance(item.error, TooLargeError)
    assert str(item.error) == (f"{big}: 52,428,800 bytes is over the limit of {MAX_FILE_BYTES:,} "
                               f"bytes for one article; split it, or raise DATELINE_MAX_CHARS")
    assert reads == []


def test_jsonl_lines_in_order_with_failures(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    lines = [json.dumps({"id": "a1", "text": STORY}), '{"id": bad', "",
             json.dumps({"id": "a3"}), json.dumps({"id": "a4", "text": STORY + " Again."}),
             json.dumps({"id": "a5", "text": SPANISH})]
    path.write_text("\n".join(lines) + "\n")
    items = list(read_inputs([str(path)], published="2025-02-03"))
    assert names_and_kinds(items) == [
        (f"{path}:1", "ok"), (f"{path}:2", "MalformedJSONError"),
        (f"{path}:4", "MalformedJSONError"), (f"{path}:5", "ok"),
        (f"{path}:6", "NotEnglishError")]
    assert [it.article.id for it in items if it.ok] == ["a1", "a4"]
    assert items[0].article.meta.published == "2025-02-03"
    assert str(items[1].error) == f"{path}:2: malformed JSON: Expecting value at column 8"


def test_jsonl_invalid_utf8_line(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(json.dumps({"text": STORY}).encode() + b"\n" + b'{"text": "caf\xe9"}\n')
    items = list(read_inputs([str(path)]))
    assert names_and_kinds(items) == [(f"{path}:1", "ok"), (f"{path}:2", "EncodingError")]


def test_jsonl_overlong_line_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.ingest import readers

    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 500)
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"text": "word " * 400}) + "\n" + json.dumps({"text": STORY}) + "\n")
    items = list(read_inputs([str(path)]))
    assert names_and_kinds(items) == [(f"{path}:1", "TooLargeError"), (f"{path}:2", "ok")]


def test_empty_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text("\n\n")
    assert names_and_kinds(list(read_inputs([str(path)]))) == [(str(path), "EmptyInputError")]


def test_directory_walk_sorted_and_filtered(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(STORY)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.jsonl").write_text(json.dumps({"id": "j", "text": STORY}) + "\n")
    (tmp_path / "notes.md").write_text("ignored")
    (tmp_path / ".hidden.txt").write_text(STORY)
    items = list(read_inputs([str(tmp_path)]))
    assert names_and_kinds(items) == [(str(tmp_path / "b.txt"), "ok"),
                                      (str(tmp_path / "sub" / "a.jsonl") + ":1", "ok")]
    (empty := tmp_path / "empty").mkdir()
    assert names_and_kinds(list(read_inputs([str(empty)]))) == [(str(empty), "MissingInputError")]


def test_stream_sniffs_kind() -> None:
    jsonl = (json.dumps({"id": "s1", "text": STORY}) + "\n").encode()
    (item,) = read_stream(io.BytesIO(jsonl), "-")
    assert item.name == "-:1" and item.article.id == "s1"
    (item,) = read_stream(io.BytesIO(STORY.encode()), "-")
    assert item.name == "-" and item.article.text == STORY


@pytest.mark.parametrize("head, kind", [
    (b'\xef\xbb\xbf  {"text": 1}', "jsonl"), (b"<!DOCTYPE html><html>", "html"),
    (b"<div><body>", "html"), (b"Plain words", "text"), (b"", "text")])
def test_sniff(head: bytes, kind: str) -> None:
    assert sniff(head) == kind


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_an_article_or_a_typed_error(data: bytes) -> None:
    for item in read_stream(io.BytesIO(data), "fuzz"):
        assert item.ok or str(item.error).startswith("fuzz")


# -- HTML ------------------------------------------------------------------------------------------
PAGE = """<!DOCTYPE html><html lang="en"><head><title>Rubio meets Bukele | Example News</title>
<meta property="og:title" content="Rubio meets Bukele in El Salvador">
<meta name="author" content="Simon Lewis">
<meta property="article:published_time" content="2025-02-03T18:00:00Z">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://example.com/world/rubio-bukele"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Rubio meets Bukele in El Salvador</h1>
<p>SAN SALVADOR (Reuters) - U.S. Secretary of State Marco Rubio met Salvadoran President Nayib
Bukele on Monday at his lakeside residence outside the capital.</p>
<p>Bukele offered to take in deportees of any nationality, Rubio told reporters after the
meeting, calling the offer an act of extraordinary friendship.</p>
<p>(Reporting by Simon Lewis in San Salvador; Editing by Rosalba O'Brien)</p>
</article><footer>Copyright 2025 Example News</footer></body></html>"""


def test_html_article() -> None:
    art = article_from_html(PAGE, name="page.html", published="2020-01-01")
    m = art.meta
    assert m.title == "Rubio meets Bukele in El Salvador"
    assert m.url == "https://example.com/world/rubio-bukele"
    assert m.published == "2025-02-03"  # the page's date wins over the default
    assert m.bylines == ["Simon Lewis"]
    assert m.source == "Reuters"  # the agency in the text, not the site name
    assert m.dateline is not None and m.dateline.text == "SAN SALVADOR"
    assert [c.name for c in m.credits] == ["Simon Lewis", "Rosalba O'Brien"]
    # paragraphs stay apart; no navigation or footer
    assert "\n\nBukele offered" in art.text
    assert "Home" not in art.text and "Copyright" not in art.text
    assert "Nayib Bukele on Monday" in art.text  # hard wrap inside <p> joined


def test_html_site_name_when_no_agency() -> None:
    page = PAGE.replace("SAN SALVADOR (Reuters) - ", "")
    assert article_from_html(page).meta.source == "Example News"


def test_html_without_body() -> None:
    with pytest.raises(NoBodyError, match=r"^menu\.html: no article body found in the HTML"):
        article_from_html("<html><body><nav>Home</nav><p>Subscribe</p></body></html>",
                          name="menu.html")


class CountingStream(io.RawIOBase):
    """A readable byte stream that counts how much was read from it."""

    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def, override]
        chunk = self.data[self.pos:self.pos + len(buffer)]
        buffer[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


def test_jsonl_is_read_lazily() -> None:
    line = (json.dumps({"text": STORY + " " + "More words here. " * 600}) + "\n").encode()
    raw = CountingStream(line * 200)  # ~2 MB
    items = read_stream(raw, "big.jsonl")  # type: ignore[arg-type]
    first = next(items)
    assert first.ok and first.name == "big.jsonl:1"
    assert raw.pos < 10 * len(line)  # a few lines read, not the whole stream


def test_a_short_sentence_of_names_is_english() -> None:
    # twelve words, one English function word ("into"): names and nouns, not another language
    check_english("President Joe Biden's Inflation Reduction Act poured money into clean energy.")


@pytest.mark.parametrize("text", [
    "Los presidentes de Francia y Alemania firmaron un acuerdo comercial en Bruselas el lunes.",
    "Der Bundestag hat am Montag das neue Gesetz zur Migration beschlossen, sagte die Regierung.",
])
def test_a_short_text_in_another_language_is_refused(text: str) -> None:
    with pytest.raises(NotEnglishError):
        check_english(text)
