"""Quotations a clause before them introduces whatever its verb, in their own sentence or
the one right before (sentences written for these tests)."""

from __future__ import annotations


def _quote(spans, text: str, opening: str):
    (quote,) = [s for s in spans(text) if s.text.startswith(opening)]
    return quote


def test_a_verb_the_quotation_hangs_on_introduces_it(spans) -> None:
    text = (
        "“The ferry will sail on time,” the harbour master said on Monday.\n\n"
        "The ferry captain scoffed at “a timetable nobody on the crews has ever seen.”"
    )
    quote = _quote(spans, text, "“a timetable")
    assert quote.speaker_text == "The ferry captain"
    assert quote.cue == "scoffed"


def test_a_joined_verb_shares_its_subject(spans) -> None:
    text = (
        "“We will open the new pier in May,” the mayor said.\n\n"
        "Olsen waved the crowd quiet, then leaned in and boomed: “Let us build the pier "
        "before the summer comes.”"
    )
    quote = _quote(spans, text, "“Let us build")
    assert quote.speaker_text == "Olsen"
    assert "boomed" in quote.cue


def test_the_sentence_right_before_introduces_a_quotation_opening_its_own(spans) -> None:
    text = (
        "“The pier is too small for the new ferries,” the mayor said.\n\n"
        "Councillor Maria Olsen disagreed. “The pier has served the town well for fifty "
        "years and will serve it for fifty more.”"
    )
    quote = _quote(spans, text, "“The pier has served")
    assert quote.speaker_text == "Councillor Maria Olsen"
    assert quote.cue == "disagreed"


def test_an_earlier_attribution_in_the_paragraph_goes_on_speaking(spans) -> None:
    text = (
        "“Those are very small harbours,” Olsen said. They also lie far from the main road. "
        "“Nobody will drive that far for a ferry to nowhere.”"
    )
    assert not [s for s in spans(text) if s.speaker_text == "They"]


def test_a_title_is_not_introduced(spans) -> None:
    text = (
        "“The ferry will sail on time,” the harbour master said on Monday.\n\n"
        "The captain watched “The Morning Show With Ana Ruiz” from the bridge that day."
    )
    assert not [s for s in spans(text) if "watched" in s.cue]


def test_a_quotation_in_brackets_cites_a_title(spans) -> None:
    text = (
        "“The ferry will sail on time,” the harbour master said on Monday.\n\n"
        "Olsen sat down with the harbour master (“Why the ferry always sails late again,” "
        "the Harbour Post, Thursday)."
    )
    assert not [s for s in spans(text) if s.speaker_text == "Olsen"]


def test_a_verb_in_a_reported_clause_introduces_nothing(spans) -> None:
    text = (
        "“The ferry will sail on time,” the harbour master said on Monday.\n\n"
        "The board said, reasoning that the captain met “every single rule in the "
        "harbour book,” that it would not act."
    )
    assert not [s for s in spans(text) if s.speaker_text == "the captain"]
