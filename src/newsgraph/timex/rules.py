"""The grammar from symbol signatures to TimeML values.

Each rule pairs a regular expression over the signature of an expression's core symbols
("MONTH NUM YEAR", "SHIFT UNIT", "NUM UNIT AGO") with a handler that computes the value:
calendar-complete forms are read off the symbols, DCT-anchored ones are computed with
:mod:`newsgraph.timex.anchor`. Without a DCT, anchored parts become ``X`` (``XXXX-07-10``) as
TimeML prescribes. The first rule whose pattern matches and whose handler returns a value wins.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from . import anchor
from .symbols import Context, Result, Sym


def checked_day(year: int, month: int, day: int) -> Result | None:
    """A DATE value for a calendar day, or None when no such day exists (Feb. 30)."""
    try:
        return "DATE", dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def reported_quarter(dct: dt.date, c: Context) -> tuple[int, int]:
    """The (year, quarter) a results report around the DCT is about: the latest quarter's year,
    numbered as the report named it ("the fiscal first quarter ended Sept. 30"), else the
    latest calendar quarter."""
    year, quarter = anchor.latest_quarter(dct)
    return year, c.reported or quarter


def day_or_x(dct: dt.date | None) -> str:
    """The DCT's day, or the TimeML unknown day without a DCT."""
    return dct.isoformat() if dct is not None else "XXXX-XX-XX"


def _year_or_x(dct: dt.date | None, delta: int = 0) -> str:
    return f"{dct.year + delta:04d}" if dct is not None else "XXXX"


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _duration(amount: float | None, unit: str) -> str:
    count = "X" if amount is None else _num(amount)
    if unit.startswith("T"):
        return f"PT{count}{unit[1]}"
    if unit == "W2":
        return f"P{'X' if amount is None else _num(2 * amount)}W"
    if unit in ("DE", "CE", "MIL"):
        scale = {"DE": 10, "CE": 100, "MIL": 1000}[unit]
        return f"P{'X' if amount is None else _num(scale * amount)}Y"
    if unit == "Q":
        return f"P{'X' if amount is None else _num(3 * amount)}M"
    return f"P{count}{unit}"


# -- grammar rules: (signature regex, handler(core symbols, context, all symbols)) --

Rule = Callable[[list[Sym], Context, list[Sym]], Result | None]


def _year(s: list[Sym], c: Context, a: list[Sym]) -> Result:
    return "DATE", f"{int(s[0].value):04d}"


def _decade(s: list[Sym], c: Context, a: list[Sym]) -> Result:
    """ "the 1990s", "the last half of the '80s": TimeML has no smaller unit than the decade."""
    return "DATE", f"{int(s[-1].value):03d}"


def _century(s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    if s[-1].value != "CE":
        return _quarter(s, c, a)
    return "DATE", f"{int(s[0].value) - 1:02d}"


def _nth_day(s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    """ "It's the second day of the offensive": a day counted within an event, not a span. In
    the present tense it is the DCT; otherwise the event's start is not known here."""
    if s[-1].value != "D":
        return None
    if c.tense == "present" and c.dct is not None:
        return "DATE", c.dct.isoformat()
    return "DATE", "XXXX-XX-XX"


def _month_day_year(s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    month = next(x.value for x in s if x.kind == "MONTH")
    day = next(x.value for x in s if x.kind in ("NUM", "ORD"))
    year = next(x.value for x in s if x.kind == "YEAR")
    return checked_day(int(year), int(month), int(day))


def _month_day(s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    month = int(next(x.value for x in s if x.kind == "MONTH"))
    day = int(next(x.value for x in s if x.kind in ("NUM", "ORD")))
    if not 1 <= day <= 31:
        return None
    if checked_day(2000, month, day) is None:  # no such day even in a leap year
        return None
    if c.dct is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    found = checked_day(anchor.year_for(c.dct, month, day, c.tense, c.bound), month, day)
    return found if found is not None else ("DATE", f"XXXX-{month:02d}-{day:02d}")


def _week_of(s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    """ "the week of March 6": the ISO week containing the day."""
    if s[0].value != "W":
        return None
    rest = s[1:]
    day = (_month_day_year if rest[-1].kind == "YEAR" else _month_day)(rest, c, a)
    if day is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day[1]):
        return "DATE", "XXXX-WXX"
    return "DATE", anchor.week_value(dt.date.fromisoformat(day[1]))


def _month_year(s: list[Sym], c: Context, a: list[Sym]) -> Result:
    return "DATE", anchor.month_value(int(s[-1].value), int(s[0].value))


def _month(s: list[Sym], c: Context, a: list[Sym]) -> Result:
    month = int(s[-1].value)
    if c.dct is None:
        return "DATE", f"XXXX-{month:02d}"
    if s[0].kind == "SHIFT":
        return "DATE", anchor.month_value(
            anchor.shifted_month(c.dct, month, int(s[0].value)), month
        )
    return "DATE", anchor.month_value(anchor.year_for(c.dct, month, None, c.tense, c.bound), month)


def _ordinal_day(s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    day = int(s[0].value)
    if not 1 <= day <= 31 or not s[0].word[0].isdigit():
        return None
    if c.dct is None:
        return "DATE", f"XXXX-XX-{day:02d}"
    found = anchor.day_of_month(c.dct, day, c.tense)
    return ("DATE", found.isoformat()) if found is not None else None


def _weekday(s: list[Sym], c: Context, a: list[Sym]) -> Result:
    # "this coming Sunday", "this past Friday": the shift next to the weekday decides.
    shifts = [int(x.value) for x in s if x.kind == "SHIFT"]
    shift = shifts[-1] if shifts else None
    wday = next(x for x in s if x.kind == "WDAY")
    if c.dct is None:
        return "DATE", f"XXXX-WXX-{wday.value}"
    # "Friday night" dates a day: news annotation keeps the part of day out of the value.
    return "DATE", anchor.weekday(c.dct, int(wday.value), c.tense, shift).isoformat()


def _dayref(s: list[Sym], c: Context, a: list[Sym]) -> Result:
    ref = next(x for x in s if x.kind == "DAYREF")
    pod = next((x for x in s if x.kind == "POD"), None)
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[str(ref.value)]
    day = (c.dct + dt.timedelta(days=offset)).isoformat() if c.dct else "XXXX-XX-XX"
    if pod is not None and ref.value != "today":
        return "DATE", day
    return ("TIME", f"{day}T{pod.value}") if pod is not None else ("DATE", day)


def _this_pod(s: list[Sym], c: Context, a: list[Sym]) -> Result:
    """ "This morning", "last night", "later this afternoon": a part of the DCT's day (of the
    day before after "last")."""
    shift = next((int(x.value) for x in s if x.kind == "SHIFT"), 0)
    day = c.dct + dt.timedelta(days=-1 if shift < 0 else 0) if c.dct else None
    return "TIME", f"{day_or_x(day)}T{s[-1].value}"


def _shift_unit(s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    shift, unit = int(s[0].value), str(s[-1].value)
    if c.dct is None:
        return "DATE", "XXXX"
    if unit == "Q" and shift == 0:
        return "DATE", anchor.quarter_value(*reported_quarter(c.dct, c))
    value = anchor.shift_unit(c.dct, unit, shift)
    return ("DATE", value) if value is not None else None


def _shift_season(s: list[Sym], c: Context, a: list[Sym]) -> Result:
    # "this past spring": the shift next to the season decides.
    shift = int(s[-2].value) if len(s) > 1 and s[-2].kind == "SHIFT" else None
    season = str(s[-1].value)
    if c.dct is None:
        return "DATE", f"XXXX-{season}"
    return "DATE", f"{anchor.season_year(c.dct, season, c.tense, shift):04d}-{season}"


def _season_year(s: list[Sym], c: Context, a: list[Sym]) -> Result:
    return "DATE", f"{int(s[1].value):04d}-{s[0].value}"


def _duration_rule(s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    if len(s) == 1 and c.period and s[0].value == "Y":
        return "DURATION", "P1Y"  # "the fiscal year ended June 30"
    if len(s) == 1 and any(x.kind == "MOD" for x in a):
        return _unit_edge(s, c, a)  # "year-end", "the fiscal year": the DCT's unit
    amount = next((x.value for x in s if x.kind == "NUM"), None)
    if s[-1].kind == "UNITS" and amount is None:
        return "DURATION", _duration(None, str(s[-1].value))
    return "DURATION", _duration(float(amount or 1), str(s[-1].value))


def _first_units(s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    """ "The first two years": a duration; "the 10th, two days" is two expressions."""
    if s[0].word[:1].isdigit():
        return None
    return _duration_rule(s, c, a)


def _vague_units(s: list[Sym], c: Context, a: list[Sym]) -> Result:
    """ "the next few days" is a vague duration; "the past several quarters" and "the coming
    months" point at the past or future as a whole."""
    words = {x.word for x in s}
    if "coming" in words:
        return "DATE", "FUTURE_REF"
    if any(x.kind == "SHIFT" and int(x.value) < 0 for x in s):
        return "DATE", "PAST_REF"
    return "DURATION", _duration(None, str(s[-1].value))


def _ago(s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    units = [i for i, x in enumerate(s) if x.kind in ("UNIT", "UNITS")]
    # The count is the number next to the last unit ("seven a year ago" counts one year); a
    # unit before it names what is counted back ("the quarter a year ago").
    amount = next((x.value for x in reversed(s[: units[-1]]) if x.kind == "NUM"), None)
    unit = str(s[units[-1]].value)
    counted = str(s[units[0]].value)
    direction = -1 if s[-1].kind == "AGO" else 1
    if s[-1].word == "later":
        # "three days later" counts from the narrative, not the DCT: TimeML marks the span.
        return "DURATION", _duration(None if amount is None else float(amount), unit)
    if amount is None or c.dct is None:
        return "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF"
    if unit == "Y" and (c.quarterly or counted == "Q") and amount == 1:
        year, quarter = reported_quarter(c.dct, c)
        return "DATE", anchor.quarter_value(year + direction, quarter)
    if unit in ("DE", "CE"):
        # "a decade ago" is the year ten years back, as "ten years ago" is; the decade as a
        # whole is "the last decade" (_decade).
        years = 10 if unit == "DE" else 100
        return "DATE", anchor.shift_unit(c.dct, "Y", int(direction * amount * years))
    if not float(amount).is_integer():
        return "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF"
    value = anchor.shift_unit(c.dct, unit, int(direction * amount))
    return ("DATE", value) if value is not None else None


def _quarter(s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    ordinal = next(x for x in s if x.kind == "ORD")
    quarter = int(ordinal.value)
    if not 1 <= quarter <= 4 and quarter != -1:
        return None
    year_sym = next((x for x in s if x.kind == "YEAR"), None)
    shift = next((int(x.value) for x in s if x.kind == "SHIFT"), 0)
    if any(x.kind == "AGO" for x in s):
        shift = -1  # "the year-ago third quarter"
    if year_sym is not None:
        year = int(year_sym.value)
    elif c.dct is None:
        year = None
    else:
        year = c.dct.year + shift
    if quarter == -1:
        quarter = 4
    if any(x.kind == "UNIT" and x.value == "Q" for x in s):
        return "DATE", f"{year:04d}-Q{quarter}" if year is not None else f"XXXX-Q{quarter}"
    return None


def _year_quarter(s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    """ "the 1988 quarter", "last year's quarter", "the year-ago quarter": the quarter being
    reported, in the year named or a year back."""
    if s[-1].value != "Q":
        return None
    named = next((int(x.value) for x in s if x.kind == "YEAR"), None)
    if c.dct is None:
        return "DATE", f"{named:04d}-QX" if named is not None else "XXXX-QX"
    year, quarter = reported_quarter(c.dct, c)
    if named is not None:
        year = named
    elif any(x.kind in ("AGO", "SHIFT") and int(x.value) < 0 for x in s):
        year -= 1
    return "DATE", anchor.quarter_value(year, quarter)


def _spoken_year(s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    """ "the year two thousand": a year said in words after "year"."""
    if s[0].value != "Y" or not 1000 <= float(s[1].value) <= 2199:
        return None
    return "DATE", f"{int(s[1].value):04d}"


def _month_of_year(s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    """ "June last year", "January this year"."""
    if s[-1].value != "Y":
        return None
    if c.dct is None:
        return "DATE", f"XXXX-{int(s[0].value):02d}"
    return "DATE", anchor.month_value(c.dct.year + int(s[1].value), int(s[0].value))


def _half(s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    """ "the first half", "the second half of 1990", "the last half of 1989"."""
    ordinal = int(s[0].value)
    half = 2 if ordinal == -1 else ordinal
    if half not in (1, 2) or s[1].word != "half":
        return None
    if s[0].kind == "SHIFT" and ordinal != -1:
        return None  # "this half", "next half": no calendar half-year
    year = f"{int(s[2].value):04d}" if len(s) > 2 else _year_or_x(c.dct)
    return "DATE", f"{year}-H{half}"


def _report_period(s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    """ "the latest period", "the year-ago period", "the 1988 period" in a quarterly report:
    the quarter being reported, in the year named or a year back."""
    if not c.quarterly:
        return None
    named = next((int(x.value) for x in s if x.kind == "YEAR"), None)
    if c.dct is None:
        return "DATE", f"{named:04d}-QX" if named is not None else "XXXX-QX"
    year, quarter = reported_quarter(c.dct, c)
    back = any(x.kind in ("AGO", "SHIFT") and int(x.value) < 0 for x in s)
    if named is not None:
        year = named
    elif back and any(x.kind == "UNIT" and x.value == "Y" for x in s):
        year -= 1
    return "DATE", anchor.quarter_value(year, quarter)


def _year_earlier(s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    if next(x.value for x in s if x.kind == "UNIT") != "Y":
        return _ago(s, c, a) if s[-1].kind == "AGO" else None
    if c.dct is None:
        return "DATE", "XXXX"
    if c.quarterly or any(x.value == "Q" for x in s if x.kind == "UNIT"):
        year, quarter = reported_quarter(c.dct, c)
        return "DATE", anchor.quarter_value(year - 1, quarter)
    return "DATE", _year_or_x(c.dct, -1)


def _relative_this(s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    """ "earlier this year", "later this month": the unit containing the DCT."""
    unit = str(s[-1].value)
    if c.dct is None:
        return "DATE", "XXXX"
    shift = int(s[-2].value) if len(s) >= 2 and s[-2].kind == "SHIFT" else 0
    value = anchor.shift_unit(c.dct, unit, shift)
    return ("DATE", value) if value is not None else None


def _unit_edge(s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    """ "year-end", "the end of the month": the DCT's unit."""
    if c.dct is None:
        return "DATE", "XXXX"
    value = anchor.shift_unit(c.dct, str(s[-1].value), 0)
    return ("DATE", value) if value is not None else None


RULES: tuple[tuple[re.Pattern[str], Rule], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"YEAR", _year),
        (r"((ORD|SHIFT) NUM )?DECADE", _decade),
        (r"ORD UNIT", _century),
        (r"ORD UNIT", _nth_day),
        (r"(SHIFT )*(WDAY )?(MONTH (NUM|ORD)|(NUM|ORD) MONTH) YEAR", _month_day_year),
        (r"(SHIFT )*(WDAY )?(MONTH (NUM|ORD)|(NUM|ORD) MONTH)", _month_day),
        (r"UNIT (MONTH (NUM|ORD)|(NUM|ORD) MONTH)( YEAR)?", _week_of),
        (r"MONTH YEAR", _month_year),
        (r"(SHIFT )?MONTH", _month),
        (r"ORD", _ordinal_day),
        (r"(SHIFT |AGO |LATER )*(WDAY|WDAY POD|POD WDAY)", _weekday),
        (r"(AGO |LATER )?(DAYREF|DAYREF POD|POD DAYREF)", _dayref),
        (r"(AGO |LATER )?(SHIFT )?POD", _this_pod),
        (r"(SHIFT|VAGUE)? ?(NUM|ORD) UNITS?", _duration_rule),
        (r"SHIFT UNIT", _shift_unit),
        (r"(AGO|LATER) (SHIFT )?UNIT", _relative_this),
        (r"(SHIFT )*SEASON", _shift_season),
        (r"SEASON YEAR", _season_year),
        (r"(SHIFT |YEAR |UNIT AGO )?ORD UNIT( YEAR)?", _quarter),
        (r"(SHIFT UNIT|YEAR|UNIT AGO) UNIT", _year_quarter),
        (r"UNIT NUM", _spoken_year),
        (r"MONTH SHIFT UNIT", _month_of_year),
        (r"(SHIFT |YEAR )?UNIT (ORD UNIT)", _quarter),
        (r"(ORD|SHIFT) NUM( YEAR)?", _half),
        (r"(SHIFT |YEAR |UNIT AGO )?PERIOD( SHIFT UNIT| NUM UNIT AGO)?", _report_period),
        (r"ORD NUM UNITS", _first_units),
        (r"(NUM )?UNIT AGO( UNIT)?", _year_earlier),
        (r"(SHIFT )?(VAGUE )*UNITS", _vague_units),
        (r"(NUM|VAGUE|UNIT) ?(NUM )?UNITS? (AGO|LATER)", _ago),
        (r"(VAGUE )?NUM UNITS?", _duration_rule),
        (r"UNIT", _duration_rule),
        (r"MOD UNIT", _unit_edge),
    )
)
