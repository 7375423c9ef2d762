"""A participle after a clause of its speaker's own adds to that act and says nothing
of it ("Clinton won Ohio, adding to her lead"); a cue clause set off after words it
reports still reports them."""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.quotes import QuoteSpan

Spans = Callable[[str], tuple[QuoteSpan, ...]]


def test_a_participle_after_its_speakers_own_clause_reports_nothing(spans: Spans) -> None:
    text = (
        "Hillary Clinton won the Democratic primary in North Carolina on Tuesday, "
        "adding to her run of victories in the South."
    )
    assert not [s for s in spans(text) if s.cue == "adding"]


def test_a_continuing_streak_is_no_content(spans: Spans) -> None:
    text = (
        "Bernie Sanders prevailed in the Wisconsin primary on Tuesday, continuing his "
        "winning streak over Hillary Clinton."
    )
    assert not [s for s in spans(text) if s.cue == "continuing"]


def test_a_cue_clause_after_the_words_it_reports_keeps_them(spans: Spans) -> None:
    found = spans("Voters are angry about trade, the senator said.")
    assert [(s.cue, s.text, s.speaker_text) for s in found] == [
        ("said", "Voters are angry about trade", "the senator")
    ]


def test_a_quotation_before_the_cue_stays_its_content(spans: Spans) -> None:
    text = "“It could be very rough out there,” Trump said, adding a plug for his book."
    said = [s for s in spans(text) if s.cue == "said"]
    assert [s.text for s in said] == ["“It could be very rough out there,”"]
