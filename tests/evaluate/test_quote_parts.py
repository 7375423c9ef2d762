from __future__ import annotations

from newsgraph.evaluate.quotes import _part


def test_a_gold_part_is_the_span_covering_its_segments_in_any_order() -> None:
    listed_backwards = {"start": 209, "end": 186, "segments": [[209, 236], [91, 186]]}
    assert _part({"content": listed_backwards}, "content") == (91, 236)
    assert _part({"cue": {"start": 85, "end": 90, "segments": [[85, 90]]}}, "cue") == (85, 90)
    assert _part({"cue": {"start": 85, "end": 90}}, "cue") == (85, 90)
    assert _part({"cue": {"start": 90, "end": 85}}, "cue") == (85, 90)
    assert _part({"source": None}, "source") is None
