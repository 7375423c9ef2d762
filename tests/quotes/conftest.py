"""Shared quote-test tools: parser, packaged actor resolver and quote extractor, loaded
once per session."""

from __future__ import annotations

import pytest

from newsgraph.actors import ActorResolver
from newsgraph.nlp import Parser, ParserConfig
from newsgraph.quotes import QuoteExtractor


@pytest.fixture(scope="session")
def tools() -> tuple[Parser, ActorResolver, QuoteExtractor]:
    return Parser(ParserConfig()).setup(), ActorResolver.load(), QuoteExtractor.load()
