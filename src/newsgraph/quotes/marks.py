"""Quoted regions of a text: paired quotation marks, including quotes over paragraphs.

News style opens every paragraph of a long quote with a mark and closes only the
last one, so an unclosed quote continues when the next paragraph opens with the
same mark, and otherwise ends with its paragraph (a stray mark never swallows the
rest of the article). An opening mark may have a second closing mark for sloppy copy
(“…" and "…”), and a closing mark opening a line may open a quote it closes again in the
same paragraph (”…”). A mark may be more than one character: some papers write two
apostrophes (''…'') for a quotation mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# What may follow a closing quotation mark directly: '…,” he said', '“…”.', '“…”;'.
CLOSING_FOLLOWERS = frozenset(".,;:!?)—-")


@dataclass(frozen=True, slots=True)
class QuotedRegion:
    """Character span [start, end) of a quotation, marks included."""

    start: int
    end: int


def quoted_regions(text: str, pairs: Sequence[tuple[str, str]]) -> tuple[QuotedRegion, ...]:
    """Every top-level quotation in ``text``, in order, never overlapping."""
    openers: dict[str, str] = {}
    fallback: dict[str, str] = {}
    for opening, closing in pairs:
        if opening in openers:
            fallback.setdefault(opening, closing)
        openers.setdefault(opening, closing)
    # Longest marks first, so two apostrophes are one mark, not two.
    ordered = sorted(openers, key=len, reverse=True)
    # Marks that only ever close ("”"), which sloppy copy also sets to open a quote.
    closers = sorted({c for _, c in pairs} - set(openers), key=len, reverse=True)
    first_chars = frozenset(mark[0] for mark in ordered)
    closer_chars = frozenset(mark[0] for mark in closers)
    regions: list[QuotedRegion] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] in closer_chars:
            end = _closer_opened(text, i, closers, ordered)
            if end > 0:
                regions.append(QuotedRegion(i, end))
                i = end
                continue
        if text[i] not in first_chars:
            i += 1
            continue
        opening = next((m for m in ordered if text.startswith(m, i)), None)
        if opening is None:
            i += 1
            continue
        start, closing = i, openers[opening]
        j = i + len(opening)
        while True:
            stop = _paragraph_end(text, j)
            close = _find(text, closing, j, stop, ordered)
            reopen = _find(text, opening, j, stop, ordered) if opening != closing else -1
            second = fallback.get(opening)
            other = _find(text, second, j, stop, ordered) if second is not None else -1
            if second is not None and _second_closes(
                other, close, reopen, second in openers and not _closes_here(text, other, second)
            ):  # "…” or “…" in sloppy copy
                closing = second
                close = _find(text, second, j, stop, ordered)
                reopen = _find(text, opening, j, stop, ordered) if opening != closing else -1
            if (
                reopen >= 0
                and (close < 0 or reopen < close)
                and _closes_here(text, reopen, opening)
            ):
                close, closing = reopen, opening  # '“It's unusual,“ said X': a mark set as a close
                reopen = -1
            if close >= 0 and (reopen < 0 or close < reopen):
                regions.append(QuotedRegion(start, close + len(closing)))
                i = close + len(closing)
                break
            if reopen >= 0:  # a fresh opening mark before any close: the first never closed
                regions.append(QuotedRegion(start, _rstrip(text, start, reopen)))
                i = reopen
                break
            following = _next_paragraph(text, stop)
            if following < n and text.startswith(opening, following):
                j = following + len(opening)  # the quote runs on into the next paragraph
                continue
            end = _rstrip(text, start, stop)
            if end - start > len(opening):
                regions.append(QuotedRegion(start, end))
            i = stop
            break
    return tuple(regions)


def _closer_opened(text: str, at: int, closers: Sequence[str], marks: Sequence[str]) -> int:
    """Where a quotation ends that a closing mark opens ('\n\n”Late again. The ferry …”'),
    or -1. The mark must sit where only an opening one does (opening its line, right
    before a word) and the same mark must close it in its paragraph: a stray closing mark
    opens nothing, and one inside a line may close a quote whose opening mark is lost."""
    mark = next((m for m in closers if text.startswith(m, at)), None)
    if mark is None or text[text.rfind("\n", 0, at) + 1 : at].strip():
        return -1
    after = at + len(mark)
    if after >= len(text) or not (text[after].isalnum() or text[after] in "[("):
        return -1
    close = _find(text, mark, after, _paragraph_end(text, after), marks)
    if close < 0 or not _closes_here(text, close, mark):
        return -1
    return close + len(mark)


def _second_closes(other: int, close: int, reopen: int, can_open: bool) -> bool:
    """Whether a quote's second closing mark, at ``other``, closes it.

    A mark that never opens a quote (”) closes it when it comes first. One that can (")
    might open a nested quote, so it closes only when the first closing mark is missing or
    belongs to a later quote (a fresh opening mark comes before it), and before that quote.
    """
    if other < 0:
        return False
    if not can_open:
        return close < 0 or other < close
    before_reopen = reopen < 0 or other < reopen
    return before_reopen and (close < 0 or 0 <= reopen < close)


def _closes_here(text: str, at: int, mark: str) -> bool:
    """Whether a mark that may open or close sits where only a closing one does: right
    after a word or punctuation and before a space, punctuation or the end ('…publicity,"
    said'), as an opening mark never is."""
    if at <= 0 or text[at - 1].isspace():
        return False
    after = at + len(mark)
    return after >= len(text) or text[after].isspace() or text[after] in CLOSING_FOLLOWERS


def _find(text: str, mark: str, start: int, stop: int, marks: Sequence[str]) -> int:
    """First ``mark`` in text[start:stop] that is not part of a longer mark ('' is not ')."""
    longer = [m for m in marks if len(m) > len(mark) and mark in m]
    at = text.find(mark, start, stop)
    while at >= 0 and longer:
        inside = False
        for m in longer:
            offset = m.find(mark)
            if text.startswith(m, at - offset) and at - offset >= start:
                inside = True
                break
        if not inside:
            break
        at = text.find(mark, at + 1, stop)
    return at


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
