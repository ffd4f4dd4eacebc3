"""Check a record against the shipped JSON Schema and the offset rules of the contract."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from dateline.resources import data_path


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema

    schema = json.loads(data_path("article.schema.json").read_text("utf-8"))
    return jsonschema.Draft202012Validator(schema)


def problems(record: dict[str, Any]) -> list[str]:
    """Every way ``record`` breaks the contract: schema errors, then offset/text mismatches
    and dangling ids. An empty list means valid."""
    out = [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
           for e in _validator().iter_errors(record)]
    if out:
        return out
    text = record["text"]

    def check(where: str, span: dict[str, Any] | None) -> None:
        if span is None:
            return
        s, e = span["start"], span["end"]
        if not 0 <= s <= e <= len(text):
            out.append(f"{where}: offsets [{s}, {e}) outside the text")
        elif "text" in span and text[s:e] != span["text"]:
            out.append(f"{where}: text[{s}:{e}] is {text[s:e]!r}, record says {span['text']!r}")

    check("meta/dateline", record["meta"]["dateline"])
    for i, h in enumerate(record["meta"].get("headers", [])):
        check(f"meta/headers/{i}", h)
    for i, s in enumerate(record["sentences"]):
        check(f"sentences/{i}", s)
    for layer in ("entities", "places", "times", "quantities"):
        for i, item in enumerate(record[layer]):
            check(f"{layer}/{i}", item)
    for i, a in enumerate(record["actors"]):
        for j, m in enumerate(a["mentions"]):
            check(f"actors/{i}/mentions/{j}", m)
    for i, q in enumerate(record["quotes"]):
        for part in ("content", "cue", "source"):
            check(f"quotes/{i}/{part}", q[part])
    ids = {layer: {x["id"] for x in record[layer]}
           for layer in ("actors", "places", "times", "quantities", "quotes")}
    for i, q in enumerate(record["quotes"]):
        if q["speaker"] is not None and q["speaker"] not in ids["actors"]:
            out.append(f"quotes/{i}/speaker: no actor {q['speaker']!r}")
    for i, ev in enumerate(record["events"]):
        check(f"events/{i}/trigger", ev["trigger"])
        if ev["sentence"] >= len(record["sentences"]):
            out.append(f"events/{i}/sentence: no sentence {ev['sentence']}")
        for ref in ev["actors"] + ev["recipients"]:
            if ref not in ids["actors"]:
                out.append(f"events/{i}: no actor {ref!r}")
        if ev["place"] is not None and ev["place"] not in ids["places"]:
            out.append(f"events/{i}/place: no place {ev['place']!r}")
        if ev["time"] is not None and ev["time"] not in ids["times"]:
            out.append(f"events/{i}/time: no time {ev['time']!r}")
        for ref in ev["quantities"]:
            if ref not in ids["quantities"]:
                out.append(f"events/{i}/quantities: no quantity {ref!r}")
    dl = record["meta"]["dateline"]
    if dl and dl.get("place") is not None and dl["place"] not in ids["places"]:
        out.append(f"meta/dateline/place: no place {dl['place']!r}")
    return out
