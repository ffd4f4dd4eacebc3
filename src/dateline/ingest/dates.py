"""Publication dates: the anchor every relative date is resolved against."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from dateline.errors import DateError

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def normalize_published(value: Any, name: str = "<input>") -> str:
    """An ISO date (``2025-02-03``) or datetime (``2019-11-25T23:43:03+00:00``).

    Accepts dates, datetimes, ISO strings ("2019-11-25 23:43:03Z" too) and, failing those, what
    dateparser can read ("Feb 3, 2025").  Anything else is a :class:`DateError`.
    """
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if _ISO.match(text):
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError as exc:
            raise DateError(f"{name}: publication date {text!r} is not a real date") from exc
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    if parsed is None:
        raise DateError(
            f"{name}: cannot parse publication date {text!r}; expected YYYY-MM-DD or an ISO "
            f"datetime such as 2025-02-03T14:00:00Z"
        )
    return parsed.date().isoformat() if parsed.time() == dt.time() else parsed.isoformat()


def published_date(published: str | None) -> dt.date | None:
    """The calendar date of a normalized publication value."""
    if not published:
        return None
    return dt.date.fromisoformat(published[:10])
