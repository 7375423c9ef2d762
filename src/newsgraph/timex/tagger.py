"""Finding time expressions in a parsed article and dating its events.

Candidates are spaCy's DATE/TIME entities (trimmed to TimeML extents, with ages and bare
numbers rejected) plus lexicon trigger words the NER model does not label ("now", "recently",
"the future"). Each candidate is normalized against the DCT with the tense of the verb that
governs it, read from the dependency parse.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..records import ParsedArticle, Timex, Token
from .anchor import Tense
from .lexicon import TimexLexicon
from .normalize import Context, Normalizer

QUARTER_CONTEXT = 2  # sentences back in which a "quarter" makes "a year ago" a quarter
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
_PERFECT = frozenset({"have", "has", "'ve"})
_ATTACH_DEPS = frozenset({"npadvmod", "tmod", "obl", "advmod", "nmod"})
_CHAIN_DEPS = frozenset({"xcomp", "aux", "auxpass", "conj", "ccomp", "advcl", "acomp"})
_LEFT_EXTENDERS = frozenset({"the", "near", "more", "right", "very", "distant"})
_TRAILING_JUNK = frozenset({"'s", "’s", ".", ",", ";", ":", "-", "--", "'"})
_DAY_ORDINAL = re.compile(r"([1-9]|[12]\d|3[01])(st|nd|rd|th)", re.IGNORECASE)
_DAY_PREPOSITIONS = frozenset({"on", "by", "since", "until", "till", "from", "before", "after"})
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})(?:-(?:Q\d|H\d|SP|SU|FA|WI))?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_CALENDAR = re.compile(r"^\d{4}(-(\d{2}|Q\d)(-\d{2})?)?$")  # a year, quarter, month or day


def parse_dct(published: str | None) -> dt.date | None:
    """The document creation date of an ISO date or datetime string ("2024-07-11",
    "2024-07-11T09:30:00+09:00"); None when absent or not an ISO date."""
    if not published:
        return None
    match = _DAY.match(published.strip())
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class _Candidate:
    first: int  # token index
    last: int  # exclusive
    parts: tuple[_Candidate, ...] = ()  # the candidates a merged one was made of


class TimexTagger:
    """Loads the lexicon once; ``tag`` and ``event_date`` are pure computations."""

    def __init__(self, lexicon: TimexLexicon) -> None:
        self.lexicon = lexicon
        self.normalizer = Normalizer(lexicon)

    @classmethod
    def load(cls, extra_paths: Sequence[Path] = ()) -> TimexTagger:
        return cls(TimexLexicon.load(extra_paths))

    # -- recognition -------------------------------------------------------------------------

    def tag(self, parsed: ParsedArticle, dct: dt.date | None) -> tuple[Timex, ...]:
        children = _children(parsed.tokens)
        out: list[Timex] = []
        reference: str | None = None  # the latest calendar date mentioned so far
        for merged in self._candidates(parsed):
            found = self._timex(parsed, children, merged, dct, reference)
            pieces = [found] if found is not None else []
            if found is None:
                for part in merged.parts:
                    piece = self._timex(parsed, children, part, dct, reference)
                    if piece is not None:
                        pieces.append(piece)
            for piece in pieces:
                out.append(piece)
                if piece.type == "DATE" and _CALENDAR.match(piece.value):
                    reference = piece.value
        return tuple(out)

    def _timex(
        self,
        parsed: ParsedArticle,
        children: list[list[int]],
        cand: _Candidate,
        dct: dt.date | None,
        reference: str | None,
    ) -> Timex | None:
        tokens = parsed.tokens
        start, end = tokens[cand.first].start, tokens[cand.last - 1].end
        surface = parsed.article.text[start:end]
        head = _span_head(tokens, cand.first, cand.last)
        tense = self._direction(tokens, children, head)
        ctx = Context(
            dct, tense, self._quarterly(parsed, head), reference, self._bound(tokens, head, tense)
        )
        result = self.normalizer.normalize(surface, ctx)
        if result is None:
            return None
        return Timex(surface, start, end, result[0], result[1])

    def _candidates(self, parsed: ParsedArticle) -> list[_Candidate]:
        tokens = parsed.tokens
        lex = self.lexicon
        taken = [False] * len(tokens)
        found: list[_Candidate] = []
        for ent in parsed.entities:
            first, last = ent.first_token, ent.last_token
            if ent.label == "ORDINAL" and _day_ordinal(tokens, first, last):
                first -= 1  # "the 10th" dates a day of the month after "on", "by", "since"
            elif ent.label not in ("DATE", "TIME"):
                continue
            while first < last and tokens[first].text.lower() in lex.strip_leading:
                first += 1
            while last > first and tokens[last - 1].text.lower() in _TRAILING_JUNK:
                last -= 1
            if first >= last:
                continue
            text = parsed.article.text[tokens[first].start : tokens[last - 1].end]
            if lex.is_rejected(text):
                continue
            found.append(_Candidate(first, last, _split(tokens, first, last)))
            for i in range(first, last):
                taken[i] = True
        for token in tokens:
            if taken[token.i]:
                continue
            lower = token.text.lower()
            allowed = lex.triggers.get(lower)
            named = (lower in lex.weekdays and len(lower) > 3) or (
                lower in lex.months and len(lower) > 3 and lower != "march"
            )
            if (allowed and token.pos in allowed) or (named and token.text[0].isupper()):
                first = token.i
                while (
                    first > 0
                    and not taken[first - 1]
                    and tokens[first - 1].sent == token.sent
                    and tokens[first - 1].text.lower() in _LEFT_EXTENDERS
                    and token.pos == "NOUN"
                ):
                    first -= 1
                found.append(_Candidate(first, token.i + 1))
                for i in range(first, token.i + 1):
                    taken[i] = True
        found.sort(key=lambda c: c.first)
        return _merge_adjacent(parsed, found)

    def _direction(self, tokens: Sequence[Token], children: list[list[int]], head: Token) -> Tense:
        """The clause's tense, overridden where the wording says which way the date lies: a
        possessive ("Friday's ruling") names a day already past; after a forward preposition
        ("until Tuesday") or a scheduling verb ("planned a rally on Saturday") a past verb
        no longer rules out a day ahead, so the nearest one is taken."""
        tense = _tense(tokens, children, head)
        if head.dep == "poss":
            return "past"
        if tense == "future":
            return tense
        if (
            head.dep == "pobj"
            and tokens[head.head].text.lower() in self.lexicon.forward_prepositions
        ):
            return "near"
        verb = _governing_verb(tokens, head)
        if verb is not None and verb.lemma.lower() in self.lexicon.forward_verbs:
            return "near"
        return tense

    def _bound(self, tokens: Sequence[Token], head: Token, tense: Tense) -> bool:
        """Whether the expression dates the tensed verb's own event: it hangs from that finite
        verb through a binding preposition ("sold the unit in March"). Bare noun phrases are
        left out: the parser also attaches objects that way ("set Nov. 10 as the deadline")."""
        if tense not in ("past", "future"):
            return False
        verb = _governing_verb(tokens, head)
        if verb is None or verb.dep == "acl" or _attachment(tokens, head) != verb.i:
            return False
        return (
            head.dep == "pobj"
            and tokens[head.head].text.lower() in self.lexicon.binding_prepositions
        )

    @staticmethod
    def _quarterly(parsed: ParsedArticle, head: Token) -> bool:
        if not parsed.sentences:
            return False
        first = parsed.sentences[max(0, head.sent - QUARTER_CONTEXT)].first_token
        last = parsed.sentences[head.sent].last_token
        return any(parsed.tokens[i].lemma in ("quarter", "quarterly") for i in range(first, last))

    # -- event dates -------------------------------------------------------------------------

    def event_date(
        self,
        parsed: ParsedArticle,
        timexes: Sequence[Timex],
        trigger: int,
        dct: dt.date | None,
    ) -> tuple[str | None, str]:
        """The date governing the event at token ``trigger``, with its precision.

        A DATE timex counts when its head attaches (directly or through a preposition) to the
        trigger, to the trigger's auxiliaries, or to the verbs the trigger hangs from in the
        same sentence; otherwise the DCT stands in at day precision.
        """
        tokens = parsed.tokens
        if not 0 <= trigger < len(tokens):
            raise IndexError(f"trigger token {trigger} outside article {parsed.article.id!r}")
        governors = _governors(tokens, trigger)
        sentence = tokens[trigger].sent
        best: tuple[int, str, str] | None = None
        for timex in timexes:
            if timex.type not in ("DATE", "TIME"):
                continue
            span = [t for t in tokens if t.start >= timex.start and t.end <= timex.end]
            if not span or span[0].sent != sentence:
                continue
            head = _span_head(tokens, span[0].i, span[-1].i + 1)
            attached = _attachment(tokens, head)
            if attached is None or attached not in governors:
                continue
            dated = _as_event_date(timex.value, dct)
            if dated is None:
                continue
            distance = abs(head.i - trigger)
            if best is None or distance < best[0]:
                best = (distance, *dated)
        if best is not None:
            return best[1], best[2]
        if dct is not None:
            return dct.isoformat(), "day"
        return None, "none"


def _day_ordinal(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A numeric ordinal used as a day of the month: "on the 10th", "by the 3rd"."""
    if last - first != 1 or first < 1 or not _DAY_ORDINAL.fullmatch(tokens[first].text):
        return False
    if tokens[first - 1].text.lower() != "the":
        return False
    before = tokens[first - 2].text.lower() if first >= 2 else ""
    return before in _DAY_PREPOSITIONS and tokens[first - 2].sent == tokens[first].sent


def _split(tokens: Sequence[Token], first: int, last: int) -> tuple[_Candidate, ...]:
    """Pieces of an entity between verbs and prepositions ("the quarter | ended | Sept. 30"),
    used when the entity as a whole is not one expression."""
    pieces: list[_Candidate] = []
    start = first
    for i in range(first, last + 1):
        if i == last or tokens[i].pos in ("VERB", "ADP"):
            if i > start:
                pieces.append(_Candidate(start, i))
            start = i + 1
    return tuple(pieces) if len(pieces) > 1 else ()


def _merge_adjacent(parsed: ParsedArticle, found: list[_Candidate]) -> list[_Candidate]:
    """Join candidates separated only by a space or comma ("9 a.m. Tuesday", "Friday, Oct. 13")."""
    tokens = parsed.tokens
    text = parsed.article.text
    out: list[_Candidate] = []
    for cand in found:
        if out:
            prev = out[-1]
            gap = text[tokens[prev.last - 1].end : tokens[cand.first].start]
            same = tokens[prev.first].sent == tokens[cand.first].sent
            if same and cand.first - prev.last <= 1 and gap.strip() in ("", ","):
                out[-1] = _Candidate(prev.first, cand.last, (*(prev.parts or (prev,)), cand))
                continue
        out.append(cand)
    return out


def _children(tokens: Sequence[Token]) -> list[list[int]]:
    children: list[list[int]] = [[] for _ in tokens]
    for token in tokens:
        if token.head != token.i:
            children[token.head].append(token.i)
    return children


def _span_head(tokens: Sequence[Token], first: int, last: int) -> Token:
    for i in range(first, last):
        head = tokens[i].head
        if head == i or not first <= head < last:
            return tokens[i]
    return tokens[first]


def _governing_verb(tokens: Sequence[Token], head: Token) -> Token | None:
    """The nearest verb above ``head`` that is not an auxiliary."""
    verb = head
    for _ in range(8):
        if verb.pos in ("VERB", "AUX") and verb.dep not in ("aux", "auxpass"):
            return verb
        if verb.head == verb.i:
            return None
        verb = tokens[verb.head]
    return None


def _tense(tokens: Sequence[Token], children: list[list[int]], head: Token) -> Tense:
    """Tense of the nearest verb above ``head``: past (VBD, perfect), future (will, expect to)."""
    verb = _governing_verb(tokens, head)
    if verb is None:
        return "none"
    auxes = [tokens[i] for i in children[verb.i] if tokens[i].dep in ("aux", "auxpass")]
    lowered = {a.text.lower() for a in auxes}
    if lowered & _FUTURE_AUX:
        return "future"
    if verb.tag == "VB" and "to" in lowered:
        return "future"
    if verb.tag == "VBD" or any(a.tag == "VBD" for a in auxes) or lowered & _PERFECT:
        return "past"
    if verb.tag == "VBN" and not auxes:
        return "past"
    return "present" if verb.tag in ("VBZ", "VBP", "VBG", "VBN") else "none"


def _governors(tokens: Sequence[Token], trigger: int) -> set[int]:
    """The trigger, its auxiliaries, and the verb chain above it within the sentence."""
    out = {trigger}
    node = tokens[trigger]
    for _ in range(6):
        out.update(t.i for t in tokens if t.head == node.i and t.dep in ("aux", "auxpass"))
        if node.dep not in _CHAIN_DEPS or node.head == node.i:
            break
        node = tokens[node.head]
        out.add(node.i)
    return out


def _attachment(tokens: Sequence[Token], head: Token) -> int | None:
    """The word a time expression modifies: its head, or the head of its preposition."""
    if head.dep == "pobj":
        prep = tokens[head.head]
        return prep.head if prep.dep == "prep" else None
    if head.dep in _ATTACH_DEPS or head.dep == "poss" or head.dep == "compound":
        return head.head
    return None


def _as_event_date(value: str, dct: dt.date | None) -> tuple[str, str] | None:
    """An event's (date, precision) from a timex value; None for values that date nothing."""
    if value == "PRESENT_REF" and dct is not None:
        return dct.isoformat(), "day"
    if m := _DAY.match(value):
        return f"{m[1]}-{m[2]}-{m[3]}", "day"
    if m := _MONTH.match(value):
        return value, "month"
    if m := _WEEK.match(value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return f"{monday.year:04d}-{monday.month:02d}", "month"
    if m := _YEAR.match(value):
        return m[1], "year"
    return None
