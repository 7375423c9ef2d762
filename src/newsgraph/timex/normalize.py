"""TimeML type and value of one time expression's text, given the DCT and the clause's tense.

Numeric dates, clock times, holidays and fixed phrases ("now", "daily") are read directly;
everything else is rewritten into typed symbols (:mod:`newsgraph.timex.symbols`) and valued
by the signature grammar (:mod:`newsgraph.timex.rules`). Expressions that count from a date
the article mentioned earlier ("the following month") go to :mod:`newsgraph.timex.anaphora`.
"""

from __future__ import annotations

import datetime as dt
import re

from . import anaphora, anchor
from .lexicon import ANCHORED_VALUES, TimexLexicon
from .rules import RULES, checked_day, day_or_x, reported_quarter
from .symbols import NOISE, Context, Result, Sym, symbolize

__all__ = ["Context", "Normalizer", "Result", "Sym"]

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})")
_CLOCK = re.compile(r"(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?", re.IGNORECASE)
_CLOCK_IN = re.compile(
    r"\b(\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)(?:\s+[a-z]{2,4}t\b)?|\b(?:noon|midnight)\b"
)
_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DAY_VALUE = re.compile(r"(\d{4}|XXXX)-(\d{2}|XX)-(\d{2}|XX)")
_WORD = re.compile(r"'\d0s|\d+(?:st|nd|rd|th|s)?|[a-z]+(?:'s)?|'s|[:]", re.IGNORECASE)


class Normalizer:
    """Turns an expression's text into (TimeML type, value), or None when it is no timex."""

    def __init__(self, lexicon: TimexLexicon) -> None:
        self.lex = lexicon

    def normalize(self, text: str, ctx: Context) -> Result | None:
        lowered = " ".join(text.lower().split())
        numeric = self._numeric(lowered, ctx)
        if numeric is not None:
            return numeric
        clock = _CLOCK_IN.search(lowered)
        if clock is not None and clock.group(0) != lowered:
            return self._with_clock(lowered, clock, ctx)
        words = self.words(lowered)
        fixed = self._fixed(words, ctx)
        if fixed is not None:
            return fixed
        if len(words) > 1 and words[-1] == "now" and "from" not in words:
            return None  # "five months now": a duration and the present, two expressions
        syms = self.symbols(words)
        relative = self._counted_from(words, syms, ctx)
        if relative is not None:
            return relative
        kinds = [s.kind for s in syms if s.kind not in NOISE]
        core = [s for s in syms if s.kind not in NOISE]
        value = self._anaphoric(words, core, ctx)
        if value is not None:
            return "DATE", value
        signature = " ".join(kinds)
        for pattern, rule in RULES:
            if pattern.fullmatch(signature):
                result = rule(core, ctx, syms)
                if result is not None:
                    return result
        return None

    def _anaphoric(self, words: list[str], core: list[Sym], ctx: Context) -> str | None:
        """The value of an expression counted from the article's latest date ("the following
        month", "that Friday"), or None when it is not anaphoric. A part of day counts as its
        day ("that night", "the next morning"), and "the next" is anaphoric before a day
        ("appeared in court the next morning"), where without "the" it counts from the DCT.
        A quarter counts from the latest quarter named ("that quarter"), not from the quarter
        of the latest day."""
        reference = ctx.reference
        if reference is None:
            return None
        shifts = [self.lex.anaphoric[w] for w in words if w in self.lex.anaphoric]
        kinds = [x.kind for x in core]
        day_level = any(
            x.kind in ("POD", "WDAY") or (x.kind == "UNIT" and x.value == "D") for x in core
        )
        if not shifts and day_level and words[0] == "the":
            shifts = [
                self.lex.definite_anaphoric[w] for w in words if w in self.lex.definite_anaphoric
            ]
        if not shifts:
            return None
        if "POD" in kinds and "UNIT" not in kinds and "WDAY" not in kinds:
            kinds = ["UNIT" if k == "POD" else k for k in kinds]
            return anaphora.resolve(kinds, "D", shifts[0], reference)
        target = next((x.value for x in core if x.kind in ("UNIT", "WDAY")), None)
        if target is None:
            return None
        if target == "Q" and ctx.quarter is not None:
            reference = ctx.quarter
        return anaphora.resolve(kinds, target, shifts[0], reference)

    def _counted_from(self, words: list[str], syms: list[Sym], ctx: Context) -> Result | None:
        """ "The day before last Tuesday", "two days after Christmas": a day-precise date named
        after "before"/"after", shifted by the days or weeks counted in front of it."""
        at = next((i for i, w in enumerate(words) if w in ("before", "after")), None)
        if at is None or at == 0 or at == len(words) - 1:
            return None
        counted = [s for s in syms[:at] if s.kind not in NOISE]
        if not counted or counted[-1].kind not in ("UNIT", "UNITS") or len(counted) > 2:
            return None
        unit = counted[-1].value
        amount = counted[0].value if len(counted) == 2 and counted[0].kind == "NUM" else 1
        if unit not in ("D", "W") or (len(counted) == 2 and counted[0].kind != "NUM"):
            return None
        anchor_value = self.normalize(" ".join(words[at + 1 :]), ctx)
        if anchor_value is None:
            return None
        if not _FULL_DAY.fullmatch(anchor_value[1]):
            # Counted from a day whose year is unknown (no DCT): the day is unknown too.
            return ("DATE", "XXXX-XX-XX") if anchor_value[1].startswith("XXXX") else None
        days = int(amount) * (7 if unit == "W" else 1) * (-1 if words[at] == "before" else 1)
        shifted = dt.date.fromisoformat(anchor_value[1]) + dt.timedelta(days=days)
        return "DATE", anchor.day_value(shifted)

    def words(self, text: str) -> list[str]:
        """The lower-cased words of an expression, leading prepositions dropped."""
        words = _WORD.findall(text.lower().replace("-", " ").replace("’", "'"))
        while len(words) > 1 and words[0] in self.lex.strip_leading:
            words.pop(0)
        return words

    def symbols(self, words: list[str]) -> list[Sym]:
        """The typed symbols of lower-cased ``words`` (see :func:`symbols.symbolize`)."""
        return symbolize(self.lex, words)

    # -- special forms -----------------------------------------------------------------------

    def _numeric(self, text: str, ctx: Context) -> Result | None:
        if m := _ISO.fullmatch(text):
            return checked_day(int(m[1]), int(m[2]), int(m[3]))
        if m := _DOTTED.fullmatch(text):
            return checked_day(int(m[3]), int(m[2]), int(m[1]))
        if m := _SLASHED.fullmatch(text):
            year = int(m[3]) + (1900 if len(m[3]) == 2 and int(m[3]) > 50 else 0)
            year += 2000 if len(m[3]) == 2 and year < 100 else 0
            return checked_day(year, int(m[1]), int(m[2]))
        if (m := _CLOCK.fullmatch(text)) and (m[2] or m[3]):
            hour = int(m[1]) % 12 + (12 if m[3] and m[3].startswith("p") else 0)
            if not m[3]:
                hour = int(m[1])
            if hour > 23 or int(m[2] or 0) > 59:
                return None
            return "TIME", f"{day_or_x(ctx.dct)}T{hour:02d}:{int(m[2] or 0):02d}"
        return None

    def _with_clock(self, text: str, clock: re.Match[str], ctx: Context) -> Result | None:
        """ "9 a.m. Tuesday", "5 p.m. EST Nov. 9": the date part's day with the clock time."""
        if clock.group(1) is None:
            hour = "T12:00" if "noon" in clock.group(0) else "T24:00"
        else:
            time = self._numeric(" ".join(clock.group(1).split()), ctx)
            if time is None:
                return None
            hour = time[1][time[1].index("T") :]
        rest = (text[: clock.start()] + " " + text[clock.end() :]).strip(" ,")
        date = self.normalize(rest, ctx) if rest else None
        if date is None or not _DAY_VALUE.fullmatch(date[1]):
            return None
        return "TIME", date[1] + hour

    def _holiday(self, key: str, ctx: Context) -> Result | None:
        """ "Christmas", "last Thanksgiving", "next Labor Day": a fixed-date holiday, or one on
        the nth weekday of its month, in the year the shift word or the tense points to."""
        first, _, rest = key.partition(" ")
        shift = self.lex.shifts.get(first) if rest else None
        name = rest if shift is not None else key
        if name in self.lex.holidays:
            month, day = self.lex.holidays[name]
            unknown = f"XXXX-{month:02d}-{day:02d}"

            def on(year: int) -> dt.date:
                return dt.date(year, month, day)
        elif name in self.lex.floating_holidays:
            month, nth, iso_day = self.lex.floating_holidays[name]
            unknown = f"XXXX-{month:02d}-XX"  # the day depends on the year

            def on(year: int) -> dt.date:
                return anchor.nth_weekday(year, month, nth, iso_day)
        else:
            return None
        if ctx.dct is None:
            return "DATE", unknown
        dct = ctx.dct
        if shift is not None and shift < 0:
            year = dct.year if on(dct.year) < dct else dct.year - 1
        elif shift is not None and shift > 0:
            year = dct.year if on(dct.year) > dct else dct.year + 1
        elif shift == 0:
            year = dct.year
        else:
            year = anchor.year_for(dct, month, on(dct.year).day, ctx.tense, ctx.bound)
        return "DATE", anchor.day_value(on(year))

    def _fixed(self, words: list[str], ctx: Context) -> Result | None:
        key = " ".join(w for w in words if w not in ("the", "of"))
        key = key[:-2] if key.endswith("'s") else key
        holiday = self._holiday(key, ctx)
        if holiday is not None:
            return holiday
        if key not in self.lex.fixed:
            return None
        kind, value = self.lex.fixed[key]
        if value not in ANCHORED_VALUES:
            return kind, value
        if value == "THIS_YEAR" and ctx.period:
            return "DURATION", "P1Y"  # "the year ended March 31": a fiscal year, not 1989
        dct = ctx.dct
        if dct is None:
            return kind, "XXXX"
        if value == "WEEKEND":
            saturday = dct - dt.timedelta(days=(dct.isoweekday() - 6) % 7)
            return kind, anchor.week_value(saturday) + "-WE"
        if value == "THIS_WEEK":
            return kind, anchor.week_value(dct)
        if value == "THIS_MONTH":
            return kind, anchor.month_value(dct.year, dct.month)
        if value == "THIS_QUARTER":
            return kind, anchor.quarter_value(*reported_quarter(dct, ctx))
        if value == "CURRENT_QUARTER":  # the one under way, not the one just reported
            return kind, anchor.quarter_value(dct.year, anchor.quarter_of(dct))
        if value == "TODAY":
            return kind, anchor.day_value(dct)
        return kind, f"{dct.year:04d}"
