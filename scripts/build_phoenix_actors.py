"""Convert the Phoenix (PETRARCH2) actor dictionaries into dateline's actor dictionary format.

    .venv/bin/python scripts/build_phoenix_actors.py [--shared ../shared/data]

Reads ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt`` and
``Phoenix.MilNonState.actors.txt`` (MIT, © Open Event Data Alliance) and writes
``src/dateline/data/actors/phoenix.jsonl`` in the format documented in that folder's README.md.

TABARI/PETRARCH format: an entry starts at column 0 (``VLADIMIR_PUTIN_``), ``+`` lines are
aliases, and ``[CODE dates]`` blocks (on the entry line or indented below it) are its roles:
``[RUSGOV 991231-080507]``, ``[RUSGOV >080508]`` (from), ``[HTIOPPMED <061231]`` (until),
``[RUSELI]`` (undated default).  Six-digit dates are YYMMDD.  A code is a country (ISO3, or
``IGO``+3 letters) followed by CAMEO agent codes, of which the first becomes the PLOVER sector
(but a health code after a bare ``NGO``: ``NGOHLHIRC``, the Red Crescent, is MED).

Country files are kept only for people holding a role since 2008 or an open one begun since 1990 (the file reaches back to the
1940s); international and non-state entries are all kept.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pycountry

from dateline.countries import capital_metonym, country_code

OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "actors" / "phoenix.jsonl"
ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
PLOVER = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "AGR", "BUS",
          "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"}
CAMEO_SECTOR = {"MED": "JRN", "HLH": "MED", "NGO": "SOC", "NGM": "SOC", "MUS": "REL",
                "CHR": "REL", "JEW": "REL", "HIN": "REL", "BUD": "REL", "MNC": "BUS",
                "INS": "REB", "SEP": "REB", "IMG": "REB", "RAD": "REB", "HRI": "SOC",
                "ENV": "SOC", "DEV": "SOC", "IGO": None}
IGO_FIX = {"IGOEUR": "IGOEU"}
NGO_TYPES = {"NGO", "NGM"}  # the generic non-governmental codes a field code may follow
NGO_FIELDS = {"HLH"}  # the field codes after them that are the sector (health: MED)
ORG_WORDS = {"NATIONS", "ORGANIZATION", "ORGANISATION", "COUNCIL", "BANK", "FUND", "COMMISSION",
             "AGENCY", "COMMITTEE", "UNION", "ASSOCIATION", "INSTITUTE", "PROGRAM", "PROGRAMME",
             "COURT", "TRIBUNAL", "FORUM", "CONFERENCE", "MOVEMENT", "FRONT", "ARMY", "PARTY",
             "GROUP", "LEAGUE", "BRIGADE", "BRIGADES", "FORCE", "FORCES", "OFFICE", "NETWORK",
             "FOUNDATION", "FEDERATION", "COMMUNITY", "SECRETARIAT", "MISSION", "CENTER",
             "CENTRE", "SOCIETY", "INTERNATIONAL", "WATCH", "CROSS", "CRESCENT", "BOARD",
             "ALLIANCE", "COALITION", "COMPANY", "CORPORATION", "INC", "LTD", "CORP"}
ROLE = re.compile(r"\[([A-Z~-]{3,})\s*([<>]?\d{6,8})?(?:-(\d{6,8}))?\s*\]")


def date(text: str | None) -> str | None:
    if not text:
        return None
    text = text.lstrip("<>")
    if len(text) == 6:
        yy = int(text[:2])
        text = ("20" if yy <= 30 else "19") + text
    if len(text) != 8 or not (1 <= int(text[4:6]) <= 12 and 1 <= int(text[6:]) <= 31):
        return None
    return f"{text[:4]}-{text[4:6]}-{text[6:]}"


def split_code(code: str) -> tuple[str | None, str | None]:
    """``RUSGOV`` → (RUS, GOV); ``IGOUNOKID`` → (IGOUNO, None); ``NGOHRI`` → (None, SOC)."""
    if code.startswith("IGO"):
        country = IGO_FIX.get(code[:6], code[:6]) if len(code) >= 6 else "IGO"
        rest = code[6:]
    elif code[:3] in ISO3:
        country, rest = code[:3], code[3:]
    else:
        country, rest = None, code
    sector = None
    for i in range(0, len(rest) - 2, 3):
        part = rest[i:i + 3]
        if sector is not None:  # only after a bare NGO code (any other sector ends the loop)
            # "NGO" only says non-governmental (SOC); a health field after it is the sector:
            # ``NGOHLHIRC`` (the Red Crescent) MED, ``NGOUSAHLH`` MED (PLOVER GSR: "the Red
            # Crescent in Bam" MED; the VOA gold: Doctors Without Borders MED)
            if part in NGO_FIELDS:
                return country, CAMEO_SECTOR[part]
            continue
        mapped = CAMEO_SECTOR.get(part, part)
        if mapped in PLOVER:
            sector = mapped
            if part not in NGO_TYPES:
                break
    return country, sector


def roles(text: str) -> list[dict[str, str | None]]:
    out = []
    for m in ROLE.finditer(text):
        code, first, second = m.groups()
        if code.startswith("-") or code.startswith("~"):
            continue
        country, sector = split_code(code)
        start = end = None
        if first and first.startswith("<"):
            end = date(first)
        elif first:
            start = date(first)
            end = date(second)
        out.append({"country": country, "sector": sector, "start": start, "end": end})
    return out


def words(name: str) -> str:
    text = re.sub(r"\s+", " ", name.replace("_", " ")).strip()
    return " ".join(w if w.isupper() and len(w) <= 4 and "." in w else w.title()
                    for w in text.split())


def entries(path: Path, kind_default: str | None) -> list[dict]:
    out: list[dict] = []
    cur: dict | None = None
    for raw in path.read_bytes().decode("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("+"):
            if cur is not None:
                alias = line[1:].strip()
                head, _, tail = alias.partition("[")
                cur["aliases"].append(words(head))
                if tail:
                    cur["roles"] += roles("[" + tail)
            continue
        if line[0] in " \t[":
            if cur is not None:
                cur["roles"] += roles(line)
            continue
        head, _, tail = line.partition("[")
        cur = {"name": words(head), "raw": head.strip(), "aliases": [], "roles": roles("[" + tail) if tail else []}
        out.append(cur)
    result = []
    for e in out:
        if not e["roles"] or not e["name"]:
            continue
        upper = set(re.split(r"[_\s-]+", e["raw"].upper()))
        if country_code(e["name"]) or capital_metonym(e["name"]):
            continue  # a country header ("SERBIA [SRB]"): countries are dateline.countries' job
        kind = kind_default or ("organization" if upper & ORG_WORDS or len(upper) > 5 else "person")
        aliases = sorted({a for a in e["aliases"] if a and a.lower() != e["name"].lower()
                          and len(a) > 2})
        result.append({"name": e["name"], "aliases": aliases, "kind": kind, "roles": e["roles"]})
    return result


def recent(entry: dict) -> bool:
    """Held a dated role ending in 2008 or later, or a dated role still open at the file's date."""
    for r in entry["roles"]:
        if r["end"] and r["end"] >= "2008":
            return True
        if not r["end"] and r["start"] and r["start"] >= "1990":
            return True
    return False


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    base = Path(ap.parse_args().shared) / "petrarch"
    rows: list[dict] = []
    for fname, kind in (("Phoenix.Countries.actors.txt", None),
                        ("Phoenix.International.actors.txt", None),
                        ("Phoenix.MilNonState.actors.txt", "organization")):
        for e in entries(base / fname, kind):
            if fname.startswith("Phoenix.Countries") and not recent(e):
                continue
            e["source"] = "phoenix:" + fname
            rows.append(e)
    with open(OUT, "w", encoding="utf-8") as fh:
        for e in rows:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(f"{len(rows)} entries → {OUT}")


if __name__ == "__main__":
    main()
