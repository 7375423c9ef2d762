"""Event dates: the time layer's value for the trigger, and the historical mode."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from ..records import Event

# An asserted event dated wholly before this window ending at the publication date is history.
HISTORICAL_WINDOW = timedelta(days=31)


def dated(
    event: Event,
    trigger: int,
    date_of: Callable[[int], tuple[str | None, str]] | None,
    dct: date | None,
) -> Event:
    """The event's own date when a time expression governs it; historical when well before."""
    if date_of is None:
        return event
    value, precision = date_of(trigger)
    mode = event.mode
    if mode == "asserted" and dct is not None and ends_before(value, dct - HISTORICAL_WINDOW):
        mode = "historical"
    return replace(event, date=value, date_precision=precision, mode=mode)  # type: ignore[arg-type]


def ends_before(value: str | None, limit: date) -> bool:
    """True when the whole period ``value`` (YYYY, YYYY-MM or YYYY-MM-DD) lies before ``limit``."""
    if not value or not value[:4].isdigit():
        return False
    try:
        if len(value) >= 10:
            end = date.fromisoformat(value[:10])
        elif len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        else:
            end = date(int(value[:4]), 12, 31)
    except ValueError:
        return False
    return end < limit


def publication_date(published: str | None) -> tuple[str | None, str]:
    """Until the time layer governs clauses, an event is dated by its article at day precision."""
    if not published:
        return None, "none"
    day = published[:10]
    if len(day) == 10:
        return day, "day"
    if len(day) == 7:
        return day, "month"
    return day[:4], "year"
