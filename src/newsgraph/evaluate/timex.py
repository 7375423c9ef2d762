"""Time expressions against TimeML gold (TempEval-3 style): extents, types and values.

A gold expression is found when a predicted one overlaps it (``overlap``) or has the same
offsets (``exact``); type and value accuracy are measured over the overlapping pairs, the value
also per gold type and per granularity of the gold value (day, month, year, week, ...).

Values are compared after writing both in one canonical TimeML notation, because the gold
writes the same value several ways: "1949-XX" and "1949-XX-XX" for the year 1949 (trailing
unspecified fields add nothing), "198X" for the decade TimeML writes "198", "2000-W7" for
week "2000-W07". The plain string comparison is reported beside it
(``value_accuracy_strict_by_type``) so the effect of the canonical form stays visible.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..nlp import Parser, ParserConfig
from ..records import ParsedArticle, Timex
from ..timex import TimexTagger, parse_dct
from .result import PRF, EvalResult, gold_article

BATCH = 16
_GRANULARITIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ref", re.compile(r"^(PRESENT|PAST|FUTURE)_REF$")),
    ("duration", re.compile(r"^P")),
    ("day", re.compile(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}")),
    ("week", re.compile(r"^[\dX]{4}-W")),
    ("quarter", re.compile(r"^[\dX]{4}-[QH]")),
    ("season", re.compile(r"^[\dX]{4}-(SP|SU|FA|WI)$")),
    ("month", re.compile(r"^[\dX]{4}-[\dX]{2}$")),
    ("year", re.compile(r"^[\dX]{2,4}$")),
)


_UNSPECIFIED_TAIL = re.compile(r"^(\d{4}(?:-[\dWQHSPUFAI]+)*?)(?:-XX)+$")
_DECADE_OR_CENTURY = re.compile(r"^(\d{2,3})X+$")
_ONE_DIGIT_WEEK = re.compile(r"-W(\d)(?=$|-)")


def canonical_value(value: str) -> str:
    """One notation for a TimeML value: "1949-XX-XX" → "1949", "198X" → "198", "W7" → "W07"."""
    value = _ONE_DIGIT_WEEK.sub(r"-W0\1", value.strip())
    value = _UNSPECIFIED_TAIL.sub(r"\1", value)
    return _DECADE_OR_CENTURY.sub(r"\1", value)


def granularity(value: str) -> str:
    """The granularity class of a TimeML value ("2024-07" -> "month", "P3D" -> "duration")."""
    for name, pattern in _GRANULARITIES:
        if pattern.search(value):
            return name
    return "other"


def _documents(gold: Path, limit: int) -> list[dict[str, Any]]:
    documents = []
    with gold.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if "text" not in record or "expressions" not in record:
                raise ValueError(f"{gold}:{number}: a record needs 'text' and 'expressions'")
            documents.append(record)
            if limit and len(documents) >= limit:
                break
    return documents


def _parsed(documents: list[dict[str, Any]], model: str) -> Iterator[ParsedArticle]:
    parser = Parser(ParserConfig(model=model, batch_size=BATCH)).setup()
    for start in range(0, len(documents), BATCH):
        batch = documents[start : start + BATCH]
        yield from parser.parse([gold_article(d, start + i) for i, d in enumerate(batch)])


def evaluate_time(gold: Path, limit: int = 0, model: str = "") -> EvalResult:
    documents = _documents(gold, limit)
    tagger = TimexTagger.load()
    counts: Counter[str] = Counter()
    by_type: dict[str, list[int]] = {}
    by_granularity: dict[str, list[int]] = {}
    strict_by_type: dict[str, list[int]] = {}
    errors: list[dict[str, Any]] = []
    tables = (by_type, by_granularity, strict_by_type)
    for document, parsed in zip(documents, _parsed(documents, model), strict=True):
        dct = parse_dct(document.get("doc_date"))
        predicted = tagger.tag(parsed, dct)
        _score(document, parsed.article.id, predicted, counts, tables, errors)
    overlap = PRF(counts["tp"], counts["predicted"] - counts["tp_pred"], counts["fn"])
    exact = PRF(
        counts["exact"], counts["predicted"] - counts["exact"], counts["gold"] - counts["exact"]
    )
    matched = counts["tp"]
    return EvalResult(
        kind="time",
        gold=gold.name,
        records=len(documents),
        metrics={
            "extent_overlap": overlap.as_dict(),
            "extent_exact": exact.as_dict(),
            "type_accuracy": round(counts["type_ok"] / matched, 4) if matched else 0.0,
            "value_accuracy": round(counts["value_ok"] / matched, 4) if matched else 0.0,
            "value_accuracy_by_type": _ratios(by_type),
            "value_accuracy_by_granularity": _ratios(by_granularity),
            "value_accuracy_strict_by_type": _ratios(strict_by_type),
        },
        errors=tuple(errors),
    )


def _score(
    document: dict[str, Any],
    doc_id: str,
    predicted: tuple[Timex, ...],
    counts: Counter[str],
    tables: tuple[dict[str, list[int]], dict[str, list[int]], dict[str, list[int]]],
    errors: list[dict[str, Any]],
) -> None:
    by_type, by_granularity, strict_by_type = tables
    counts["predicted"] += len(predicted)
    used: set[int] = set()
    for expression in document["expressions"]:
        counts["gold"] += 1
        start, end = int(expression["start"]), int(expression["end"])
        overlapping = [i for i, t in enumerate(predicted) if t.start < end and start < t.end]
        if not overlapping:
            counts["fn"] += 1
            errors.append(_error(doc_id, expression, None, "missed"))
            continue
        counts["tp"] += 1
        best = min(overlapping, key=lambda i: (i in used, abs(predicted[i].start - start)))
        used.add(best)
        timex = predicted[best]
        counts["exact"] += timex.start == start and timex.end == end
        counts["type_ok"] += timex.type == expression["type"]
        strict = timex.value == expression["value"]
        right = strict or canonical_value(timex.value) == canonical_value(expression["value"])
        counts["value_ok"] += right
        for table, key, ok in (
            (by_type, expression["type"], right),
            (by_granularity, granularity(expression["value"]), right),
            (strict_by_type, expression["type"], strict),
        ):
            cell = table.setdefault(key, [0, 0])
            cell[0] += ok
            cell[1] += 1
        if not right:
            errors.append(_error(doc_id, expression, timex, "value"))
    counts["tp_pred"] += sum(
        1
        for t in predicted
        if any(t.start < int(g["end"]) and int(g["start"]) < t.end for g in document["expressions"])
    )
    for timex in predicted:
        if not any(
            timex.start < int(g["end"]) and int(g["start"]) < timex.end
            for g in document["expressions"]
        ):
            errors.append(
                {
                    "kind": "invented",
                    "id": doc_id,
                    "text": timex.text,
                    "gold": None,
                    "predicted": timex.value,
                }
            )


def _error(doc_id: str, gold: dict[str, Any], timex: Timex | None, kind: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "id": doc_id,
        "text": gold["text"],
        "gold": gold["value"],
        "gold_type": gold["type"],
        "predicted_text": timex.text if timex else None,
        "predicted": timex.value if timex else None,
    }


def _ratios(table: dict[str, list[int]]) -> dict[str, dict[str, float | int]]:
    return {
        key: {"accuracy": round(ok / total, 4) if total else 0.0, "n": total}
        for key, (ok, total) in sorted(table.items())
    }
