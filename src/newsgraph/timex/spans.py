"""Token spans that may be time expressions: how entity spans are split, trimmed, merged and
extended before they are valued.

The NER model's DATE/TIME entities are a good start but not TimeML extents: it joins two
expressions ("the comparable | year-ago quarter, | the second quarter"), swallows words that
are none ("the day | Friday"), and leaves counted days before a date out ("the day before |
last Tuesday"). These helpers only look at tokens; valuing is the normalizer's job.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..records import ParsedArticle, Token
from .lexicon import TimexLexicon

_DAY_ORDINAL = re.compile(r"([1-9]|[12]\d|3[01])(st|nd|rd|th)", re.IGNORECASE)
_DAY_PREPOSITIONS = frozenset({"on", "by", "since", "until", "till", "from", "before", "after"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A token span that may be a time expression."""

    first: int  # token index
    last: int  # exclusive
    parts: tuple[Candidate, ...] = ()  # the candidates a merged one was made of
    quarterly: bool = False  # found as a reporting period of an article about quarters


def inside_verb_group(tokens: Sequence[Token], cand: Candidate) -> bool:
    """Whether the expression stands between a modal and its verb ("will one day be", "could
    some day become"): there a count of days names an indefinite time ahead, not a span."""
    if cand.first == 0 or cand.last >= len(tokens):
        return False
    before, after = tokens[cand.first - 1], tokens[cand.last]
    return before.tag == "MD" and after.tag == "VB" and before.head == after.i


def day_ordinal(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A numeric ordinal used as a day of the month: "on the 10th", "by the 3rd"."""
    if last - first != 1 or first < 1 or not _DAY_ORDINAL.fullmatch(tokens[first].text):
        return False
    if tokens[first - 1].text.lower() != "the":
        return False
    before = tokens[first - 2].text.lower() if first >= 2 else ""
    return before in _DAY_PREPOSITIONS and tokens[first - 2].sent == tokens[first].sent


def counted_from(tokens: Sequence[Token], first: int, taken: Sequence[bool]) -> int:
    """Where "the day before" / "two weeks after" starts when it precedes the date at
    ``first``; ``first`` itself when nothing counts from the date."""
    if first < 3 or tokens[first - 1].text.lower() not in ("before", "after"):
        return first
    unit, det = tokens[first - 2], tokens[first - 3]
    if unit.lemma.lower() not in ("day", "week") or taken[unit.i] or taken[det.i]:
        return first
    if det.sent != tokens[first].sent:
        return first
    return det.i if det.text.lower() in ("the", "a", "an") or det.pos == "NUM" else unit.i


def split(tokens: Sequence[Token], first: int, last: int) -> tuple[Candidate, ...]:
    """Pieces of an entity between verbs, prepositions, conjunctions and commas ("the quarter |
    ended | Sept. 30", "between 1985 | and | 1987"), used when the entity as a whole is not one
    expression."""
    pieces: list[Candidate] = []
    start = first
    for i in range(first, last + 1):
        if i == last or tokens[i].pos in ("VERB", "ADP", "CCONJ") or tokens[i].text in (",", ";"):
            if i > start:
                pieces.append(Candidate(start, i))
            start = i + 1
        elif i == last - 1 and i > start and tokens[i].text.lower() == "now":
            pieces.append(Candidate(start, i))  # "for almost five months | now"
            start = i
    return tuple(pieces) if len(pieces) > 1 else ()


def trimmed(lex: TimexLexicon, tokens: Sequence[Token], cand: Candidate) -> tuple[Candidate, ...]:
    """Shorter spans of an entity that is no expression as a whole ("the day | Friday",
    "April | month", "coup d'etat | last year"), longest first; each starts with a month,
    weekday, shift word or number, so that a unit word left over ("month", "Day") is not read
    as the DCT's own."""
    spans = []
    for size in range(cand.last - cand.first - 1, 0, -1):
        for first in (cand.last - size, cand.first):
            head = tokens[first].text
            word = head.lower().rstrip(".")
            if head[:1].isdigit() or word in lex.months or word in lex.weekdays:
                spans.append(Candidate(first, first + size))
            elif word in lex.shifts and size > 1:
                spans.append(Candidate(first, first + size))  # "last year", not "last"
    return tuple(spans)


def merge_adjacent(parsed: ParsedArticle, found: list[Candidate]) -> list[Candidate]:
    """Join candidates separated only by a space or comma ("9 a.m. Tuesday", "Friday, Oct. 13")."""
    tokens = parsed.tokens
    text = parsed.article.text
    out: list[Candidate] = []
    for cand in found:
        if out:
            prev = out[-1]
            gap = text[tokens[prev.last - 1].end : tokens[cand.first].start]
            same = tokens[prev.first].sent == tokens[cand.first].sent
            if same and cand.first - prev.last <= 1 and gap.strip() in ("", ","):
                parts = (*(prev.parts or (prev,)), cand)
                quarterly = prev.quarterly or cand.quarterly
                out[-1] = Candidate(prev.first, cand.last, parts, quarterly)
                continue
        out.append(cand)
    return out
