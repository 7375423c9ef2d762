"""Quoted regions: pairing marks, paragraph run-ons, stray marks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsgraph.quotes import QuoteCues, quoted_regions

PAIRS = QuoteCues.load().quote_marks


def _texts(text: str) -> list[str]:
    return [text[r.start : r.end] for r in quoted_regions(text, PAIRS)]


def test_curly_and_straight_marks() -> None:
    text = 'He said “we will go” and she said "we will stay".'
    assert _texts(text) == ["“we will go”", '"we will stay"']


def test_quote_running_over_paragraphs() -> None:
    text = "“The first part goes on.\n\n“And the second part ends here,” she said."
    assert _texts(text) == ["“The first part goes on.\n\n“And the second part ends here,”"]


def test_unclosed_mark_ends_with_its_paragraph() -> None:
    text = "A stray “mark here.\n\nNext paragraph has no marks."
    assert _texts(text) == ["“mark here."]


def test_two_apostrophes_are_one_mark() -> None:
    text = "''We will go,'' she said. ''It isn't far.'' He didn't 'agree'."
    assert _texts(text) == ["''We will go,''", "''It isn't far.''"]


def test_mixed_marks_in_sloppy_copy() -> None:
    text = '"The vote was fair,” he said. “We accept it," she said. “Later” came “more"'
    assert _texts(text) == ['"The vote was fair,”', '“We accept it,"', "“Later”", '“more"']


def test_an_opening_mark_set_where_a_quotation_closes_closes_it() -> None:
    text = "“It is unusual,“ said the clerk. “It is hard to do.”"
    assert _texts(text) == ["“It is unusual,“", "“It is hard to do.”"]


def test_a_straight_mark_after_words_closes_before_a_later_curly_one() -> None:
    # “…," closes at the straight mark even when a proper ” closes a later quotation.
    text = '“There is no bad publicity," said the mayor. "We made mistakes and we fixed them.”'
    assert _texts(text) == ['“There is no bad publicity,"', '"We made mistakes and we fixed them.”']


def test_a_closing_mark_opening_a_line_opens_the_quote_it_closes() -> None:
    text = "Photo: Harbour Post.\n\n”Fear. I am afraid the ferry will never sail.” ― Ana Ruiz."
    assert _texts(text) == ["”Fear. I am afraid the ferry will never sail.”"]


def test_a_closing_mark_inside_a_line_opens_nothing() -> None:
    text = "The crews were told ”to wait for the tide” by the harbour master."
    assert _texts(text) == []


def test_a_stray_closing_mark_opening_a_line_swallows_nothing() -> None:
    text = "”The ferry never came.\n\nThe crews went home early, ” the captain added."
    assert _texts(text) == []


@given(st.text(alphabet="ab “”\"'\n", max_size=60))
def test_regions_are_ordered_disjoint_and_start_with_a_mark(text: str) -> None:
    regions = quoted_regions(text, PAIRS)
    openers = {pair[0] for pair in PAIRS}
    closers = {pair[1] for pair in PAIRS} - openers
    previous_end = 0
    for region in regions:
        assert previous_end <= region.start < region.end <= len(text)
        line_start = not text[text.rfind("\n", 0, region.start) + 1 : region.start].strip()
        assert any(text.startswith(mark, region.start) for mark in openers) or (
            line_start and any(text.startswith(mark, region.start) for mark in closers)
        )
        previous_end = region.end
