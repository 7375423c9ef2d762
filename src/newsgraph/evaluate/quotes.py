"""Quote attribution against PolNeAR-style gold: speaker, cue and content spans.

Each part is scored on its own as spans of the article: *exact* when both ends
agree (ignoring punctuation and spaces at the edges), *overlap* when the shared
characters cover at least half of the shorter span. Matching is one-to-one, so
one predicted span never pays for two gold ones. ``attribution`` needs content
and speaker of the same quote to overlap their gold. Timing shows what quote
extraction adds to the parse.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..actors import ActorResolver
from ..nlp import Parser, ParserConfig
from ..quotes import QuoteExtractor, QuoteSpan
from .result import PRF, EvalResult, gold_article, read_gold

BATCH = 16
EDGE = " \t\n.,;:!?\"'“”‘’«»—-()"
Span = tuple[int, int]


def overlaps(a: Span, b: Span) -> bool:
    """True when the shared characters cover at least half of the shorter span."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and shared * 2 >= shorter


def _core(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def match(
    predicted: Sequence[Span], gold: Sequence[Span], text: str, exact: bool
) -> list[tuple[int, int]]:
    """One-to-one pairs (predicted index, gold index), best overlap first."""
    pairs = []
    for p, ps in enumerate(predicted):
        for g, gs in enumerate(gold):
            if exact:
                if _core(text, ps) == _core(text, gs):
                    pairs.append((0, p, g))
            elif overlaps(ps, gs):
                pairs.append((-(min(ps[1], gs[1]) - max(ps[0], gs[0])), p, g))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, p, g in sorted(pairs):
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            out.append((p, g))
    return out


def _part(attribution: dict[str, Any], name: str) -> Span | None:
    """The span covering a gold part. A discontinuous part's ``segments`` may be listed
    out of text order (PolNeAR: "in favor of X ... that Americans ..."), and then its
    ``start``/``end`` (first and last segment as listed) are inverted; the covering span
    is taken from the segments, else from the two offsets in order."""
    part = attribution.get(name)
    if not part or part.get("start") is None:
        return None
    ends = [int(offset) for s in part.get("segments") or [] for offset in s[:2]]
    ends = ends or [int(part["start"]), int(part["end"])]
    return min(ends), max(ends)


def _predicted(spans: Sequence[QuoteSpan], name: str) -> list[Span]:
    if name == "content":
        return [(s.start, s.end) for s in spans]
    if name == "cue":
        return [(s.cue_start, s.cue_end) for s in spans if s.cue_end > s.cue_start]
    return [
        (s.speaker_start, s.speaker_end)
        for s in spans
        if s.speaker_start is not None and s.speaker_end is not None
    ]


def evaluate_quotes(gold: Path, limit: int = 0, model: str = "") -> EvalResult:
    records = read_gold(gold, limit)
    parser = Parser(ParserConfig(model=model, batch_size=BATCH)).setup()
    resolver = ActorResolver.load()
    extractor = QuoteExtractor.load()
    totals = {
        f"{n}_{m}": [0, 0, 0] for n in ("speaker", "cue", "content") for m in ("exact", "overlap")
    }
    joint = [0, 0, 0]
    seconds = {"parse": 0.0, "actors": 0.0, "quotes": 0.0}
    errors: list[dict[str, Any]] = []
    for offset in range(0, len(records), BATCH):
        batch = records[offset : offset + BATCH]
        started = time.perf_counter()
        parsed_batch = parser.parse([gold_article(r) for r in batch])
        seconds["parse"] += time.perf_counter() - started
        for record, parsed in zip(batch, parsed_batch, strict=True):
            started = time.perf_counter()
            actors = resolver.resolve(parsed)
            seconds["actors"] += time.perf_counter() - started
            started = time.perf_counter()
            spans = extractor.spans(parsed, actors)
            seconds["quotes"] += time.perf_counter() - started
            _score(record, spans, totals, joint, errors)
    metrics: dict[str, Any] = {key: PRF(*value).as_dict() for key, value in totals.items()}
    metrics["attribution_overlap"] = PRF(*joint).as_dict()
    metrics["seconds"] = {k: round(v, 3) for k, v in seconds.items()}
    metrics["quotes_share_of_parse"] = round(seconds["quotes"] / max(seconds["parse"], 1e-9), 4)
    return EvalResult(
        kind="quotes", gold=gold.name, records=len(records), metrics=metrics, errors=tuple(errors)
    )


def _score(
    record: dict[str, Any],
    spans: Sequence[QuoteSpan],
    totals: dict[str, list[int]],
    joint: list[int],
    errors: list[dict[str, Any]],
) -> None:
    text = record["text"]
    attributions = record.get("attributions", [])
    for name in ("speaker", "cue", "content"):
        gold_name = "source" if name == "speaker" else name
        gold_spans = [s for a in attributions if (s := _part(a, gold_name)) is not None]
        predicted = _predicted(spans, name)
        for mode in ("exact", "overlap"):
            pairs = match(predicted, gold_spans, text, exact=mode == "exact")
            counts = totals[f"{name}_{mode}"]
            counts[0] += len(pairs)
            counts[1] += len(predicted) - len(pairs)
            counts[2] += len(gold_spans) - len(pairs)
    # Joint: the content matches and so does the speaker of that very quote.
    gold_content = [_part(a, "content") or (0, 0) for a in attributions]
    pairs = match([(s.start, s.end) for s in spans], gold_content, text, exact=False)
    correct = 0
    for p, g in pairs:
        gold_source = _part(attributions[g], "source")
        span = spans[p]
        if gold_source is None or span.speaker_start is None or span.speaker_end is None:
            continue
        if overlaps((span.speaker_start, span.speaker_end), gold_source):
            correct += 1
    gold_with_source = sum(1 for a in attributions if _part(a, "source") and _part(a, "content"))
    with_speaker = sum(1 for s in spans if s.speaker_start is not None)
    joint[0] += correct
    joint[1] += with_speaker - correct
    joint[2] += gold_with_source - correct
    matched_p = {p for p, _ in pairs}
    matched_g = {g for _, g in pairs}
    missed = [_describe_gold(a, text) for g, a in enumerate(attributions) if g not in matched_g]
    invented = [_describe(s) for p, s in enumerate(spans) if p not in matched_p]
    if missed or invented:
        errors.append(
            {"id": record.get("doc_id") or record.get("id"), "missed": missed, "invented": invented}
        )


def _describe_gold(attribution: dict[str, Any], text: str) -> dict[str, Any]:
    def part(name: str) -> str | None:
        span = _part(attribution, name)
        return text[span[0] : span[1]] if span else None

    return {"speaker": part("source"), "cue": part("cue"), "content": part("content")}


def _describe(span: QuoteSpan) -> dict[str, Any]:
    return {"speaker": span.speaker_text or None, "cue": span.cue, "content": span.text}
