"""Newswire headers: byline, dateline and agency, and closing credits (not yet implemented)."""

from __future__ import annotations

from dateline.record import Meta


def read_headers(text: str, meta: Meta) -> Meta:
    return meta
