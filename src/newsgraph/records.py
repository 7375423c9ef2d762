"""Typed records passed between pipeline stages.

Every stage boundary is a frozen dataclass; spans are character offsets into the
article's cleaned ``text`` (Python code points), never spaCy objects, so records
cross process boundaries and serialise to the public contract (CONTRACT.md)
without surprises.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

Mode = Literal["asserted", "reported", "denied", "negated", "hypothetical", "future", "historical"]
DatePrecision = Literal["day", "month", "year", "none"]
# "story": inferred from the other articles of the article's story (``ingest --infer-dates``).
PublishedSource = Literal["meta", "html", "text", "url", "story", "none"]


@dataclass(frozen=True, slots=True)
class InputRecord:
    """One article as a reader found it, before any cleaning.

    ``origin`` names where it came from ("dir/a.txt", "feed.jsonl:17") so every
    error and rejection can point a user at the exact file or line.
    """

    origin: str
    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    text: str | None = None
    html: str | None = None
    published: str | None = None
    language: str | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True)
class Rejection:
    """A record that could not be processed: stored and counted, never dropped silently."""

    origin: str
    stage: str
    code: str
    detail: str

    def message(self) -> str:
        return f"{self.origin}: [{self.stage}/{self.code}] {self.detail}"


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article ready for parsing.

    ``key`` is the content hash that makes ingest idempotent; ``id`` is the
    user-visible id (given id, file name, or the key when neither exists).
    """

    key: str
    id: str
    origin: str
    text: str
    removed: tuple[str, ...] = ()
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    language: str = "en"
    published: str | None = None
    published_source: PublishedSource = "none"
    dateline: str | None = None  # the dateline's place as written ("SEOUL"); not stored


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a parsed article; ``head`` is the index of its syntactic head."""

    i: int
    text: str
    start: int
    end: int
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent_type: str = ""
    ent_iob: str = ""
    sent: int = 0


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    first_token: int
    last_token: int  # exclusive


@dataclass(frozen=True, slots=True)
class NamedEntity:
    text: str
    start: int
    end: int
    label: str
    first_token: int
    last_token: int  # exclusive


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """The parser's output as plain data: tokens, sentences and named entities."""

    article: Article
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    entities: tuple[NamedEntity, ...]


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor per CONTRACT.md: ISO alpha-3 ``country``, ``org`` acronym, PLOVER ``sector``."""

    name: str
    code: str
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """A resolved actor mention: a span of the article plus the actor it denotes."""

    text: str
    start: int
    end: int
    label: str
    actor: Actor | None
    first_token: int
    last_token: int  # exclusive


@dataclass(frozen=True, slots=True)
class Timex:
    text: str
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Evidence:
    article_id: str
    sentence: str
    start: int
    end: int
    trigger: str


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    cameo: str
    root: str
    plover: str | None
    quad_class: int
    goldstein: float
    source: Actor | None
    target: Actor | None
    mode: Mode
    claimant: Actor | None
    date: str | None
    date_precision: DatePrecision
    evidence: tuple[Evidence, ...]
    confidence: float
    location: Location | None = None


@dataclass(frozen=True, slots=True)
class QuoteSpeaker:
    text: str
    name: str


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: Actor | QuoteSpeaker | None
    text: str
    start: int
    end: int
    direct: bool
    cue: str


@dataclass(frozen=True, slots=True)
class AnalyzedArticle:
    """Everything the pipeline learned about one article. ``people`` are the parser's PERSON
    entities, resolved to an actor or not: stories tell look-alike events apart by whom
    their reports are about."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    people: tuple[NamedEntity, ...] = ()


def article_document(analyzed: AnalyzedArticle) -> dict[str, Any]:
    """The ``analyze`` output document of CONTRACT.md."""
    article = analyzed.article
    return {
        "id": article.id,
        "key": article.key,
        "url": article.url,
        "outlet": article.outlet,
        "language": article.language,
        "published": article.published,
        "published_source": article.published_source,
        "title": article.title,
        "text": article.text,
        "removed": list(article.removed),
        "entities": [
            {
                "text": m.text,
                "start": m.start,
                "end": m.end,
                "label": m.label,
                "actor": asdict(m.actor) if m.actor else None,
            }
            for m in analyzed.mentions
        ],
        "timexes": [asdict(t) for t in analyzed.timexes],
        "events": [event_document(e) for e in analyzed.events],
        "quotes": [asdict(q) for q in analyzed.quotes],
    }


def event_document(event: Event) -> dict[str, Any]:
    doc = asdict(event)
    doc["evidence"] = [asdict(e) for e in event.evidence]
    return doc
