"""Event records from a coded trigger: one per dyad, with evidence, id and confidence.

``EventExtractor`` decides what a trigger means (code, mode, claimant, who against whom);
this turns that decision into the frozen ``Event`` records the rest of the pipeline sees.
Dates start as the publication date; ``extract`` replaces them with a governing time
expression's when one is found.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from ..records import Actor, Event, Evidence, ParsedArticle, Token
from .codes import CameoCode
from .dating import publication_date
from .lexicon import Pattern
from .parties import actor_code

# An event and the key it is deduplicated by: (trigger token, CAMEO code, source, target).
Found = list[tuple[Event, tuple[int, str, str, str]]]


def event_records(
    parsed: ParsedArticle,
    trigger: int,
    pattern: Pattern,
    code: CameoCode,
    pairs: Sequence[tuple[Actor | None, Actor | None]],
    mode: str,
    claimant: Actor | None,
    joint: bool,
) -> Found:
    """One event per (source, target) pair of ``trigger`` coded ``code``; ``joint`` marks a
    reciprocal event of several parties, as sure as a full dyad."""
    sentence = parsed.sentences[parsed.tokens[trigger].sent]
    article = parsed.article
    evidence = Evidence(
        article_id=article.id,
        sentence=article.text[sentence.start : sentence.end],
        start=sentence.start,
        end=sentence.end,
        trigger=trigger_text(parsed.tokens, trigger, pattern),
    )
    date, precision = publication_date(article.published)
    results: Found = []
    for src, tgt in pairs:
        key = (trigger, code.code, actor_code(src), actor_code(tgt))
        confidence = pattern.weight * (0.9 if (src and tgt) or joint else 0.6)
        event = Event(
            id=event_id(article.key, *key),
            cameo=code.code,
            root=code.root,
            plover=code.plover,
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            source=src,
            target=tgt,
            mode=mode,
            claimant=claimant,
            date=date,
            date_precision=precision,
            evidence=(evidence,),
            confidence=round(min(confidence, 1.0), 3),
        )
        results.append((event, key))
    return results


def trigger_text(tokens: Sequence[Token], i: int, pattern: Pattern) -> str:
    """The trigger as evidence names it: its lemma, with the pattern's particle."""
    return f"{tokens[i].lemma} {pattern.particle}" if pattern.particle else tokens[i].lemma


def event_id(article_key: str, trigger: int, code: str, source: str, target: str) -> str:
    """Content-hash id: the same article, trigger, code and dyad give the same id."""
    raw = f"{article_key}|{trigger}|{code}|{source}|{target}".encode()
    return hashlib.sha256(raw).hexdigest()[:24]


__all__ = ["Found", "event_id", "event_records", "trigger_text"]
