"""A story's headline and extractive summary, every sentence citing its article.

The summary takes lead sentences (the first ``SENTENCES_PER_ARTICLE`` of each
member, in arrival order) until ``SUMMARY_SENTENCES`` are chosen, skipping any
sentence whose words overlap an already chosen one by ``REPEAT_OVERLAP`` or
more, so wire copy carried by several outlets is quoted once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

SUMMARY_SENTENCES = 3
SENTENCES_PER_ARTICLE = 2
REPEAT_OVERLAP = 0.6
MIN_SENTENCE_WORDS = 6
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|$)")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Member:
    """What the summary needs of one member article."""

    id: str
    title: str | None
    text: str


def sentences(text: str) -> list[str]:
    """Plain sentence split (line breaks and end punctuation); good enough for leads."""
    found = (m.group().strip() for m in _SENTENCE.finditer(text))
    return [s for s in found if len(s.split()) >= MIN_SENTENCE_WORDS]


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.casefold()) if w not in STOP_WORDS)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def summary(members: Sequence[Member]) -> list[dict[str, str]]:
    """Up to ``SUMMARY_SENTENCES`` distinct lead sentences, each with its ``article_id``."""
    chosen: list[tuple[frozenset[str], dict[str, str]]] = []
    for member in members:
        for sentence in sentences(member.text)[:SENTENCES_PER_ARTICLE]:
            words = _words(sentence)
            if any(_overlap(words, seen) >= REPEAT_OVERLAP for seen, _ in chosen):
                continue
            chosen.append((words, {"sentence": sentence, "article_id": member.id}))
            if len(chosen) == SUMMARY_SENTENCES:
                return [item for _, item in chosen]
    return [item for _, item in chosen]


def title(members: Sequence[Member]) -> str | None:
    """The member headline sharing the most words with the other headlines (the
    most typical one); the first sentence of the first member when none has one."""
    titled = [(m, _words(m.title)) for m in members if m.title]
    if not titled:
        first = sentences(members[0].text) if members else []
        return first[0] if first else None
    best = max(
        titled,
        key=lambda item: sum(len(item[1] & other) for _, other in titled),
    )
    return best[0].title
