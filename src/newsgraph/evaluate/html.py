"""Main-text extraction from HTML (trafilatura plus our cleaning) against gold article text.

Metric as in the article-extraction benchmark: word 4-gram shingle precision,
recall and F1 per page, averaged over pages.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from ..clean import CleaningRules
from ..prepare import PrepareConfig, prepare
from ..records import Article, InputRecord
from .result import EvalResult

_WORD = re.compile(r"\w+", re.UNICODE)
N = 4


def shingles(text: str) -> Counter:
    words = _WORD.findall(text.lower())
    return Counter(tuple(words[i : i + N]) for i in range(max(len(words) - N + 1, 0)))


def page_scores(predicted: str, gold: str) -> tuple[float, float, float]:
    p, g = shingles(predicted), shingles(gold)
    overlap = sum((p & g).values())
    precision = overlap / sum(p.values()) if p else 0.0
    recall = overlap / sum(g.values()) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate_html(gold: Path, limit: int = 0) -> EvalResult:
    config = PrepareConfig(CleaningRules.load())
    totals = [0.0, 0.0, 0.0]
    pages = 0
    errors = []
    with gold.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            prepared = prepare(
                InputRecord(
                    origin=record.get("id", ""), html=record["html"], url=record.get("url")
                ),
                config,
            )
            text = prepared.text if isinstance(prepared, Article) else ""
            scores = page_scores(text, record["gold_text"])
            totals = [t + s for t, s in zip(totals, scores, strict=True)]
            pages += 1
            if scores[2] < 0.8:
                errors.append(
                    {
                        "id": record.get("id"),
                        "url": record.get("url"),
                        "precision": round(scores[0], 3),
                        "recall": round(scores[1], 3),
                    }
                )
            if limit and pages >= limit:
                break
    mean = [t / pages if pages else 0.0 for t in totals]
    return EvalResult(
        kind="html",
        gold=gold.name,
        records=pages,
        metrics={
            "shingle": {
                "precision": round(mean[0], 4),
                "recall": round(mean[1], 4),
                "f1": round(mean[2], 4),
            }
        },
        errors=tuple(errors),
    )
