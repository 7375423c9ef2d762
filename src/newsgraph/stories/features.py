"""What a story clusterer sees of an article: weighted terms and named things.

Terms are content words (spaCy's English stop list removed); names are runs of
capitalised words (plus each word of a multi-word name, so "Reid" meets "Tara
Reid"), and callers may add resolved actor codes and event signatures. Words
in the lead (the first ``lead_tokens`` words: headline and first sentence)
count ``1 + lead_boost`` times, because that is where a report says which
event it is about; later paragraphs often recall older, look-alike events.

The people an article names (``StoryDoc.people``: the parser's PERSON entities with
their offsets in ``text``) tell look-alike stories apart (``stories.people``).

An article's years (``doc_years``) place it in time when it has no publication
day: the publication year when known, else the years its lead states (a
dateline such as "September 18, 2013"), as long as it states at most
``MAX_LEAD_YEARS`` of them; a lead naming more is recalling history. A year that
modifies a noun ("shot to fame in the 1999 movie", "the 2006 draft pick", "a 2012
car crash case") names a background thing, not when the reported event happened, so
it does not count unless a month dates it ("the April 2012 shooting").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

from .forms import NO_FORMS, WordForms
from .people import DocPeople, people_in

_TOKEN = re.compile(r"[^\W_][\w'’-]*")
_NAME = re.compile(r"\b[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*")
_POSSESSIVE = re.compile(r"['’]s$")
# A year standing alone: not part of a longer number, an amount ("2,013") or a code.
_YEAR = re.compile(r"(?<![\w.,-])(?:19|20)\d\d(?![\w]|[.,]\d)")
# A month name (abbreviated or not, maybe with a day) right before a year dates it.
_MONTH_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?$",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
ENTITY_PREFIX = "e:"
MAX_LEAD_YEARS = 2


@dataclass(frozen=True, slots=True)
class StoryDoc:
    """One article as the clusterer needs it; ``features`` are extra named things
    (actor codes, event signatures) that count like names; ``people`` the persons the
    parser found, as (name, start offset in ``text``)."""

    key: str
    text: str
    title: str | None = None
    published: str | None = None
    features: tuple[str, ...] = ()
    people: tuple[tuple[str, int], ...] = ()

    @property
    def day(self) -> date | None:
        """The publication day, when ``published`` gives one (month or year alone: None)."""
        if not self.published or len(self.published) < 10:
            return None
        try:
            return date.fromisoformat(self.published[:10])
        except ValueError:
            return None


def doc_years(doc: StoryDoc, lead_tokens: int) -> frozenset[int]:
    """The years ``doc`` happened in as far as it says: its publication year, else the
    years named in its lead (none when the lead names more than ``MAX_LEAD_YEARS``)."""
    if doc.published and doc.published[:4].isdigit():
        return frozenset({int(doc.published[:4])})
    text = _full_text(doc)
    lead = text[: lead_end(text, lead_tokens)]
    found = list(_YEAR.finditer(lead))
    if len({m.group() for m in found}) > MAX_LEAD_YEARS:
        return frozenset()
    return frozenset(int(m.group()) for m in found if _dates_event(lead, m))


def _dates_event(text: str, year: re.Match[str]) -> bool:
    """Whether the year ``year`` found in ``text`` says when something happened: a month
    before it dates it; otherwise it must not be followed by a content word it modifies
    ("1999 movie"), while a function word after it ("in 2005, killing", "in 2011 while")
    shows it standing alone."""
    if _MONTH_BEFORE.search(text, max(0, year.start() - 16), year.start()):
        return True
    after = _NEXT_WORD.match(text, year.end())
    return after is None or after.group(1) in STOP_WORDS


def doc_people(doc: StoryDoc, lead_tokens: int, repeats: int) -> DocPeople:
    """Whom ``doc`` names, and whom its lead (headline included) names ``repeats`` times."""
    text = _full_text(doc)
    shift = len(text) - len(doc.text)
    people = ((name, start + shift) for name, start in doc.people)
    return people_in(people, lead_end(text, lead_tokens), repeats)


def lead_end(text: str, lead_tokens: int) -> int:
    """The character offset where the first ``lead_tokens`` words of ``text`` end."""
    for n, match in enumerate(_TOKEN.finditer(text)):
        if n == lead_tokens:
            return match.start()
    return len(text)


def _full_text(doc: StoryDoc) -> str:
    """The headline (unless the text already opens with it) and the text: the lead is
    counted from the headline."""
    if doc.title and not doc.text.startswith(doc.title):
        return f"{doc.title}\n{doc.text}"
    return doc.text


def _word(token: str, forms: WordForms) -> str:
    return forms.full(_POSSESSIVE.sub("", token.casefold()).strip("'’-."))


def term_counts(
    text: str, lead_tokens: int, lead_boost: float, forms: WordForms = NO_FORMS
) -> tuple[Counter[str], int]:
    """Lead-weighted content-word counts (short forms spelled out by ``forms``), and the
    character offset where the lead ends."""
    counts: Counter[str] = Counter()
    lead_end = len(text)
    for n, match in enumerate(_TOKEN.finditer(text)):
        if n == lead_tokens:
            lead_end = match.start()
        word = _word(match.group(), forms)
        if len(word) < 2 or word in STOP_WORDS:
            continue
        counts[word] += 1.0 + (lead_boost if n < lead_tokens else 0.0)
    return counts, lead_end


def name_counts(
    text: str, lead_end: int, lead_boost: float, forms: WordForms = NO_FORMS
) -> Counter[str]:
    """Lead-weighted counts of capitalised names and of each word of multi-word names
    (short forms spelled out by ``forms``: "Mt Cook" is "mount cook")."""
    counts: Counter[str] = Counter()
    for match in _NAME.finditer(text):
        words = [_word(w, forms) for w in match.group().split()]
        words = [w for w in words if len(w) > 1 and w not in STOP_WORDS]
        if not words:
            continue
        weight = 1.0 + (lead_boost if match.start() < lead_end else 0.0)
        counts[" ".join(words)] += weight
        if len(words) > 1:
            for word in words:
                counts[word] += weight
    return counts


def doc_counts(
    doc: StoryDoc, lead_tokens: int, lead_boost: float, forms: WordForms = NO_FORMS
) -> tuple[Counter[str], Counter[str]]:
    """(term counts, entity counts) of a document; entity keys carry ``ENTITY_PREFIX``."""
    text = _full_text(doc)
    terms, lead_end = term_counts(text, lead_tokens, lead_boost, forms)
    names = name_counts(text, lead_end, lead_boost, forms)
    names.update({feature.casefold(): 1.0 for feature in doc.features})
    entities: Counter[str] = Counter({ENTITY_PREFIX + k: v for k, v in names.items()})
    return terms, entities
