"""An owner's embrace or dislike of something is a stance (sentences written for this
test)."""

from __future__ import annotations


def test_owned_embrace_is_a_stance(spans) -> None:
    text = "Olsen's embrace of the ferry tolls surprised the harbour council on Monday."
    found = [s for s in spans(text) if s.cue.startswith("embrace")]
    assert [s.text for s in found] == ["the ferry tolls"]
    assert found[0].speaker_text.startswith("Olsen")


def test_owned_dislike_is_a_stance(spans) -> None:
    text = "The council's dislike of the ferry tolls has grown since the harbour vote."
    found = [s for s in spans(text) if s.cue.startswith("dislike")]
    assert [s.text for s in found] == ["the ferry tolls"]
    assert found[0].speaker_text.startswith("The council")
