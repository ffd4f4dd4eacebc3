"""Build ``src/dateline/data/actors/agents.tsv`` (agent noun → PLOVER sector) from the
NGEC-2025 PLOVER agents file and the Phoenix agents file (both MIT, Open Event Data Alliance).

    .venv/bin/python scripts/build_agents.py [--shared ../shared/data]

Each output row: ``phrase<TAB>sector<TAB>code<TAB>source``.  ``phrase`` is lower case, words
separated by single spaces, singular (plurals are generated at load time).  ``sector`` is the
first PLOVER sector of the code (``~GOVMIL`` → GOV, ``~CVLOPP`` → CVL); codes that are not
actor sectors (``~JNK``, ``~NON``) are dropped.  NGEC-2025 (the PLOVER revision) wins over
Phoenix; ``agents_hand.tsv`` (same columns) is applied on top at load time.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "actors" / "agents.tsv"
SKIP = {"JNK", "NON", "UNK"}
PLOVER = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
          "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"}
# CAMEO-era agent codes → PLOVER sectors.  In CAMEO (Phoenix) "MED" was media and "HLH" health
# (PLOVER manual, sector code note 4); religions become REL; NGOs and movements SOC.
CAMEO_TO_PLOVER = {"HLH": "MED", "NGO": "SOC", "NGM": "SOC", "MUS": "REL", "CHR": "REL",
                   "JEW": "REL", "HIN": "REL", "BUD": "REL", "CTH": "REL", "PPL": "CVL",
                   "ENV": "SOC", "HRI": "SOC", "INS": "REB", "SEP": "REB", "MNC": "BUS",
                   "RAD": "REB", "IMG": "REB", "DEV": "SOC"}
LINE = re.compile(r"^([^#\[]+?)\s*\[~([A-Z]+)\]")
BRACES = re.compile(r"^(.*?)\s*\{([^}]*)\}$")


def parse(path: Path) -> dict[str, str]:
    subs: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        sub = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", raw)
        if sub:
            subs[sub.group(1)] = [w.strip() for w in sub.group(2).split(",")]
            continue
        m = LINE.match(raw)
        if not m:
            continue
        phrase, code = m.group(1).strip(), m.group(2)
        # "cattle thief {cattle thieves}", "adm. {}": an irregular plural in braces, its own row
        braced = BRACES.match(phrase)
        forms = [braced.group(1), braced.group(2)] if braced else [phrase]
        for key, values in subs.items():
            if key in phrase:
                forms = [f.replace(key, "_" + v) for f in forms for v in values]
        for form in forms:
            text = re.sub(r"\s+", " ", form.replace("_", " ")).strip().lower()
            if text and code[:3] not in SKIP:
                out.setdefault(text, code)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    shared = Path(ap.parse_args().shared)
    table: dict[str, tuple[str, str]] = {}
    for source, path in (("ngec2025", shared / "plover" / "ngec2025_PLOVER_agents.txt"),
                         ("phoenix", shared / "petrarch" / "Phoenix.agents.txt")):
        for phrase, code in parse(path).items():
            sector = code[:3]
            if source == "phoenix" and sector == "MED":
                sector = "JRN"
            sector = CAMEO_TO_PLOVER.get(sector, sector)
            if sector in PLOVER:
                table.setdefault(phrase, (sector + code[3:], source))
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("# phrase\tsector\tcode\tsource  (built by scripts/build_agents.py)\n")
        for phrase, (code, source) in sorted(table.items()):
            fh.write(f"{phrase}\t{code[:3]}\t{code}\t{source}\n")


if __name__ == "__main__":
    main()
