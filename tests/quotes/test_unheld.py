"""Stances received from no one named (``quotes.unheld``; sentences written for these
tests, one spaCy load per session, see conftest)."""

from __future__ import annotations


def test_criticism_faced_for_a_reason_is_sourced_to_no_one(spans) -> None:
    (quote,) = spans("The mayor faced sharp criticism for closing the harbour.")
    assert quote.cue == "criticism" and quote.speaker is None
    assert quote.text == "The mayor faced sharp criticism for closing the harbour"


def test_a_stance_without_its_reason_tells_a_standing(spans) -> None:
    assert spans("The mayor earned praise.") == ()


def test_an_owner_holds_the_stance(spans) -> None:
    (quote,) = spans("The mayor faced his party's criticism over the harbour.")
    assert quote.speaker_text == "his party's" and quote.text == "the harbour"
