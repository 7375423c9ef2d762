"""What an article has said so far that its later time expressions count from.

News narrates: it names a date, then says "the next morning" or "that quarter"; a results report
names its quarter once ("the fiscal first quarter ended Sept. 30") and then says "the latest
period" and "a year earlier". The tagger values expressions in text order and threads a
:class:`Narrative` through them; :func:`emit` records one valued expression and returns the
state after it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from dataclasses import dataclass

from ..records import Timex, Token
from . import anchor
from .normalize import Context, Normalizer

_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})  # "third-quarter | profit"
_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
_DAY_VALUE = re.compile(r"^(\d{4})-\d{2}-\d{2}$")
_CALENDAR = re.compile(r"^\d{4}(-(\d{2}|Q\d)(-\d{2})?)?$")  # a year, quarter, month or day
_YEAR_WORD = re.compile(r"\d{4}")
_HALF_QUARTER = 45  # days from a quarter's last day back to its middle


@dataclass(frozen=True, slots=True)
class Narrative:
    """The narrative state between two expressions."""

    reference: str | None = None  # the latest calendar value mentioned ("the next morning")
    quarter: str | None = None  # the latest quarter mentioned ("that quarter")
    reported: int | None = None  # the quarter number a results report named as its own
    closing: bool = False  # the last expression is a yearless quarter a date closes next
    named: bool = False  # that quarter has an ordinal ("the second quarter ended Oct. 31")


@dataclass(frozen=True, slots=True)
class Found:
    """One valued expression with the context it was valued in and its syntactic head."""

    timex: Timex
    ctx: Context
    head: Token


def emit(
    normalizer: Normalizer,
    state: Narrative,
    found: Found,
    dct: dt.date | None,
    out: list[Timex],
) -> Narrative:
    """Appends ``found`` to ``out`` and returns the state after it.

    A day right after a yearless quarter that a period verb closes moves that quarter back to
    the day's year ("the second quarter | ended | Oct. 31" told a year back is the previous
    year's second quarter; a fiscal quarter ending next January stays in its year);
    a quarter without an ordinal, before any quarter was named, is also numbered by it: the
    calendar quarter holding the middle of the three months ("the quarter ended July 31" is
    the second), which is then the one reported.
    """
    timex = found.timex
    if state.closing and out and _DAY_VALUE.match(timex.value):
        closed = out[-1]
        end = dt.date.fromisoformat(timex.value)
        value = f"{min(end.year, int(closed.value[:4])):04d}{closed.value[4:]}"
        if not state.named and state.reported is None:
            middle = end - dt.timedelta(days=_HALF_QUARTER)
            value = anchor.quarter_value(middle.year, anchor.quarter_of(middle))
            state = dataclasses.replace(state, reported=anchor.quarter_of(middle))
        out[-1] = dataclasses.replace(closed, value=value)
        state = dataclasses.replace(state, quarter=value)
    out.append(timex)
    return _advance(normalizer, state, found, dct)


def _advance(
    normalizer: Normalizer, state: Narrative, found: Found, dct: dt.date | None
) -> Narrative:
    """The state after ``found``. The first ordinal quarter of the reporting year named in a
    clause that is not about the future sets the reported quarter ("reported a decline in
    fourth-quarter earnings"); a later one overrides it when it is marked fiscal, closed by a
    date ("the fiscal first quarter ended Sept. 30") or qualifies results in the past tense
    (the next company of a round-up: "said third-quarter profit jumped"), but not when it is
    merely discussed ("no estimate of the impact on fourth-quarter results", "after a flat
    second quarter")."""
    timex, ctx = found.timex, found.ctx
    calendar = timex.type == "DATE" and _CALENDAR.match(timex.value) is not None
    reference = timex.value if calendar else state.reference
    match = _QUARTER_VALUE.match(timex.value)
    if match is None:
        return Narrative(reference, state.quarter, state.reported)
    words = normalizer.words(timex.text)
    syms = normalizer.symbols(words)
    ordinal = any(
        a.kind == "ORD" and b.kind == "UNIT" and b.value == "Q" for a, b in itertools.pairwise(syms)
    )
    reported = state.reported
    if (
        ordinal
        and dct is not None
        and int(match[1]) == anchor.latest_quarter(dct)[0]
        and ctx.tense not in ("future", "near")
    ):
        explicit = ctx.period or bool(set(words) & normalizer.lex.fiscal_words)
        results = ctx.tense == "past" and found.head.dep in _MODIFIER_DEPS
        if reported is None or explicit or results:
            reported = int(match[2])
    closing = ctx.period and not any(_YEAR_WORD.fullmatch(w) for w in words)
    return Narrative(reference, timex.value, reported, closing, ordinal)
