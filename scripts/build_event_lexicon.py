#!/usr/bin/env python
"""Build the event lexicon of ``dateline.events`` from CAMEO 2.0, CAMEO2PLOVER and the GDELT tables.

Reproducible: reads the shared data folder (``../shared/data`` by default) and writes

* ``src/dateline/data/events/cameo_codes.tsv`` — every CAMEO code with its description, Goldstein
  score, quad class, and PLOVER type / mode / context (CAMEO2PLOVER-2021, longest-prefix fallback);
* ``src/dateline/data/events/cameo_verbs.tsv`` — verb patterns from the PETRARCH CAMEO.2.0 verb
  dictionary reduced to what a dependency parse can check: ``lemma``, ``complement`` (a ``|``-joined
  set of features ``prt:X``, ``obj:X``, ``prep:P`` or ``prep:P/X``; empty for the verb's default
  code) and the CAMEO code.  Source/target markers and word order are dropped: dateline takes its
  arguments from the parse, not from the pattern.

The hand-made refinements (``triggers.tsv``, ``exclude.tsv``) live next to them and are not
touched.  Usage::

    python scripts/build_event_lexicon.py [--shared ../shared/data]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dateline" / "data" / "events"

PARTICLES = {"UP", "OUT", "OFF", "DOWN", "BACK", "AWAY", "OVER", "FORWARD", "ASIDE", "AROUND"}
PREPOSITIONS = {"TO", "WITH", "AGAINST", "ON", "FOR", "FROM", "IN", "INTO", "OF", "AT", "BY",
                "ABOUT", "OVER", "UNDER", "BEFORE", "BEHIND", "ALONG", "TOWARD", "TOWARDS",
                "BETWEEN", "ACROSS", "THROUGH", "UPON", "AFTER", "AMONG", "BEYOND", "OUT"}
MAX_SET = 12
FUNCTION_WORDS = PREPOSITIONS | {"THE", "A", "AN", "ITS", "HIS", "HER", "THEIR", "EACH", "OTHER",
                                 "THAT", "IT", "THEM", "HIM", "NOT", "AS", "AND", "OR"}
QUAD = {  # CAMEO root code -> GDELT quad class
    **{f"{i:02d}": 1 for i in range(1, 6)}, **{f"{i:02d}": 2 for i in range(6, 9)},
    **{f"{i:02d}": 3 for i in range(9, 14)}, **{f"{i:02d}": 4 for i in range(14, 21)},
}


def read_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    """CAMEO code -> (PLOVER type, mode, context) from CAMEO2PLOVER-2021.txt."""
    out: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d+):\s*(.*)$", line)
        if not m:
            continue
        code, rest = m.groups()
        parts = [p.strip() for p in rest.split(",")]
        ptype = parts[0].upper()
        if not ptype or not ptype.isalpha():
            continue
        mode = parts[1].replace(" ", "") if len(parts) > 1 else ""
        context = ";".join(c.strip() for c in ",".join(parts[2:]).split(";") if c.strip())
        if code not in out or len(parts) > 1:
            out[code] = (ptype, mode, context)
    return out


def plover_for(code: str, table: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return ("", "", "")


def build_codes(shared: Path) -> list[list[str]]:
    plover = read_plover(shared / "plover" / "CAMEO2PLOVER-2021.txt")
    rows = []
    lines = (shared / "cameo" / "cameo_eventcodes_goldstein.tsv").read_text("utf-8").splitlines()
    for line in lines[1:]:
        code, root, _level, desc, gold = line.split("\t")
        ptype, mode, context = plover_for(code, plover)
        if root == "02" and not ptype:
            # PLOVER dropped CAMEO APPEAL; the VOA gold GUIDE codes appeals as REQUEST, with
            # the mode of the matching DEMAND code (021 appeal for aid ~ 101 demand aid).
            ptype, mode, context = plover_for("10" + code[2:], plover)
        rows.append([code, desc, gold, str(QUAD.get(root, "")), ptype, mode, context])
    return rows


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current = None
    for line in lines:
        line = line.split("#", 1)[0].rstrip()
        if line.startswith("&"):
            current = line.strip()
            sets[current] = []
        elif current and line.startswith("+"):
            word = line[1:].strip().strip("_").split("_")[-1].lower()
            if word:
                sets[current].append(word)
        elif not line.strip():
            continue
        else:
            current = None if not line.startswith("+") else current
    return sets


ITEM = re.compile(r"\([^)]*\)|\{[^}]*\}|\S+")


def heads(item: str, synsets: dict[str, list[str]]) -> list[str]:
    """Head words of one pattern item: a word, a {multi word} phrase (its last word) or a &SET."""
    item = item.strip("{}").strip()
    if not item:
        return []
    last = item.split()[-1]
    if last.startswith("&"):
        members = synsets.get(last, [])
        return members if len(members) <= MAX_SET else []  # huge sets (currencies) add noise
    last = last.strip("_").split("_")[-1]
    if last.upper() in FUNCTION_WORDS:
        return []
    return [last.lower()] if re.fullmatch(r"[A-Za-z][A-Za-z-]*", last) else []


def complements(pattern: str, synsets: dict[str, list[str]]) -> list[str]:
    """Feature sets (``|``-joined) that a parse must show for one ``- ... * ...`` pattern."""
    if "*" not in pattern:
        return []
    after = pattern.split("*", 1)[1]
    items = [i for i in ITEM.findall(after) if i not in {"$", "+", "^", "%"}]
    feats: list[list[str]] = [[]]
    for item in items[:2]:
        options: list[str] = []
        if item.startswith("("):
            words = ITEM.findall(item[1:-1])
            if not words:
                break
            prep = words[0].upper()
            if prep not in PREPOSITIONS:
                break
            objs = [w for w in words[1:] if w not in {"$", "+", "^", "%"}]
            hs = heads(objs[0], synsets) if objs else []
            options = [f"prep:{prep.lower()}/{h}" for h in hs] if hs else [f"prep:{prep.lower()}"]
        elif item.upper() in PARTICLES and not feats[0]:
            options = [f"prt:{item.lower()}"]
        else:
            options = [f"obj:{h}" for h in heads(item, synsets)]
        if not options:
            break
        feats = [f + [o] for f in feats for o in options]
        if not item.upper() in PARTICLES:
            break  # one content item is all the parse check needs
    return ["|".join(f) for f in feats if f]


def build_verbs(shared: Path) -> list[list[str]]:
    lines = (shared / "petrarch" / "CAMEO.2.0.txt").read_text("latin-1").splitlines()
    start = next(i for i, l in enumerate(lines) if "VERB PATTERNS" in l)
    synsets = read_synsets(lines[:start])
    rows: dict[tuple[str, str], str] = {}
    block_code = ""
    lemmas: list[str] = []

    def add(lemma: str, comp: str, code: str) -> None:
        code = code.split(":")[0].strip()
        if re.fullmatch(r"\d{2,4}", code) and (lemma, comp) not in rows:
            rows[(lemma, comp)] = code

    for raw in lines[start + 1:]:
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        head = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if head:
            block_code = head.group(2)
            lemmas = []
            continue
        if line.startswith("-"):
            code = re.search(r"\[([^\]]*)\]", line)
            if not code:
                continue
            pattern = line[1:line.index("[")]
            for comp in complements(pattern, synsets):
                for lemma in lemmas:
                    add(lemma, comp, code.group(1))
            continue
        word = re.match(r"^(\+?)([A-Za-z_-]+)", line.strip())
        if not word:
            continue
        multi, name = word.groups()
        code = re.search(r"\[([^\]]*)\]", line)
        own = code.group(1) if code else block_code
        parts = name.lower().strip("_").split("_")
        if multi and len(parts) == 2 and not re.search(r"ed$|^(is|are|was|were)$", parts[0]):
            for comp in phrasal(parts[1]):
                add(parts[0], comp, own)
            continue
        if multi or len(parts) > 1:
            continue
        lemmas.append(parts[0])
        add(parts[0], "", own)
    return [[lemma, comp, code] for (lemma, comp), code in sorted(rows.items())]


def phrasal(second: str) -> list[str]:
    """Complements of a two-word entry ``+VERB_X``: a particle ("+PULL_OUT": spaCy parses "pulled
    out" with ``prt``, "took over" too, so a word that is both gets both readings), a preposition
    ("+SIDE_WITH"), or an object noun ("+WAGE_WAR", "+GIVE_NOTICE", once dropped by this build)."""
    word = second.upper()
    out = []
    if word in PARTICLES or word in {"IN", "ON", "TOGETHER", "FORTH"}:
        out.append(f"prt:{second}")
    if word in PREPOSITIONS:
        out.append(f"prep:{second}")
    if not out and word not in FUNCTION_WORDS and re.fullmatch(r"[a-z]+", second):
        out.append(f"obj:{second}")
    return out


def write(path: Path, header: list[str], rows: list[list[str]], note: str) -> None:
    text = f"# {note}\n" + "\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    path.write_text(text, "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    codes = build_codes(args.shared)
    write(OUT / "cameo_codes.tsv",
          ["cameo", "description", "goldstein", "quad_class", "type", "mode", "context"], codes,
          "generated by scripts/build_event_lexicon.py from GDELT CAMEO tables + CAMEO2PLOVER-2021")
    verbs = build_verbs(args.shared)
    write(OUT / "cameo_verbs.tsv", ["lemma", "complement", "cameo"], verbs,
          "generated by scripts/build_event_lexicon.py from PETRARCH CAMEO.2.0.txt (MIT)")
    print(f"{len(codes)} codes, {len(verbs)} verb patterns -> {OUT}")


if __name__ == "__main__":
    main()
