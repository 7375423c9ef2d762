"""Quoted regions of a text: paired quotation marks, including quotes over paragraphs.

News style opens every paragraph of a long quote with a mark and closes only the
last one, so an unclosed quote continues when the next paragraph opens with the
same mark, and otherwise ends with its paragraph (a stray mark never swallows the
rest of the article).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class QuotedRegion:
    """Character span [start, end) of a quotation, marks included."""

    start: int
    end: int


def quoted_regions(text: str, pairs: Sequence[tuple[str, str]]) -> tuple[QuotedRegion, ...]:
    """Every top-level quotation in ``text``, in order, never overlapping."""
    openers: dict[str, str] = {}
    for opening, closing in pairs:
        openers.setdefault(opening, closing)
    regions: list[QuotedRegion] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char not in openers:
            i += 1
            continue
        start, closing = i, openers[char]
        j = i + 1
        while True:
            stop = _paragraph_end(text, j)
            close = text.find(closing, j, stop)
            reopen = text.find(char, j, stop) if char != closing else -1
            if close >= 0 and (reopen < 0 or close < reopen):
                regions.append(QuotedRegion(start, close + 1))
                i = close + 1
                break
            if reopen >= 0:  # a fresh opening mark before any close: the first never closed
                regions.append(QuotedRegion(start, _rstrip(text, start, reopen)))
                i = reopen
                break
            following = _next_paragraph(text, stop)
            if following < n and text[following] == char:
                j = following + 1  # the quote runs on into the next paragraph
                continue
            end = _rstrip(text, start, stop)
            if end - start > 1:
                regions.append(QuotedRegion(start, end))
            i = stop
            break
    return tuple(regions)


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _next_paragraph(text: str, stop: int) -> int:
    while stop < len(text) and text[stop].isspace():
        stop += 1
    return stop


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end
