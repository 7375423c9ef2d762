"""One attribution per speech act when two cues read it twice.

A light verb and the cue phrase built on it ("has voiced support for a ban" and "voiced
support for" + "a ban"), or a verb and the longer clause it heads ("to say" and "goes on
to say:"), share words of their cues; the one whose content holds the other's is the act
as written, the other only a cut of it.
"""

from __future__ import annotations

from .candidates import Candidate


def one_per_act(candidates: list[Candidate]) -> list[Candidate]:
    """Drop a candidate whose cue shares words with another's and whose content lies
    inside that other's content; of two with the same content the shorter cue stays (on
    a tie, the one read later, as the earlier is dropped first)."""
    dropped: set[int] = set()
    for number, candidate in enumerate(candidates):
        for other_number, other in enumerate(candidates):
            if other_number == number or other_number in dropped:
                continue
            if not _cues_overlap(candidate, other):
                continue
            if _covers(other, candidate) and (
                not _covers(candidate, other) or _cue_length(other) <= _cue_length(candidate)
            ):
                dropped.add(number)
                break
    return [c for n, c in enumerate(candidates) if n not in dropped]


def _cues_overlap(a: Candidate, b: Candidate) -> bool:
    return (
        a.cue_end > a.cue_start
        and b.cue_end > b.cue_start
        and a.cue_start < b.cue_end
        and b.cue_start < a.cue_end
    )


def _covers(outer: Candidate, inner: Candidate) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _cue_length(candidate: Candidate) -> int:
    return candidate.cue_end - candidate.cue_start
