"""Quote spans with offsets, and quotations that continue an attributed quote.

``QuoteSpan`` is what the extractor returns for evaluation and debugging: the quote
and the offsets of its speaker and cue. Quotations no cue covers continue the quote
before them: in the same paragraph they extend it, in a later one they are quotes of
their own by the same speaker. A quotation in title case is a name, not speech ('a “Talk
Bernie to Me” tote bag'). Another's attribution a content then holds after its cue is part
of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..records import Actor, Quote, QuoteSpeaker
from .marks import QuotedRegion

# Characters of speaker description a quote's second half may follow in its paragraph:
# '“…,” said X, who will speak at the convention on Tuesday night. “…”'.
JOIN_GAP = 200
# Characters at most between a content and a quotation ending its sentence.
SENTENCE_GAP = 120
# A quotation mark left between a cue clause and the paragraph's end means another quote.
QUOTE_STARTS = ('"', "''", "\u201c")
# Dashes that sign a pull quote ('“…” ― Ana Ruiz'), its cue.
SIGNATURE_DASHES = frozenset("-\u2013\u2014\u2015")
# End punctuation with the closing marks after it.
SENTENCE_END = re.compile(r"[.?!][\"'\u201d\u2019)]*")
# A quotation whose longer words are nearly all capitalised is a name or a title (a
# "Talk Bernie to Me" tote bag, the show "Midday with Charlie Sykes"), not speech.
TITLE_WORD = re.compile(r"[^\W\d_]{4,}")
TITLE_SHARE = 0.8
# What may stand between a content and a quotation that goes on with it.
CONTENT_JOINERS = " .,;:\"'\u201d\u2019"


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quote with the offsets of its speaker and cue, for evaluation and debugging."""

    start: int
    end: int
    text: str
    cue: str
    cue_start: int
    cue_end: int
    direct: bool
    speaker: Actor | QuoteSpeaker | None
    speaker_text: str = ""
    speaker_start: int | None = None
    speaker_end: int | None = None

    def quote(self) -> Quote:
        return Quote(
            speaker=self.speaker,
            text=self.text,
            start=self.start,
            end=self.end,
            direct=self.direct,
            cue=self.cue,
        )


def continue_quotes(
    text: str,
    regions: tuple[QuotedRegion, ...],
    spans: list[QuoteSpan],
    min_words: int,
    abbreviations: frozenset[str] = frozenset(),
) -> list[QuoteSpan]:
    """Long quotations no cue covers: the speaker before them goes on talking.

    A quotation after an attributed quote in the same paragraph ("“…,” she said. “…”",
    even past attributions in the speaker's description: "“…,” said X, who noted …. “…”")
    extends that quote, and so does one that ends the sentence of a content ("told them
    voters were “tired of it.”"); one in a later paragraph is a quote of its own by the
    same speaker. A quotation right after a content, in the same line, goes on with it.
    A stop after one of ``abbreviations`` (lower-case, with its stop:
    "ms.") or an initial ends no sentence. Another's attribution left inside a content
    that runs past its own cue is part of it (``_reported_in``).
    """
    out = sorted(spans, key=lambda s: (s.start, s.end))
    others: set[tuple[int, int, int]] = set()
    for region in regions:
        quotation = text[region.start : region.end]
        if len(quotation.split()) < min_words or _titled(quotation):
            continue
        if any(s.start < region.end and region.start < s.end for s in out):
            continue
        before = [
            n
            for n, s in enumerate(out)
            if s.end <= region.start and (s.speaker is not None or s.speaker_start is not None)
        ]
        if not before:
            continue
        host, kept = _split_host(text, region, regions, out, before, abbreviations)
        others.update(_key(span) for span in kept)
        last = out[before[-1]]
        if host is None and (
            _same_sentence(text, region, last, abbreviations) or _next_paragraph(text, region, last)
        ):
            host = before[-1]
        if host is not None:
            previous = out[host]
            out[host] = replace(previous, end=region.end, text=text[previous.start : region.end])
            continue
        previous = out[before[-1]]
        if _right_after(text, previous, region):
            out[before[-1]] = replace(
                previous, end=region.end, text=text[previous.start : region.end]
            )
            continue
        gap = text[_clause_end(previous) : region.start]
        if gap.count("\n") > 2 or len(gap) > 400:
            continue
        out.append(
            QuoteSpan(
                start=region.start,
                end=region.end,
                text=text[region.start : region.end],
                cue="",
                cue_start=region.start,
                cue_end=region.start,
                direct=True,
                speaker=previous.speaker,
            )
        )
        out.sort(key=lambda s: (s.start, s.end))
    return [s for s in out if _key(s) in others or not any(_reported_in(s, host) for host in out)]


def _key(span: QuoteSpan) -> tuple[int, int, int]:
    """A quote's place in the text, to know it again after others are stretched."""
    return span.start, span.end, span.cue_start


def _reported_in(span: QuoteSpan, host: QuoteSpan) -> bool:
    """Another's attribution inside a content, after that content's cue: in '“…,” said
    Mr. Ruiz, who is regarded as a hawk. “…”' or "the crowd appears to cheer as the mayor
    praises the ferry" what the cue clause adds is part of the content around it. Joining
    quotations, contents holding their cue and sources that name no one ("according to a
    statement") leave it in after the nesting is read; a further act of the same speaker
    ("…, he said, adding that …", "said Ana Ruiz, who noted …") stays a quote."""
    if span is host or not (host.start <= span.start and span.end <= host.end):
        return False
    if not host.cue_end <= span.cue_start < host.end:
        return False
    return not _same_speaker(span, host)


def _same_speaker(span: QuoteSpan, host: QuoteSpan) -> bool:
    """``span`` is spoken by ``host``'s speaker or by a relative pronoun in the description
    set off after the name ("said Ana Ruiz, who noted …")."""
    if host.speaker_start is None or host.speaker_end is None or span.speaker_start is None:
        return False
    return host.speaker_start <= span.speaker_start < host.speaker_end


def _right_after(text: str, previous: QuoteSpan, region: QuotedRegion) -> bool:
    """The quotation follows the quote before it with only a stop or a closing mark
    between, in the same line: "Massie said the deal was done. “We shook on it.”" goes on
    with what Massie said."""
    between = text[previous.end : region.start]
    return "\n" not in between and not between.strip(CONTENT_JOINERS)


def _titled(quotation: str) -> bool:
    """Nearly every word of four letters or more capitalised, and two such words at least."""
    words = TITLE_WORD.findall(quotation)
    if len(words) < 2:
        return False
    return sum(w[0].isupper() for w in words) >= TITLE_SHARE * len(words)


def _split_host(
    text: str,
    region: QuotedRegion,
    regions: tuple[QuotedRegion, ...],
    out: list[QuoteSpan],
    before: list[int],
    abbreviations: frozenset[str],
) -> tuple[int | None, tuple[QuoteSpan, ...]]:
    """The quote, in the region's paragraph, whose cue clause the region follows:
    '“…,” she said. “…”'. Attributions inside that cue clause's sentence ("said X, who
    noted …") may lie between them and are passed over; another speaker's there ('“…,”
    Ann said after Bo backed the plan. “…”') stays a quote of its own: those are returned
    beside the host."""
    passed: list[QuoteSpan] = []
    for number in reversed(before):
        span = out[number]
        if "\n" in text[span.end : region.start]:
            return None, ()
        if not (span.direct or span.end <= span.cue_start or _quote_first(span, regions)):
            passed.append(span)
            continue
        if any(
            _sentence_ends(text, span.cue_end, other.cue_start, abbreviations) for other in passed
        ):
            return None, ()
        kept = tuple(other for other in passed if not _same_speaker(other, span))
        joined = len(text[_clause_end(span) : region.start]) <= JOIN_GAP
        return (number if joined else None), kept
    return None, ()


def _quote_first(span: QuoteSpan, regions: tuple[QuotedRegion, ...]) -> bool:
    """A content that opens with a whole quotation before its cue ('“…,” he told a crowd
    that …'): the quotation is what was said, whatever the parse hung on after the cue."""
    return any(r.start == span.start and r.end <= span.cue_start for r in regions)


def _clause_end(span: QuoteSpan) -> int:
    """Where a quote's attribution clause ends: past its content, its cue and its speaker."""
    return max(span.end, span.cue_end, span.speaker_end or 0)


def _sentence_ends(text: str, start: int, end: int, abbreviations: frozenset[str]) -> bool:
    """A sentence ends in ``text[start:end]``: end punctuation followed by a space and a
    word not in lower case, the stop not that of an abbreviation or an initial."""
    for found in SENTENCE_END.finditer(text, start, end):
        after = found.end()
        if after < len(text) and not text[after].isspace():
            continue  # "U.S.", "R-S.C.,"
        following = after
        while following < len(text) and text[following].isspace():
            following += 1
        if following < len(text) and text[following].islower():
            continue  # '“…?” asked X'
        stop = found.start()
        if text[stop] == ".":
            word = text[_word_start(text, stop) : stop + 1].lower()
            if word in abbreviations or (len(word) == 2 and word[0].isalpha()):
                continue
        return True
    return False


def _word_start(text: str, end: int) -> int:
    """Where the word ending at ``end`` starts: after the last space before it."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start


def _same_sentence(
    text: str, region: QuotedRegion, span: QuoteSpan, abbreviations: frozenset[str]
) -> bool:
    """The content a quotation ends in the same sentence: 'told them that voters were
    “tired of it.”' when the parse stopped the content before the quotation."""
    gap = text[span.end : region.start]
    if (
        len(gap) > SENTENCE_GAP
        or "\n" in gap
        or _sentence_ends(text, span.end, region.start, abbreviations)
    ):
        return False
    # 'then boomed, “…”': a new act introduces it
    return gap.rstrip()[-1:] not in (",", ":", "\u2014", "-")


def _next_paragraph(text: str, region: QuotedRegion, span: QuoteSpan) -> bool:
    """A direct quote whose cue clause ends its paragraph ('“…,” she said.') goes on in a
    quotation that opens the very next paragraph: one quote over both. A pull quote signed
    after a dash ('“…” ― Ana Ruiz') ends with its signature: the next is another's."""
    if not span.direct or span.end > span.cue_start or _signed(span):
        return False
    lines = text[_clause_end(span) : region.start].split("\n")
    if len(lines) < 2 or any(line.strip() for line in lines[1:]):
        return False
    return not any(mark in lines[0] for mark in QUOTE_STARTS)


def _signed(span: QuoteSpan) -> bool:
    """A quote whose cue is only a dash: a pull quote's signature ('“…” ― Ana Ruiz')."""
    return bool(span.cue) and all(c in SIGNATURE_DASHES for c in span.cue.strip())
