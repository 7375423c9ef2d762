"""Stance nouns naming violence, not words, are no attribution (sentences written for
these tests)."""

from __future__ import annotations


def test_deadly_attack_on_a_place_is_no_stance(spans) -> None:
    text = "The deadly attack on a harbour office in Portsmouth shocked the town."
    assert not [s for s in spans(text) if s.cue.lower().startswith("attack")]


def test_dated_attack_is_no_stance(spans) -> None:
    text = "Investigators are still studying the 2012 attacks on the harbour office."
    assert not [s for s in spans(text) if s.cue.lower().startswith("attack")]


def test_attacks_on_a_person_stay_a_stance(spans) -> None:
    text = "Attacks on the mayor over the ferry fees have grown louder this week."
    found = [s for s in spans(text) if s.cue.lower().startswith("attack")]
    assert [s.text for s in found] == ["the mayor"]
