"""ConfliBERT argument spans are matched by shared content words."""

from __future__ import annotations

from newsgraph.evaluate.events import _span_match
from newsgraph.evaluate.result import PRF


def test_a_mention_inside_the_gold_span_matches() -> None:
    assert _span_match("Iraqi troops", ["Iraqi troops and militias"]) == PRF(1, 0, 0)


def test_function_words_alone_do_not_match() -> None:
    assert _span_match("the government", ["the rebels"]) == PRF(0, 1, 1)


def test_missing_and_invented_arguments() -> None:
    assert _span_match(None, ["Kiev"]) == PRF(0, 0, 1)
    assert _span_match("Kiev", []) == PRF(0, 1, 0)
    assert _span_match(None, []) == PRF(0, 0, 0)
