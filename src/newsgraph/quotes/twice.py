"""One attribution when two cues give the same words to the same speaker.

'She did predict: “…”' is found by the verb and by the colon after it, and "shrugged
off the report, telling reporters “…”" by both verbs once the quotation widens each
content: the words and the speaker are the same, so one act is read twice, and storing
or scoring it twice only counts it twice. The first reading is kept: readers run from
the cue verb's own parse to the punctuation-set shapes, so it is the more specific one.
Two cues that give the same words to different speakers disagree on who spoke; both are
kept for the speaker readers (dropping the one whose cue is no speech verb was measured
to cost more speakers than it saved).
"""

from __future__ import annotations

from .candidates import Candidate


def once(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates, in order, without a later one that repeats an earlier one's
    content and speaker; candidates with no speaker are never merged (nothing says they
    are one act)."""
    seen: set[tuple[int, int, tuple[int, int, int]]] = set()
    kept: list[Candidate] = []
    for candidate in candidates:
        if candidate.speaker is not None:
            key = (candidate.start, candidate.end, candidate.speaker)
            if key in seen:
                continue
            seen.add(key)
        kept.append(candidate)
    return kept
