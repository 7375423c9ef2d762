"""Fixtures for the actor tests: one parser per session, independent of the other stages."""

from __future__ import annotations

import pytest

from newsgraph.actors import ActorDictionary, ActorResolver
from newsgraph.nlp import Parser, ParserConfig


@pytest.fixture(scope="session")
def parser() -> Parser:
    """The same spaCy pipeline the analyzer uses, without loading the other stages."""
    return Parser(ParserConfig()).setup()


@pytest.fixture(scope="session")
def dictionary() -> ActorDictionary:
    """The packaged actor dictionary, loaded once for every test module that reads it."""
    return ActorDictionary.load()


@pytest.fixture(scope="session")
def resolver() -> ActorResolver:
    """The packaged resolver, loaded once: it keeps no state between articles."""
    return ActorResolver.load()
