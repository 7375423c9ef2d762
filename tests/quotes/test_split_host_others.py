"""Another speaker's attribution between a quote and the quotation that goes on with it
stays a quote of its own when the quote is stretched over it."""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.quotes import QuoteSpan

Spans = Callable[[str], tuple[QuoteSpan, ...]]


def test_other_speaker_between_split_quote_stays(
    spans: Spans, by_cue: Callable[[tuple[QuoteSpan, ...], str], QuoteSpan]
) -> None:
    text = (
        '"We will win this race in the fall," Ann Lee said on Monday, after Bo Smith '
        'endorsed the plan. "Nobody can stop us now that the voters are with us."'
    )
    found = spans(text)
    said = by_cue(found, "said")
    assert said.text.endswith('with us."')
    endorsed = by_cue(found, "endorsed")
    assert endorsed.text == "the plan"
    assert endorsed.speaker_text == "Bo Smith"
