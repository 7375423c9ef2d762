"""Expressions anchored on a date the article mentioned earlier, not on the DCT.

"The following month", "that year", "the previous Friday" and "later that year" continue the
narrative's own time line: reports of past events name a date and then count from it. The
tagger passes the latest calendar value it resolved (a year, quarter, month or day) as the
reference; this module shifts it by the expression's unit. When the reference is coarser than
the unit ("the following month" after "1988"), nothing is resolved and the DCT rules apply.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import anchor

_VALUE = re.compile(r"^(\d{4})(?:-(?:(\d{2})|Q([1-4]))(?:-(\d{2}))?)?$")
# Symbol kinds an anaphoric expression may contain besides its one unit or weekday.
_ALLOWED = frozenset({"SHIFT", "AGO", "LATER"})


@dataclass(frozen=True, slots=True)
class Reference:
    """A calendar value split into its parts; absent parts are None."""

    year: int
    quarter: int | None
    month: int | None
    day: int | None

    @classmethod
    def parse(cls, value: str) -> Reference | None:
        match = _VALUE.match(value)
        if match is None:
            return None
        month = int(match[2]) if match[2] else None
        day = int(match[4]) if match[4] else None
        if month is not None and not 1 <= month <= 12:
            return None
        quarter = int(match[3]) if match[3] else (None if month is None else (month - 1) // 3 + 1)
        return cls(int(match[1]), quarter, month, day)

    def date(self) -> dt.date | None:
        if self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


def resolve(kinds: Sequence[str], target: str | int, shift: int, reference: str) -> str | None:
    """The value of an anaphoric expression whose core symbols are ``kinds`` (one ``UNIT`` or
    ``WDAY`` plus shift words), ``target`` being the unit code or ISO weekday number."""
    if sum(k in ("UNIT", "WDAY") for k in kinds) != 1:
        return None
    if any(k not in _ALLOWED and k not in ("UNIT", "WDAY") for k in kinds):
        return None
    ref = Reference.parse(reference)
    if ref is None:
        return None
    if "WDAY" in kinds:
        return _weekday(ref, int(target), shift)
    unit = str(target)
    if unit == "Y":
        return f"{ref.year + shift:04d}"
    if unit == "Q" and ref.quarter is not None:
        year, month = anchor.add_months(ref.year, 3 * ref.quarter - 2, 3 * shift)
        return anchor.quarter_value(year, anchor.quarter_of(dt.date(year, month, 1)))
    if unit == "M" and ref.month is not None:
        return anchor.month_value(*anchor.add_months(ref.year, ref.month, shift))
    day = ref.date()
    if day is None:
        return None
    if unit == "W":
        return anchor.week_value(day + dt.timedelta(weeks=shift))
    if unit == "D":
        return anchor.day_value(day + dt.timedelta(days=shift))
    return None


def _weekday(ref: Reference, iso_day: int, shift: int) -> str | None:
    """ "The previous Friday": the one before the reference day; "the following Monday" the one
    after it; "that Friday" the one in the reference day's week."""
    day = ref.date()
    if day is None:
        return None
    if shift < 0:
        back = (day.isoweekday() - iso_day) % 7 or 7
        return anchor.day_value(day - dt.timedelta(days=back))
    if shift > 0:
        ahead = (iso_day - day.isoweekday()) % 7 or 7
        return anchor.day_value(day + dt.timedelta(days=ahead))
    return anchor.day_value(day + dt.timedelta(days=iso_day - day.isoweekday()))
