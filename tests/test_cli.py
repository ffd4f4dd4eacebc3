"""The command line through click's CliRunner, on exact output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.validate import problems

STORY = ("U.S. Secretary of State Marco Rubio met Salvadoran President Nayib Bukele on Monday "
         "at his residence outside the capital, officials said.")
WIRE = ("By Simon Lewis\n\nSAN SALVADOR (Reuters) - " + STORY +
        "\n\n(Reporting by Simon Lewis in San Salvador; Editing by Rosalba O'Brien)\n")
LAYERS = ["--layers", "times"]  # cheap: the ingestion and NLP layers are what is tested here


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_help_has_an_example_for_every_command(runner: CliRunner) -> None:
    top = runner.invoke(main, ["--help"])
    assert top.exit_code == 0 and "Example:" in top.output
    for command in ("extract", "demo", "eval"):
        result = runner.invoke(main, [command, "--help"])
        assert result.exit_code == 0, command
        assert "Example:" in result.output, command
        assert f"dateline {command}" in result.output, command


def test_extract_help_says_where_failures_go(runner: CliRunner) -> None:
    out = " ".join(runner.invoke(main, ["extract", "--help"]).output.split())
    assert "reported as one line \"dateline: NAME: REASON\" on standard error" in out
    assert "0 all inputs processed, 1 some failed (the rest processed), 2 all failed" in out


def test_extract_text_file_one_indented_record(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(WIRE)
    result = runner.invoke(main, ["extract", str(path), "--date", "2025-02-03", *LAYERS])
    assert result.exit_code == 0, result.output
    assert result.output.startswith('{\n  "schema": "dateline/article@1",\n')
    rec = json.loads(result.output)
    assert problems(rec) == []
    meta = rec["meta"]
    assert meta["published"] == "2025-02-03" and meta["source"] == "Reuters"
    assert meta["bylines"] == ["Simon Lewis"]
    assert meta["dateline"] == {"start": 16, "end": 28, "text": "SAN SALVADOR", "place": None}
    assert [c["role"] for c in meta["credits"]] == ["reporting", "editing"]
    assert [rec["text"][s["start"]:s["end"]] for s in rec["sentences"]] == [STORY]


def test_extract_jsonl_order_ids_and_failures(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "b", "text": STORY}),
        '{"id": "c", "text": ',
        json.dumps({"id": "a", "text": "Kenya said on Tuesday it would send more police to Haiti.",
                    "published": "2024-05-01"}),
    ]) + "\n")
    result = runner.invoke(main, ["extract", str(path), "--date", "2025-02-03", *LAYERS])
    assert result.exit_code == 1
    recs = records(result.stdout)
    assert [r["id"] for r in recs] == ["b", "a"]
    assert [r["meta"]["published"] for r in recs] == ["2025-02-03", "2024-05-01"]
    assert result.stderr.splitlines()[0] == (
        f"dateline: {path}:2: malformed JSON: Expecting value at column 21")
    assert result.stderr.splitlines()[-1].startswith("dateline: 2 of 3 inputs extracted in ")
    assert result.stderr.splitlines()[-1].endswith(", 1 failed")


def test_extract_directory_html_and_format_json(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.html").write_text(
        "<html><head><title>Kenya police</title></head><body><article><p>Kenya said on Tuesday "
        "it would send more police officers to Haiti next month to fight the gangs there, "
        "officials said.</p></article></body></html>")
    result = runner.invoke(main, ["extract", str(tmp_path), "--format", "json", "-q", *LAYERS])
    assert result.exit_code == 0, result.output
    recs = json.loads(result.stdout)
    assert [r["meta"]["title"] for r in recs] == [None, "Kenya police"]
    assert result.stderr == ""


def test_extract_stdin(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract", "-", "--date", "2025-02-03", "--source", "VOA",
                                  *LAYERS], input=STORY)
    assert result.exit_code == 0, result.output
    rec = json.loads(result.stdout)
    assert rec["meta"]["source"] == "VOA" and rec["text"] == STORY


def test_extract_output_file(runner: CliRunner, tmp_path: Path) -> None:
    src, out = tmp_path / "s.txt", tmp_path / "out.jsonl"
    src.write_text(STORY)
    result = runner.invoke(main, ["extract", str(src), "--format", "jsonl", "-o", str(out),
                                  *LAYERS])
    assert result.exit_code == 0 and result.stdout == ""
    assert [r["text"] for r in records(out.read_text())] == [STORY]


def test_all_inputs_bad_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01binary")
    result = runner.invoke(main, ["extract", str(tmp_path / "empty.txt"),
                                  str(tmp_path / "bin.txt"), str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"dateline: {tmp_path / 'empty.txt'}: empty input: there is no text to extract from",
        f"dateline: {tmp_path / 'bin.txt'}: binary data (NUL bytes), not text; expected UTF-8 "
        f"text, HTML or JSON Lines",
        f"dateline: {tmp_path / 'nope.txt'}: no such file or directory",
        "dateline: 0 of 3 inputs extracted in " + result.stderr.splitlines()[-1].split(" in ")[1],
    ]


def test_one_bad_input_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert result.stderr == f"dateline: {tmp_path / 'nope.txt'}: no such file or directory\n"


def test_bad_date_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text(STORY)
    result = runner.invoke(main, ["extract", str(tmp_path / "s.txt"), "--date", "notadate"])
    assert result.exit_code == 2
    assert result.stderr == (
        "dateline: --date: cannot parse publication date 'notadate'; expected YYYY-MM-DD or an "
        "ISO datetime such as 2025-02-03T14:00:00Z\n")


def test_unknown_layer_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text(STORY)
    result = runner.invoke(main, ["extract", str(tmp_path / "s.txt"), "--layers", "actors,moods"])
    assert result.exit_code == 2
    assert result.stderr.startswith("dateline: --layers: unknown layer moods; expected some of ")


def test_not_english_named(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text(
        "Le président français a annoncé lundi de nouvelles mesures pour soutenir les "
        "agriculteurs, après plusieurs semaines de manifestations dans tout le pays.")
    (tmp_path / "en.txt").write_text(STORY)
    result = runner.invoke(main, ["extract", str(tmp_path / "fr.txt"), str(tmp_path / "en.txt"),
                                  *LAYERS])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"dateline: {tmp_path / 'fr.txt'}: the text is not English (5% English function words, "
        f"expected over 12%); dateline codes English news only")
    assert [r["text"] for r in records(result.stdout)] == [STORY]


def test_source_option_is_a_default(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(WIRE)
    (tmp_path / "plain.txt").write_text(STORY)
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": STORY, "source": "AFP"}) + "\n")
    result = runner.invoke(main, ["extract", str(tmp_path), "--source", "VOA", "-q", *LAYERS])
    assert result.exit_code == 0, result.output
    assert [r["meta"]["source"] for r in records(result.stdout)] == ["AFP", "VOA", "Reuters"]


def test_unwritable_output_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text(STORY)
    target = tmp_path / "no" / "such" / "dir.jsonl"
    result = runner.invoke(main, ["extract", str(tmp_path / "s.txt"), "-o", str(target)])
    assert result.exit_code == 2
    assert result.stderr == f"dateline: -o {target}: cannot write: No such file or directory\n"
