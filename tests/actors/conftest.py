"""Fixtures for the actor tests: one parser per session, independent of the other stages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.actors import ActorDictionary, ActorResolver
from newsgraph.actors.people import PeopleRoster
from newsgraph.nlp import Parser, ParserConfig
from newsgraph.records import Actor, Article


@pytest.fixture(scope="session")
def parser() -> Parser:
    """The same spaCy pipeline the analyzer uses, without loading the other stages."""
    return Parser(ParserConfig()).setup()


@pytest.fixture(scope="session")
def dictionary() -> ActorDictionary:
    """The packaged actor dictionary, loaded once for every test module that reads it."""
    return ActorDictionary.load()


@pytest.fixture(scope="session")
def roster(dictionary: ActorDictionary) -> PeopleRoster:
    """The packaged people roster, its role codes checked against the dictionary, loaded once."""
    return PeopleRoster.load(known_codes=dictionary.codes)


@pytest.fixture(scope="session")
def resolver() -> ActorResolver:
    """The packaged resolver, loaded once: it keeps no state between articles."""
    return ActorResolver.load()


@pytest.fixture(scope="session")
def mentions(parser: Parser, resolver: ActorResolver) -> Callable[..., dict[str, Actor]]:
    """Resolve one written sentence to its actors by mention text, dated mid-2024 unless told."""

    def run(text: str, published: str | None = "2024-07-01") -> dict[str, Actor]:
        article = Article(key="k", id="t", origin="t", text=text, published=published)
        parsed = parser.parse([article])[0]
        return {m.text: m.actor for m in resolver.resolve(parsed).mentions if m.actor}

    return run


@pytest.fixture(scope="session")
def undated_codes(mentions: Callable[..., dict[str, Actor]]) -> Callable[[str], dict[str, str]]:
    """Actor codes by mention text for an article with no publication date."""

    def run(text: str) -> dict[str, str]:
        return {span: actor.code for span, actor in mentions(text, None).items()}

    return run
