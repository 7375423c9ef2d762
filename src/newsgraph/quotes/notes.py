"""The paper's own notes: "Editor's note: Donald Trump is a … who has pledged to …".

A paragraph a note label opens is the outlet speaking in its own voice. What it says of
someone in a relative clause ("…, a birther who has repeatedly pledged to ban …") is the
paper's characterisation, not a report of that person's words; a note's other cues
("An article on Monday reported …", "officials said …") still report their sources.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..records import Token
from .candidates import Candidate
from .cues import QuoteCues

# The most words a note label has before its colon: "Editor's note:".
LABEL_WORDS = 3
# Apostrophes a label's possessive is written with, and the no-break space some pages use.
APOSTROPHES = "'\u2019"
NO_BREAK = "\u00a0"
# How the parse hangs a clause describing a noun on it: "a birther who has pledged …".
RELATIVE_DEPS = frozenset({"relcl"})


def outside_notes(
    candidates: list[Candidate], text: str, tokens: Sequence[Token], cues: QuoteCues
) -> list[Candidate]:
    """``candidates`` without the paper's characterisations in its own notes."""
    notes = note_paragraphs(text, cues.note_labels)
    if not notes:
        return candidates
    ends = [t.end for t in tokens]
    return [c for c in candidates if not _characterises(c, notes, tokens, ends)]


def note_paragraphs(text: str, labels: frozenset[str]) -> tuple[tuple[int, int], ...]:
    """The character spans of the paragraphs a note label (the last word before the
    colon, in ``labels``) opens."""
    found = []
    start = 0
    for line in text.split("\n"):
        if _is_note(line, labels):
            found.append((start, start + len(line)))
        start += len(line) + 1
    return tuple(found)


def _characterises(
    candidate: Candidate,
    notes: tuple[tuple[int, int], ...],
    tokens: Sequence[Token],
    ends: list[int],
) -> bool:
    """A cue in a note whose verb heads a relative clause: "… who has pledged …"."""
    if not any(start <= candidate.cue_start < end for start, end in notes):
        return False
    last = bisect_left(ends, candidate.cue_end)
    return last < len(tokens) and tokens[last].dep in RELATIVE_DEPS


def _is_note(line: str, labels: frozenset[str]) -> bool:
    label, colon, _ = line.strip().partition(":")
    words = label.replace(NO_BREAK, " ").split()
    if not colon or not 0 < len(words) <= LABEL_WORDS:
        return False
    return words[-1].lower().strip(APOSTROPHES) in labels
