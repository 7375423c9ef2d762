"""A story's headline and extractive summary, every sentence citing its article.

Sentences are split at end punctuation and line breaks, but not after an abbreviation
(spaCy's English tokenizer exceptions: "Mr.", "Gen.", "D.C.", "Calif."), a dotted
initialism ("U.S.", "p.m."), an initial ("George W. Bush") or before a lowercase word,
so a summary never quotes "… in Washington D." as a sentence.

The summary takes lead sentences (the first ``SENTENCES_PER_ARTICLE`` of each
member, in arrival order) until ``SUMMARY_SENTENCES`` are chosen, skipping any
sentence whose words overlap an already chosen one by ``REPEAT_OVERLAP`` or
more, so wire copy carried by several outlets is quoted once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lang.en.tokenizer_exceptions import TOKENIZER_EXCEPTIONS

SUMMARY_SENTENCES = 3
SENTENCES_PER_ARTICLE = 2
REPEAT_OVERLAP = 0.6
MIN_SENTENCE_WORDS = 6
# A candidate end: end punctuation (closing quotes and brackets included), then space.
_END = re.compile(r"[.!?]+[\"'”’)]*(?=\s|$)|\n")
_CLOSED = re.compile(r"[.!?][\"'”’)]*\s*$")
_LAST_WORD = re.compile(r"\S+$")
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+")
_ABBREVIATIONS = frozenset(k for k in TOKENIZER_EXCEPTIONS if k.endswith(".") and len(k) > 1)
_LONGEST_WORD = 40  # how far back the word before a full stop is looked for
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Member:
    """What the summary needs of one member article."""

    id: str
    title: str | None
    text: str


def sentences(text: str, limit: int | None = None) -> list[str]:
    """The first ``limit`` (default all) sentences of ``text`` of at least
    ``MIN_SENTENCE_WORDS`` words (line breaks and end punctuation, abbreviations kept
    whole); good enough for leads."""
    return list(islice(_sentences(text), limit))


def _sentences(text: str) -> Iterator[str]:
    """Sentences in order; a line that ends without end punctuation (a headline, a
    byline, a caption) is not one."""
    start = 0
    for end in _END.finditer(text):
        if end.group() == "\n":
            if _CLOSED.search(text, start, end.start()):
                yield from _long_enough(text[start : end.start()])
            start = end.end()
        elif _ends_sentence(text, end):
            yield from _long_enough(text[start : end.end()])
            start = end.end()
    yield from _long_enough(text[start:])


def _long_enough(sentence: str) -> Iterator[str]:
    sentence = sentence.strip()
    if len(sentence.split()) >= MIN_SENTENCE_WORDS:
        yield sentence


def _ends_sentence(text: str, end: re.Match[str]) -> bool:
    """Whether the end punctuation ``end`` closes a sentence: not when the next word is
    lowercase, nor when a full stop ends an abbreviation, initialism or initial."""
    following = text[end.end() :].lstrip(" \t")
    if following[:1].islower():
        return False
    if not end.group().startswith(".") or len(end.group()) > 1:
        return True
    last = _LAST_WORD.search(text, max(0, end.start() - _LONGEST_WORD), end.end())
    word = last.group().lstrip("(\"'“‘") if last else ""
    return not (word in _ABBREVIATIONS or _INITIALISM.fullmatch(word))


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.casefold()) if w not in STOP_WORDS)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def summary(members: Sequence[Member]) -> list[dict[str, str]]:
    """Up to ``SUMMARY_SENTENCES`` distinct lead sentences, each with its ``article_id``."""
    chosen: list[tuple[frozenset[str], dict[str, str]]] = []
    for member in members:
        for sentence in sentences(member.text, SENTENCES_PER_ARTICLE):
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
        first = sentences(members[0].text, 1) if members else []
        return first[0] if first else None
    best = max(
        titled,
        key=lambda item: sum(len(item[1] & other) for _, other in titled),
    )
    return best[0].title
