"""TimeML type and value of one time expression's text, given the DCT and the clause's tense.

The text is first rewritten into a sequence of typed symbols (``YEAR``, ``MONTH``, ``NUM``,
``UNIT``, ``WDAY``, ``SHIFT``, ...) using the lexicon's word tables; the grammar below then
matches the symbol signature ("MONTH NUM YEAR", "SHIFT UNIT", "NUM UNIT AGO") and computes
the value with :mod:`newsgraph.timex.anchor`. Without a DCT, anchored parts become ``X``
(``XXXX-07-10``) as TimeML prescribes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from . import anaphora, anchor
from .anchor import Tense
from .lexicon import ANCHORED_VALUES, TimexLexicon

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})")
_CLOCK = re.compile(r"(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?", re.IGNORECASE)
_CLOCK_IN = re.compile(
    r"\b(\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)(?:\s+[a-z]{2,4}t\b)?|\b(?:noon|midnight)\b"
)
_DAY_VALUE = re.compile(r"(\d{4}|XXXX)-(\d{2}|XX)-(\d{2}|XX)")
_WORD = re.compile(r"'\d0s|\d+(?:st|nd|rd|th|s)?|[a-z]+(?:'s)?|'s|[:]", re.IGNORECASE)
_BACKWARD = frozenset({"ago", "earlier", "before", "previously", "prior"})
_FORWARD = frozenset({"later", "hence", "after", "from"})
_VAGUE = frozenset({"several", "few", "many", "some", "recent", "couple", "coming", "past"})
_MODS = frozenset({"early", "late", "mid", "middle", "end", "beginning", "start", "fiscal"})
_APPROX = frozenset({"about", "around", "nearly", "almost", "roughly", "some", "over", "under"})
_APPROX |= frozenset({"more", "less", "than", "at", "least", "most", "just", "only", "another"})
_FILLER = frozenset({"the", "of", "this", "that", "same", "and", "a", "an", "'s", "'", "year's"})


@dataclass(frozen=True, slots=True)
class Context:
    """What a value depends on besides the words: the DCT and the governing verb's tense."""

    dct: dt.date | None
    tense: Tense = "none"
    quarterly: bool = False  # the sentence talks about fiscal quarters
    reference: str | None = None  # the latest calendar value mentioned before the expression
    bound: bool = False  # it dates the tensed verb's own event, so the tense is binding


@dataclass(frozen=True, slots=True)
class Sym:
    kind: str
    value: int | float | str
    word: str


Result = tuple[str, str]


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
        words = _WORD.findall(lowered.replace("-", " ").replace("’", "'"))
        while len(words) > 1 and words[0] in self.lex.strip_leading:
            words.pop(0)
        fixed = self._fixed(words, ctx)
        if fixed is not None:
            return fixed
        syms = self.symbols(words)
        kinds = [s.kind for s in syms if s.kind not in ("MOD", "APPROX", "FILL")]
        core = [s for s in syms if s.kind not in ("MOD", "APPROX", "FILL")]
        shifts = [self.lex.anaphoric[w] for w in words if w in self.lex.anaphoric]
        target = next((x.value for x in core if x.kind in ("UNIT", "WDAY")), None)
        if ctx.reference is not None and shifts and target is not None:
            value = anaphora.resolve(kinds, target, shifts[0], ctx.reference)
            if value is not None:
                return "DATE", value
        signature = " ".join(kinds)
        for pattern, rule in _RULES:
            if pattern.fullmatch(signature):
                result = rule(self, core, ctx, syms)
                if result is not None:
                    return result
        return None

    # -- symbols ---------------------------------------------------------------------------

    def symbols(self, words: list[str]) -> list[Sym]:
        out: list[Sym] = []
        lex = self.lex
        for word in words:
            bare = word[:-2] if word.endswith("'s") and len(word) > 2 else word
            singular = bare[:-1] if bare.endswith("s") and bare[:-1] in lex.units else bare
            if re.fullmatch(r"\d{4}", bare) and 1000 <= int(bare) <= 2199:
                out.append(Sym("YEAR", int(bare), word))
            elif re.fullmatch(r"\d{3}0s", bare):
                out.append(Sym("DECADE", int(bare[:3]), word))
            elif re.fullmatch(r"'\d0s", bare):
                out.append(Sym("DECADE", 190 + int(bare[1]), word))
            elif re.fullmatch(r"\d+(st|nd|rd|th)", bare):
                out.append(Sym("ORD", int(bare[:-2]), word))
            elif bare.isdigit():
                out.append(Sym("NUM", int(bare), word))
            elif bare in lex.months and not (bare == "may" and out and out[-1].kind == "NUM"):
                out.append(Sym("MONTH", lex.months[bare], word))
            elif bare in lex.weekdays:
                out.append(Sym("WDAY", lex.weekdays[bare], word))
            elif singular in lex.units:
                kind = "UNITS" if singular != bare else "UNIT"
                out.append(Sym(kind, lex.units[singular], word))
            elif bare in lex.seasons:
                out.append(Sym("SEASON", lex.seasons[bare], word))
            elif bare in lex.parts_of_day:
                out.append(Sym("POD", lex.parts_of_day[bare], word))
            elif bare in ("today", "yesterday", "tomorrow", "tonight"):
                out.append(Sym("DAYREF", bare, word))
            elif bare in lex.ordinals and bare not in lex.shifts:
                out.append(Sym("ORD", lex.ordinals[bare], word))
            elif bare in lex.shifts:
                out.append(Sym("SHIFT", lex.shifts[bare], word))
            elif bare in lex.numbers and bare not in ("a", "an"):
                if out and out[-1].kind == "NUM" and isinstance(out[-1].value, int):
                    previous = out.pop()
                    value = lex.numbers[bare]
                    total = previous.value * value if value >= 100 else previous.value + value
                    out.append(Sym("NUM", total, previous.word + " " + word))
                else:
                    out.append(Sym("NUM", lex.numbers[bare], word))
            elif bare in ("a", "an"):
                out.append(Sym("A", 1, word))
            elif bare in _BACKWARD:
                out.append(Sym("AGO", -1, word))
            elif bare in _FORWARD:
                out.append(Sym("LATER", 1, word))
            elif bare in _VAGUE:
                out.append(Sym("VAGUE", 0, word))
            elif bare in _MODS:
                out.append(Sym("MOD", 0, word))
            elif bare in _APPROX:
                out.append(Sym("APPROX", 0, word))
            elif bare in _FILLER or bare == "now":
                out.append(Sym("FILL", 0, word))
            else:
                out.append(Sym("WORD", 0, word))
        return _merge_a(out)

    # -- special forms -----------------------------------------------------------------------

    def _numeric(self, text: str, ctx: Context) -> Result | None:
        if m := _ISO.fullmatch(text):
            return _checked_day(int(m[1]), int(m[2]), int(m[3]))
        if m := _DOTTED.fullmatch(text):
            return _checked_day(int(m[3]), int(m[2]), int(m[1]))
        if m := _SLASHED.fullmatch(text):
            year = int(m[3]) + (1900 if len(m[3]) == 2 and int(m[3]) > 50 else 0)
            year += 2000 if len(m[3]) == 2 and year < 100 else 0
            return _checked_day(year, int(m[1]), int(m[2]))
        if (m := _CLOCK.fullmatch(text)) and (m[2] or m[3]):
            hour = int(m[1]) % 12 + (12 if m[3] and m[3].startswith("p") else 0)
            if not m[3]:
                hour = int(m[1])
            if hour > 23 or int(m[2] or 0) > 59:
                return None
            return "TIME", f"{_day_or_x(ctx.dct)}T{hour:02d}:{int(m[2] or 0):02d}"
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

    def _fixed(self, words: list[str], ctx: Context) -> Result | None:
        key = " ".join(w for w in words if w not in ("the", "of"))
        key = key[:-2] if key.endswith("'s") else key
        if key in self.lex.holidays:
            month, day = self.lex.holidays[key]
            if ctx.dct is None:
                return "DATE", f"XXXX-{month:02d}-{day:02d}"
            year = anchor.year_for(ctx.dct, month, day, ctx.tense, ctx.bound)
            return "DATE", anchor.day_value(dt.date(year, month, day))
        if key not in self.lex.fixed:
            return None
        kind, value = self.lex.fixed[key]
        if value not in ANCHORED_VALUES:
            return kind, value
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
            return kind, anchor.quarter_value(*anchor.latest_quarter(dct))
        if value == "TODAY":
            return kind, anchor.day_value(dct)
        return kind, f"{dct.year:04d}"


def _merge_a(syms: list[Sym]) -> list[Sym]:
    """ "a year" / "a few years": the article counts as one unless a vague word follows."""
    out: list[Sym] = []
    for index, sym in enumerate(syms):
        if sym.kind != "A":
            out.append(sym)
            continue
        following = syms[index + 1].kind if index + 1 < len(syms) else ""
        out.append(
            Sym("NUM", 1, sym.word) if following in ("UNIT", "UNITS") else Sym("FILL", 0, sym.word)
        )
    return out


def _checked_day(year: int, month: int, day: int) -> Result | None:
    try:
        return "DATE", dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _day_or_x(dct: dt.date | None) -> str:
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


# -- grammar rules: (signature regex, handler(normalizer, core symbols, context, all symbols)) --

Rule = Callable[[Normalizer, list[Sym], Context, list[Sym]], Result | None]


def _year(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result:
    return "DATE", f"{int(s[0].value):04d}"


def _decade(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result:
    return "DATE", f"{int(s[0].value):03d}"


def _century(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    if s[-1].value != "CE":
        return _quarter(n, s, c, a)
    return "DATE", f"{int(s[0].value) - 1:02d}"


def _month_day_year(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    month = next(x.value for x in s if x.kind == "MONTH")
    day = next(x.value for x in s if x.kind in ("NUM", "ORD"))
    year = next(x.value for x in s if x.kind == "YEAR")
    return _checked_day(int(year), int(month), int(day))


def _month_day(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    month = int(next(x.value for x in s if x.kind == "MONTH"))
    day = int(next(x.value for x in s if x.kind in ("NUM", "ORD")))
    if not 1 <= day <= 31:
        return None
    if _checked_day(2000, month, day) is None:  # no such day even in a leap year
        return None
    if c.dct is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    found = _checked_day(anchor.year_for(c.dct, month, day, c.tense, c.bound), month, day)
    return found if found is not None else ("DATE", f"XXXX-{month:02d}-{day:02d}")


def _month_year(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result:
    return "DATE", anchor.month_value(int(s[-1].value), int(s[0].value))


def _month(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result:
    month = int(s[-1].value)
    if c.dct is None:
        return "DATE", f"XXXX-{month:02d}"
    if s[0].kind == "SHIFT":
        return "DATE", anchor.month_value(
            anchor.shifted_month(c.dct, month, int(s[0].value)), month
        )
    return "DATE", anchor.month_value(anchor.year_for(c.dct, month, None, c.tense, c.bound), month)


def _ordinal_day(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    day = int(s[0].value)
    if not 1 <= day <= 31 or not s[0].word[0].isdigit():
        return None
    if c.dct is None:
        return "DATE", f"XXXX-XX-{day:02d}"
    found = anchor.day_of_month(c.dct, day, c.tense)
    return ("DATE", found.isoformat()) if found is not None else None


def _weekday(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result:
    shift = int(s[0].value) if s[0].kind == "SHIFT" else None
    wday = next(x for x in s if x.kind == "WDAY")
    if c.dct is None:
        return "DATE", f"XXXX-WXX-{wday.value}"
    # "Friday night" dates a day: news annotation keeps the part of day out of the value.
    return "DATE", anchor.weekday(c.dct, int(wday.value), c.tense, shift).isoformat()


def _dayref(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result:
    ref = next(x for x in s if x.kind == "DAYREF")
    pod = next((x for x in s if x.kind == "POD"), None)
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[str(ref.value)]
    day = (c.dct + dt.timedelta(days=offset)).isoformat() if c.dct else "XXXX-XX-XX"
    if pod is not None and ref.value != "today":
        return "DATE", day
    return ("TIME", f"{day}T{pod.value}") if pod is not None else ("DATE", day)


def _this_pod(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result:
    shift = int(s[0].value) if s[0].kind == "SHIFT" else 0
    day = c.dct + dt.timedelta(days=-1 if shift < 0 else 0) if c.dct else None
    return "TIME", f"{_day_or_x(day)}T{s[-1].value}"


def _shift_unit(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    shift, unit = int(s[0].value), str(s[-1].value)
    if c.dct is None:
        return "DATE", "XXXX"
    if unit == "Q" and shift == 0:
        return "DATE", anchor.quarter_value(*anchor.latest_quarter(c.dct))
    value = anchor.shift_unit(c.dct, unit, shift)
    return ("DATE", value) if value is not None else None


def _shift_season(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result:
    shift = int(s[0].value) if s[0].kind == "SHIFT" else None
    season = str(s[-1].value)
    if c.dct is None:
        return "DATE", f"XXXX-{season}"
    return "DATE", f"{anchor.season_year(c.dct, season, c.tense, shift):04d}-{season}"


def _season_year(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result:
    return "DATE", f"{int(s[1].value):04d}-{s[0].value}"


def _duration_rule(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    if len(s) == 1 and any(x.kind == "MOD" and x.word != "fiscal" for x in a):
        return _unit_edge(n, s, c, a)
    amount = next((x.value for x in s if x.kind == "NUM"), None)
    if s[-1].kind == "UNITS" and amount is None:
        return "DURATION", _duration(None, str(s[-1].value))
    return "DURATION", _duration(float(amount or 1), str(s[-1].value))


def _vague_units(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result:
    words = {x.word for x in s}
    if "coming" in words:
        return "DATE", "FUTURE_REF"
    return "DURATION", _duration(None, str(s[-1].value))


def _ago(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    amount = next((x.value for x in s if x.kind == "NUM"), None)
    unit = str(next(x.value for x in s if x.kind in ("UNIT", "UNITS")))
    direction = -1 if s[-1].kind == "AGO" else 1
    if amount is None or c.dct is None:
        return "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF"
    if unit == "Y" and c.quarterly and amount == 1:
        year, quarter = anchor.latest_quarter(c.dct)
        return "DATE", anchor.quarter_value(year + direction, quarter)
    if unit in ("DE", "CE"):
        return "DATE", anchor.shift_unit(c.dct, "Y", int(direction * amount * 10))[:3]
    if not float(amount).is_integer():
        return "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF"
    value = anchor.shift_unit(c.dct, unit, int(direction * amount))
    return ("DATE", value) if value is not None else None


def _quarter(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    ordinal = next(x for x in s if x.kind == "ORD")
    quarter = int(ordinal.value)
    if not 1 <= quarter <= 4 and quarter != -1:
        return None
    year_sym = next((x for x in s if x.kind == "YEAR"), None)
    shift = next((int(x.value) for x in s if x.kind == "SHIFT"), 0)
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


def _half(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    ordinal = int(s[0].value)
    if ordinal not in (1, 2) or s[1].word != "half":
        return None
    return "DATE", f"{_year_or_x(c.dct)}-H{ordinal}"


def _year_earlier(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    if next(x.value for x in s if x.kind == "UNIT") != "Y":
        return _ago(n, s, c, a) if s[-1].kind == "AGO" else None
    if c.dct is None:
        return "DATE", "XXXX"
    if c.quarterly or any(x.value == "Q" for x in s if x.kind == "UNIT"):
        year, quarter = anchor.latest_quarter(c.dct)
        return "DATE", anchor.quarter_value(year - 1, quarter)
    return "DATE", _year_or_x(c.dct, -1)


def _relative_this(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    """ "earlier this year", "later this month": the unit containing the DCT."""
    unit = str(s[-1].value)
    if c.dct is None:
        return "DATE", "XXXX"
    shift = int(s[-2].value) if len(s) >= 2 and s[-2].kind == "SHIFT" else 0
    value = anchor.shift_unit(c.dct, unit, shift)
    return ("DATE", value) if value is not None else None


def _unit_edge(n: Normalizer, s: list[Sym], c: Context, a: list[Sym]) -> Result | None:
    """ "year-end", "the end of the month": the DCT's unit."""
    if c.dct is None:
        return "DATE", "XXXX"
    value = anchor.shift_unit(c.dct, str(s[-1].value), 0)
    return ("DATE", value) if value is not None else None


_RULES: tuple[tuple[re.Pattern[str], Rule], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"YEAR", _year),
        (r"DECADE", _decade),
        (r"ORD UNIT", _century),
        (r"(WDAY )?(MONTH (NUM|ORD)|(NUM|ORD) MONTH) YEAR", _month_day_year),
        (r"(WDAY )?(MONTH (NUM|ORD)|(NUM|ORD) MONTH)", _month_day),
        (r"MONTH YEAR", _month_year),
        (r"(SHIFT )?MONTH", _month),
        (r"ORD", _ordinal_day),
        (r"(SHIFT )?(WDAY|WDAY POD|POD WDAY)", _weekday),
        (r"(AGO )?(DAYREF|DAYREF POD|POD DAYREF)", _dayref),
        (r"(SHIFT )?POD", _this_pod),
        (r"(SHIFT|VAGUE)? ?(NUM|ORD) UNITS?", _duration_rule),
        (r"SHIFT UNIT", _shift_unit),
        (r"(AGO|LATER) (SHIFT )?UNIT", _relative_this),
        (r"(SHIFT )?SEASON", _shift_season),
        (r"SEASON YEAR", _season_year),
        (r"(SHIFT |YEAR )?ORD UNIT( YEAR)?", _quarter),
        (r"(SHIFT |YEAR )?UNIT (ORD UNIT)", _quarter),
        (r"ORD NUM", _half),
        (r"ORD NUM UNITS", _duration_rule),
        (r"(NUM )?UNIT AGO( UNIT)?", _year_earlier),
        (r"(VAGUE )*UNITS", _vague_units),
        (r"(NUM|VAGUE|UNIT) ?(NUM )?UNITS? (AGO|LATER)", _ago),
        (r"(VAGUE )?NUM UNITS?", _duration_rule),
        (r"UNIT", _duration_rule),
        (r"MOD UNIT", _unit_edge),
    )
)
