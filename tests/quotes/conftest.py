"""Shared quote-test tools: parser, packaged actor resolver and quote extractor, loaded
once per session."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.actors import ActorResolver
from newsgraph.nlp import Parser, ParserConfig
from newsgraph.quotes import QuoteExtractor, QuoteSpan
from newsgraph.quotes.bounds import Bounds
from newsgraph.quotes.cues import QuoteCues
from newsgraph.records import Article

Spans = Callable[[str], tuple[QuoteSpan, ...]]


@pytest.fixture(scope="session")
def tools() -> tuple[Parser, ActorResolver, QuoteExtractor]:
    return Parser(ParserConfig()).setup(), ActorResolver.load(), QuoteExtractor.load()


@pytest.fixture(scope="session")
def spans(tools: tuple[Parser, ActorResolver, QuoteExtractor]) -> Spans:
    """Every attribution of one text, each checked to point at the text it claims."""
    parser, resolver, extractor = tools

    def extract(text: str) -> tuple[QuoteSpan, ...]:
        parsed = parser.parse([Article(key="k", id="t", origin="test", text=text)])[0]
        found = extractor.spans(parsed, resolver.resolve(parsed))
        for span in found:
            assert text[span.start : span.end] == span.text
            assert text[span.cue_start : span.cue_end] == span.cue
            if span.speaker_start is not None:
                assert text[span.speaker_start : span.speaker_end] == span.speaker_text
        return found

    return extract


@pytest.fixture(scope="session")
def by_cue() -> Callable[[tuple[QuoteSpan, ...], str], QuoteSpan]:
    """The attribution with cue ``cue`` among ``found``."""

    def pick(found: tuple[QuoteSpan, ...], cue: str) -> QuoteSpan:
        return next(s for s in found if s.cue == cue)

    return pick


@pytest.fixture(scope="session")
def cues() -> QuoteCues:
    """The packaged cues, loaded once."""
    return QuoteCues.load()


@pytest.fixture(scope="session")
def bounds(cues: QuoteCues) -> Bounds:
    """The content-bounds reader over the packaged cues, keeping every quotation mark."""
    return Bounds(cues, frozenset(m for pair in cues.quote_marks for m in pair))
