"""Finding time expressions in a parsed article and dating its events.

Candidates are spaCy's DATE/TIME entities (trimmed to TimeML extents, with ages and bare
numbers rejected) plus lexicon trigger words the NER model does not label ("now", "recently",
"the future"), holidays and ordinal quarters; :mod:`newsgraph.timex.spans` splits, trims and
merges them. Each candidate is normalized against the DCT with the tense of the verb that
governs it, read from the dependency parse, and against what the article said before it
(:mod:`newsgraph.timex.narrative`: the latest date, the quarter a results report names).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType

from ..deptree import dependents
from ..records import ParsedArticle, Timex, Token
from . import narrative, spans, syntax
from .anchor import Tense
from .lexicon import TimexLexicon
from .narrative import Found, Narrative
from .normalize import Context, Normalizer
from .spans import Candidate

QUARTER_CONTEXT = 2  # sentences back in which a "quarter" makes "a year ago" a quarter
# What may follow a reporting period and still belong to it.
_PERIOD_TAILS = (("last", "year"), ("a", "year", "ago"), ("a", "year", "earlier"))
_YEAR_TOKEN = re.compile(r"(19|20)\d\d")
_LEFT_EXTENDERS = frozenset({"the", "near", "more", "right", "very", "distant"})
_TRAILING_JUNK = frozenset({"'s", "’s", ".", ",", ";", ":", "-", "--", "'"})
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})(?:-(?:Q\d|H\d|SP|SU|FA|WI))?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")


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


class TimexTagger:
    """Loads the lexicon once; ``tag`` and ``event_date`` are pure computations."""

    def __init__(self, lexicon: TimexLexicon) -> None:
        self.lexicon = lexicon
        self.normalizer = Normalizer(lexicon)
        names = sorted({*lexicon.holidays, *lexicon.floating_holidays}, key=len, reverse=True)
        firsts: dict[str, tuple[str, ...]] = {}
        for name in names:
            first = name.split()[0]
            firsts[first] = (*firsts.get(first, ()), name)
        self._holiday_names: Mapping[str, tuple[str, ...]] = MappingProxyType(firsts)

    @classmethod
    def load(cls, extra_paths: Sequence[Path] = ()) -> TimexTagger:
        return cls(TimexLexicon.load(extra_paths))

    # -- recognition -------------------------------------------------------------------------

    def tag(self, parsed: ParsedArticle, dct: dt.date | None) -> tuple[Timex, ...]:
        children = dependents(parsed.tokens)
        out: list[Timex] = []
        state = Narrative()
        for merged in self._candidates(parsed):
            state = self._resolve(parsed, children, merged, dct, state, out)
        return tuple(out)

    def _resolve(
        self,
        parsed: ParsedArticle,
        children: list[list[int]],
        cand: Candidate,
        dct: dt.date | None,
        state: Narrative,
        out: list[Timex],
    ) -> Narrative:
        """Appends the expressions of ``cand`` to ``out``: the candidate as a whole, else each
        of its parts (recursively: "the comparable | year-ago quarter, | the second quarter |
        ended | Oct. 31"), else its longest shorter span that is one; returns the narrative
        state after them."""
        found = self._timex(parsed, children, cand, dct, state)
        if found is not None:
            return narrative.emit(self.normalizer, state, found, dct, out)
        for part in cand.parts:
            state = self._resolve(parsed, children, part, dct, state, out)
        if cand.parts:
            return state
        for trimmed in spans.trimmed(self.lexicon, parsed.tokens, cand):
            found = self._timex(parsed, children, trimmed, dct, state)
            if found is not None:
                return narrative.emit(self.normalizer, state, found, dct, out)
        return state

    def _timex(
        self,
        parsed: ParsedArticle,
        children: list[list[int]],
        cand: Candidate,
        dct: dt.date | None,
        state: Narrative,
    ) -> Found | None:
        tokens = parsed.tokens
        start, end = tokens[cand.first].start, tokens[cand.last - 1].end
        surface = parsed.article.text[start:end]
        head = syntax.span_head(tokens, cand.first, cand.last)
        tense = self._direction(tokens, children, head)
        ctx = Context(
            dct,
            tense,
            cand.quarterly or self._quarterly(parsed, head),
            state.reference,
            self._bound(tokens, head, tense),
            self._closes_period(tokens, cand.last),
            state.reported,
            state.quarter,
        )
        result = self.normalizer.normalize(surface, ctx)
        if result is None:
            return None
        if result[0] == "DURATION" and spans.inside_verb_group(tokens, cand):
            result = ("DATE", "FUTURE_REF")  # "Islam will one day be ...": some day ahead
        return Found(Timex(surface, start, end, result[0], result[1]), ctx, head)

    def _candidates(self, parsed: ParsedArticle) -> list[Candidate]:
        tokens = parsed.tokens
        lex = self.lexicon
        taken = [False] * len(tokens)
        found = self._report_periods(parsed)
        for cand in found:
            for i in range(cand.first, cand.last):
                taken[i] = True
        for ent in parsed.entities:
            first, last = ent.first_token, ent.last_token
            if ent.label == "ORDINAL" and spans.day_ordinal(tokens, first, last):
                first -= 1  # "the 10th" dates a day of the month after "on", "by", "since"
            elif ent.label not in ("DATE", "TIME"):
                continue
            while first < last and tokens[first].text.lower() in lex.strip_leading:
                first += 1
            while last > first and tokens[last - 1].text.lower() in _TRAILING_JUNK:
                last -= 1
            if first >= last or any(taken[first:last]) or self._designator(tokens, first, last):
                continue
            text = parsed.article.text[tokens[first].start : tokens[last - 1].end]
            if lex.is_rejected(text):
                continue
            cand = Candidate(first, last, spans.split(tokens, first, last))
            counted = spans.counted_from(tokens, first, taken)
            if counted < first:  # "the day before | last Tuesday"
                cand = Candidate(counted, last, (cand,))
            found.append(cand)
            for i in range(cand.first, last):
                taken[i] = True
        for token in tokens:
            if taken[token.i]:
                continue
            lower = token.text.lower()
            special = (
                self._holiday(parsed, token, taken) if lower in self._holiday_names else None
            ) or self._counted_quarter(tokens, token, taken)
            if special is not None:
                found.append(special)
                for i in range(special.first, special.last):
                    taken[i] = True
                continue
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
                found.append(Candidate(first, token.i + 1))
                for i in range(first, token.i + 1):
                    taken[i] = True
        found.sort(key=lambda c: c.first)
        return spans.merge_adjacent(parsed, found)

    def _holiday(
        self, parsed: ParsedArticle, token: Token, taken: Sequence[bool]
    ) -> Candidate | None:
        """A capitalised holiday name starting at ``token`` ("Thanksgiving Day", "Christmas
        Eve"), with a shift word before it ("last Thanksgiving"); the NER model rarely labels
        these as dates."""
        names = self._holiday_names.get(token.text.lower())
        if not names or not token.text[:1].isupper():
            return None
        text = parsed.article.text
        tokens = parsed.tokens
        for name in names:
            end = token.start + len(name)
            if text[token.start : end].lower() != name or text[end : end + 1].isalnum():
                continue
            last = token.i
            while last < len(tokens) and tokens[last].end <= end and not taken[last]:
                last += 1
            if tokens[last - 1].end != end:
                continue
            first = token.i
            before = tokens[first - 1] if first > 0 else None
            if (
                before is not None
                and not taken[before.i]
                and before.sent == token.sent
                and before.text.lower() in self.lexicon.shifts
            ):
                first -= 1
            return Candidate(first, last)
        return None

    def _counted_quarter(
        self, tokens: Sequence[Token], token: Token, taken: Sequence[bool]
    ) -> Candidate | None:
        """ "The fiscal second-quarter" ending at ``token``: an ordinal quarter the NER model
        left unlabelled, with "the" and fiscal words before the ordinal."""
        lex = self.lexicon
        if token.pos != "NOUN" or lex.units.get(token.text.lower()) != "Q":
            return None
        first = token.i - 1
        if first > 0 and tokens[first].text == "-":
            first -= 1
        if first < 0 or taken[first] or tokens[first].sent != token.sent:
            return None
        if not 1 <= lex.ordinals.get(tokens[first].text.lower(), 0) <= 4:
            return None
        while first > 0 and not taken[first - 1] and tokens[first - 1].sent == token.sent:
            word = tokens[first - 1].text.lower()
            if word != "the" and word not in lex.fiscal_words:
                break
            first -= 1
        return Candidate(first, token.i + 1)

    def _designator(self, tokens: Sequence[Token], first: int, last: int) -> bool:
        """A lone number naming a thing, not a year: "Resolution 1441", "Flight 1549",
        "Interstate 1995" (a capitalised noun before it that is no month, day or holiday)."""
        if last - first != 1 or not tokens[first].text.isdigit() or first == 0:
            return False
        before = tokens[first - 1]
        lower = before.text.lower()
        lex = self.lexicon
        return (
            before.sent == tokens[first].sent
            and before.pos in ("PROPN", "NOUN")
            and before.text[:1].isupper()
            and lower not in lex.months
            and lower not in lex.weekdays
            and lower not in lex.seasons
            and lower not in self._holiday_names
        )

    def _report_periods(self, parsed: ParsedArticle) -> list[Candidate]:
        """ "The latest period", "the year-ago period", "the 1988 period", "the corresponding
        period last year": in a report on quarterly results these name quarters, though the
        NER model labels at most their year. A qualifier is required ("the period" is none), and
        quarters must have come up earlier in the article."""
        tokens = parsed.tokens
        qualifiers = self.lexicon.report_period_qualifiers
        out: list[Candidate] = []
        quarter_seen = False
        for token in tokens:
            quarter_seen = quarter_seen or token.lemma in ("quarter", "quarterly")
            if token.pos != "NOUN" or token.text.lower() not in self.lexicon.report_periods:
                continue
            first = token.i
            while first > 0 and tokens[first - 1].sent == token.sent:
                word = tokens[first - 1].text.lower()
                if word not in qualifiers and not _YEAR_TOKEN.fullmatch(word):
                    break
                first -= 1
            last = token.i + 1
            for tail in _PERIOD_TAILS:
                words = [t.text.lower() for t in tokens[last : last + len(tail)]]
                if tuple(words) == tail:
                    last += len(tail)
                    break
            qualified = {t.text.lower() for t in tokens[first:last]} - {"the", "-"}
            if qualified - {token.text.lower()} and quarter_seen:
                out.append(Candidate(first, last, quarterly=True))
        return out

    def _direction(self, tokens: Sequence[Token], children: list[list[int]], head: Token) -> Tense:
        """The clause's tense, overridden where the wording says which way the date lies: a
        possessive ("Friday's ruling") names a day already past; a noun modifier in a future
        clause ("under a June agreement") keeps its own time; after a forward preposition
        ("until Tuesday") or a scheduling verb ("planned a rally on Saturday") a past verb
        no longer rules out a day ahead, so the nearest one is taken, and both together
        ("postponed the hearing until Tuesday") put the date ahead."""
        tense = syntax.tense(tokens, children, head)
        if head.dep == "poss":
            return "past"
        if tense == "future" and head.dep in ("compound", "nmod"):
            return "none"  # "to sell itself under a June agreement": the noun's own time
        if tense == "future":
            return tense
        verb = syntax.governing_verb(tokens, head)
        scheduling = verb is not None and verb.lemma.lower() in self.lexicon.forward_verbs
        if (
            head.dep == "pobj"
            and tokens[head.head].text.lower() in self.lexicon.forward_prepositions
        ):
            # "postponed the hearing until Tuesday": a deadline moved ahead lies ahead.
            return "future" if scheduling else "near"
        return "near" if scheduling else tense

    def _bound(self, tokens: Sequence[Token], head: Token, tense: Tense) -> bool:
        """Whether the expression dates the tensed verb's own event: it hangs from that finite
        verb through a binding preposition ("sold the unit in March"). Bare noun phrases are
        left out: the parser also attaches objects that way ("set Nov. 10 as the deadline")."""
        if tense not in ("past", "future"):
            return False
        verb = syntax.governing_verb(tokens, head)
        if verb is None or syntax.attachment(tokens, head) != verb.i:
            return False
        if verb.lemma.lower() in self.lexicon.period_verbs and verb.tag in ("VBD", "VBN"):
            return True  # "the quarter ended Sept. 30": a period that has ended
        if verb.dep == "acl":
            return False
        return (
            head.dep == "pobj"
            and tokens[head.head].text.lower() in self.lexicon.binding_prepositions
        )

    def _closes_period(self, tokens: Sequence[Token], after: int) -> bool:
        """Whether a period-closing verb follows the expression ("the year | ended March 31")."""
        if after >= len(tokens):
            return False
        follower = tokens[after]
        return follower.pos == "VERB" and follower.lemma.lower() in self.lexicon.period_verbs

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

        A DATE timex counts when its head attaches (directly, through a preposition, or as
        the possessor of a preposition's object: "at this week's summit") to the trigger,
        to the trigger's auxiliaries, or to the verbs the trigger hangs from in the same
        sentence; otherwise the DCT stands in at day precision.
        """
        tokens = parsed.tokens
        if not 0 <= trigger < len(tokens):
            raise IndexError(f"trigger token {trigger} outside article {parsed.article.id!r}")
        governors = syntax.governors(tokens, trigger)
        sentence = tokens[trigger].sent
        best: tuple[int, str, str] | None = None
        for timex in timexes:
            if timex.type not in ("DATE", "TIME"):
                continue
            span = [t for t in tokens if t.start >= timex.start and t.end <= timex.end]
            if not span or span[0].sent != sentence:
                continue
            head = syntax.span_head(tokens, span[0].i, span[-1].i + 1)
            attached = syntax.attachment(tokens, head)
            if attached is None or attached not in governors:
                attached = syntax.possessor_attachment(tokens, head)
            if attached is None or attached not in governors:
                attached = syntax.stranded_preposition(tokens, span[0].i)
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
