"""Quote extraction on sentences written for these tests (one spaCy load per session)."""

from __future__ import annotations

import pytest

from newsgraph.actors import ActorResolver
from newsgraph.nlp import Parser, ParserConfig
from newsgraph.quotes import QuoteExtractor, QuoteSpan
from newsgraph.records import Actor, Article, QuoteSpeaker


@pytest.fixture(scope="module")
def tools() -> tuple[Parser, ActorResolver, QuoteExtractor]:
    return Parser(ParserConfig()).setup(), ActorResolver.load(), QuoteExtractor.load()


def spans(tools, text: str) -> tuple[QuoteSpan, ...]:
    parser, resolver, extractor = tools
    parsed = parser.parse([Article(key="k", id="t", origin="test", text=text)])[0]
    found = extractor.spans(parsed, resolver.resolve(parsed))
    for span in found:  # offsets always point at the text they claim
        assert text[span.start : span.end] == span.text
        assert text[span.cue_start : span.cue_end] == span.cue
        if span.speaker_start is not None:
            assert text[span.speaker_start : span.speaker_end] == span.speaker_text
    return found


def test_direct_quote_with_curly_marks_and_inserted_cue(tools) -> None:
    text = "“The harbour will reopen soon,” the mayor said, “and the ferries will run again.”"
    (quote,) = spans(tools, text)
    assert quote.direct and quote.cue == "said" and quote.speaker_text == "the mayor"
    assert quote.text.startswith("“The harbour") and quote.text.endswith("again.”")


def test_direct_quote_with_straight_marks(tools) -> None:
    text = 'Maria Lopez said: "The river has never been this low in forty years."'
    (quote,) = spans(tools, text)
    assert quote.direct and quote.text.startswith('"The river')
    assert isinstance(quote.speaker, QuoteSpeaker) and quote.speaker.name == "Maria Lopez"


def test_partial_quote_woven_into_paraphrase(tools) -> None:
    text = "Stoltenberg said “there is no doubt” that Moscow gets “substantial military help.”"
    (quote,) = spans(tools, text)
    assert not quote.direct
    assert quote.text.startswith("“there is no doubt”") and "substantial" in quote.text


def test_according_to(tools) -> None:
    text = "Grain exports fell by a third last year, according to the farmers' union."
    (quote,) = spans(tools, text)
    assert quote.cue == "according to" and quote.speaker_text == "the farmers' union"
    assert quote.text == "Grain exports fell by a third last year"


def test_pronoun_speaker_carried_from_named_one(tools) -> None:
    text = "Anna Berg opened the session in Oslo. Later she said the budget was balanced."
    (quote,) = spans(tools, text)
    assert quote.speaker_text == "she"
    assert quote.speaker == QuoteSpeaker(text="Anna Berg", name="Anna Berg")


def test_organisation_statement(tools) -> None:
    text = (
        "In a statement, the Russian foreign ministry denounced the sanctions. "
        "The statement said the measures were illegal."
    )
    first, second = spans(tools, text)
    assert first.cue == "denounced" and first.text == "the sanctions"
    assert isinstance(first.speaker, Actor) and first.speaker.country == "RUS"
    assert second.speaker_text == "The statement" and second.speaker == first.speaker


def test_scare_quotes_are_not_a_quote(tools) -> None:
    assert spans(tools, "The so-called “experts” were wrong about the harvest.") == ()


def test_attribution_inside_a_quote_is_part_of_it(tools) -> None:
    text = "“I think the vote was fair and we accept it,” the senator said."
    (quote,) = spans(tools, text)
    assert quote.speaker_text == "the senator" and quote.text.startswith("“I think")


def test_extract_returns_contract_quotes(tools) -> None:
    parser, resolver, extractor = tools
    text = "The governor said the bridge would be repaired by June."
    parsed = parser.parse([Article(key="k", id="t", origin="test", text=text)])[0]
    (quote,) = extractor.extract(parsed, resolver.resolve(parsed))
    assert quote.text == "the bridge would be repaired by June" and quote.cue == "said"
    assert not quote.direct
