"""Shared event-test tools: the packaged CAMEO table, parser, actor resolver and event
extractor, loaded once per session (each load parses data files and a spaCy model)."""

from __future__ import annotations

import pytest

from newsgraph.actors import ActorResolver
from newsgraph.events.codes import CameoTable
from newsgraph.events.extract import EventExtractor
from newsgraph.events.lexicon import Lexicon
from newsgraph.events.modes import ModeCues
from newsgraph.nlp import Parser, ParserConfig


@pytest.fixture(scope="session")
def table() -> CameoTable:
    return CameoTable.load()


@pytest.fixture(scope="session")
def lexicon(table: CameoTable) -> Lexicon:
    return Lexicon.load(table)


@pytest.fixture(scope="session")
def tools(table: CameoTable, lexicon: Lexicon) -> tuple[Parser, ActorResolver, EventExtractor]:
    extractor = EventExtractor(table, lexicon, ModeCues.load())
    return Parser(ParserConfig()).setup(), ActorResolver.load(), extractor
