"""Stance nouns with no owner: what the stance is about, sourced to no one ("Opposition
to the bridge tolls has grown"; sentences written for these tests)."""

from __future__ import annotations


def test_ownerless_stance_noun_reports_its_object(spans) -> None:
    text = "Opposition to the bridge tolls has united the harbour towns this spring."
    found = [s for s in spans(text) if s.cue == "Opposition to"]
    assert len(found) == 1
    assert found[0].text == "the bridge tolls"
    assert found[0].speaker_start is None


def test_stance_noun_in_reported_words_is_that_reports(spans) -> None:
    text = "Olsen said opposition to the bridge tolls had united the harbour towns."
    assert not [s for s in spans(text) if s.cue == "opposition to"]
