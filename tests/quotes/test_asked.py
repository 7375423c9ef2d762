"""Questions put to someone by no one named, in a bare participle: "when asked about …"
(sentences written for these tests)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "The harbour master, when asked about the broken ferry ramp, walked away.",
            "the broken ferry ramp",
        ),
        (
            "The harbour master, when asked how the ferry would run, walked away.",
            "how the ferry would run",
        ),
    ],
)
def test_what_an_unnamed_asker_asked(spans, text: str, asked: str) -> None:
    found = [s for s in spans(text) if s.cue == "asked"]
    assert len(found) == 1
    assert found[0].text == asked
    assert found[0].speaker_start is None
