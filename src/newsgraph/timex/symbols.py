"""The words of a time expression as typed symbols, and what a value depends on besides them.

``symbolize`` rewrites lower-cased words into symbols (``YEAR``, ``MONTH``, ``NUM``, ``UNIT``,
``WDAY``, ``SHIFT``, ...) using the lexicon's word tables, so the grammar in
:mod:`newsgraph.timex.rules` can match symbol signatures ("MONTH NUM YEAR", "SHIFT UNIT")
instead of spellings.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from types import MappingProxyType

from .anchor import Tense
from .lexicon import TimexLexicon

DAYREFS = frozenset({"today", "yesterday", "tomorrow", "tonight"})
# The direction "ago" and "later" words give a count; other word classes carry no value.
_CLASS_VALUES = MappingProxyType({"AGO": -1, "LATER": 1})
# Symbol kinds that qualify an expression without changing which grammar rule applies.
NOISE = frozenset({"MOD", "APPROX", "FILL"})
_YEAR = re.compile(r"\d{4}")
_DECADE = re.compile(r"\d{3}0s")
_SHORT_DECADE = re.compile(r"'\d0s")
_NUMERIC_ORDINAL = re.compile(r"\d+(st|nd|rd|th)")
# Spoken years ("nineteen ninety-six"): a century word from ten to twenty-one, then the rest.
_CENTURY_WORDS = range(10, 22)


@dataclass(frozen=True, slots=True)
class Context:
    """What a value depends on besides the words: the DCT and the governing verb's tense."""

    dct: dt.date | None
    tense: Tense = "none"
    quarterly: bool = False  # the sentence talks about fiscal quarters
    reference: str | None = None  # the latest calendar value mentioned before the expression
    bound: bool = False  # it dates the tensed verb's own event, so the tense is binding
    period: bool = False  # a period "ended"/"ending" on a date follows ("the year ended May 31")
    reported: int | None = None  # the quarter (1-4) a results report named, in fiscal numbering
    quarter: str | None = None  # the latest quarter mentioned before the expression ("1988-Q2")


@dataclass(frozen=True, slots=True)
class Sym:
    """One word (or merged number words) with its symbol kind and numeric or code value."""

    kind: str
    value: int | float | str
    word: str
    spelled: bool = False  # a number written in words ("nineteen"), not digits


Result = tuple[str, str]


def symbolize(lex: TimexLexicon, words: list[str]) -> list[Sym]:
    """The symbols of lower-cased ``words``; unknown words become ``WORD``."""
    out: list[Sym] = []
    for word in words:
        bare = word[:-2] if word.endswith("'s") and len(word) > 2 else word
        singular = bare[:-1] if bare.endswith("s") and bare[:-1] in lex.units else bare
        if _YEAR.fullmatch(bare) and 1000 <= int(bare) <= 2199:
            out.append(Sym("YEAR", int(bare), word))
        elif _DECADE.fullmatch(bare):
            out.append(Sym("DECADE", int(bare[:3]), word))
        elif _SHORT_DECADE.fullmatch(bare):
            out.append(Sym("DECADE", 190 + int(bare[1]), word))
        elif _NUMERIC_ORDINAL.fullmatch(bare):
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
        elif bare in DAYREFS:
            out.append(Sym("DAYREF", bare, word))
        elif bare in lex.ordinals and bare not in lex.shifts:
            out.append(Sym("ORD", lex.ordinals[bare], word))
        elif bare in lex.shifts:
            out.append(Sym("SHIFT", lex.shifts[bare], word))
        elif bare in lex.numbers and bare not in ("a", "an"):
            out.append(_number_word(out, lex.numbers[bare], word))
        elif bare in ("a", "an"):
            out.append(Sym("A", 1, word))
        elif bare in lex.report_periods:
            out.append(Sym("PERIOD", "Q", word))
        elif bare in lex.word_classes:
            kind = lex.word_classes[bare]
            out.append(Sym(kind, _CLASS_VALUES.get(kind, 0), word))
        else:
            out.append(Sym("WORD", 0, word))
    return _merge_a(_ordinal_units(lex, out))


def _ordinal_units(lex: TimexLexicon, syms: list[Sym]) -> list[Sym]:
    """ "The second quarter", "the second half": a unit word that is also an ordinal counts
    the unit (or half) after it."""
    out = list(syms)
    for index, sym in enumerate(syms[:-1]):
        following = syms[index + 1]
        counts = following.kind in ("UNIT", "UNITS") or following.word == "half"
        if sym.kind == "UNIT" and sym.word in lex.ordinals and counts:
            out[index] = Sym("ORD", lex.ordinals[sym.word], sym.word)
    return out


def _number_word(out: list[Sym], value: float, word: str) -> Sym:
    """A number word, merged into a spelled number just before it: "twenty four" adds up,
    "two hundred" multiplies, and "nineteen ninety six" reads as a spoken year."""
    if not out or not out[-1].spelled or not isinstance(out[-1].value, int):
        return Sym("NUM", value, word, spelled=True)
    previous = out.pop()
    joined = previous.word + " " + word
    if previous.kind == "YEAR" and isinstance(value, int) and value < 10:
        return Sym("YEAR", previous.value + value, joined, spelled=True)
    if previous.value in _CENTURY_WORDS and isinstance(value, int) and 20 <= value <= 90:
        return Sym("YEAR", previous.value * 100 + value, joined, spelled=True)
    if previous.kind == "NUM" and value >= 100:
        return Sym("NUM", previous.value * value, joined, spelled=True)
    if previous.kind == "NUM" and value < 100:
        return Sym("NUM", previous.value + value, joined, spelled=True)
    out.append(previous)
    return Sym("NUM", value, word, spelled=True)


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
