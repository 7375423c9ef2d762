"""Session-wide timex test fixtures: the parser, tagger and normalizer load once for all modules."""

from __future__ import annotations

import pytest

from newsgraph.nlp import Parser, ParserConfig
from newsgraph.timex import Normalizer, TimexLexicon, TimexTagger


@pytest.fixture(scope="session")
def parser() -> Parser:
    return Parser(ParserConfig()).setup()


@pytest.fixture(scope="session")
def tagger() -> TimexTagger:
    return TimexTagger.load()


@pytest.fixture(scope="session")
def normalizer() -> Normalizer:
    return Normalizer(TimexLexicon.load())
