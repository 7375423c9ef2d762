"""Event coding against sentence-level gold: PLOVER categories, dyads, CAMEO PentaClass.

Gold actors are codes like ``HUNGOV`` or ``IGO``; a predicted actor matches when
its country (ISO alpha-3, legacy CAMEO codes mapped) or, for international bodies,
``IGO`` agrees, so the dyad score measures who-did-what-to-whom at country/organisation
level — the same comparison the actors score makes.

ConfliBERT sentences carry only a PentaClass and the text of the source and target
(no codes), so there the arguments are checked by text: the source (target) of the
sentence's main event matches when its mention shares a content word with a gold
source (target) span; reciprocal gold parties count for either role. This checks the
argument finder on text nobody tuned the dyad rules on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..events.codes import CameoTable
from ..pipeline import Analyzer, AnalyzerConfig
from ..records import AnalyzedArticle
from .result import (
    PRF,
    EvalResult,
    actor_country,
    gold_article,
    gold_country,
    macro_f1,
    multiset_match,
    read_gold,
)

BATCH = 32
_WORD = re.compile(r"\w+")
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "s", "its", "their", "his", "her"})


def analyzed(records: list[dict[str, Any]], model: str) -> Iterator[AnalyzedArticle]:
    analyzer = Analyzer(AnalyzerConfig(model=model, batch_size=BATCH)).setup()
    for start in range(0, len(records), BATCH):
        yield from analyzer.analyze([gold_article(r) for r in records[start : start + BATCH]])


def evaluate_events(gold: Path, limit: int = 0, model: str = "") -> EvalResult:
    records = read_gold(gold, limit)
    penta = any("pentaclass" in e for r in records for e in r.get("expected", []))
    if penta:
        return _penta(gold, records, model)
    return _plover(gold, records, model)


def _plover(gold: Path, records: list[dict[str, Any]], model: str) -> EvalResult:
    category_total = PRF(0, 0, 0)
    dyad_total = PRF(0, 0, 0)
    per_label: dict[str, list[int]] = {}
    errors = []
    for record, result in zip(records, analyzed(records, model), strict=True):
        expected = record.get("expected", [])
        gold_cats = [e["plover_current"] for e in expected if e.get("plover_current")]
        gold_dyads = [
            (e["plover_current"], gold_country(e.get("source")), gold_country(e.get("target")))
            for e in expected
            if e.get("plover_current")
        ]
        pred_dyads = [
            (ev.plover, actor_country(ev.source), actor_country(ev.target)) for ev in result.events
        ]
        pred_cats = [d[0] for d in pred_dyads]
        category = multiset_match(pred_cats, gold_cats)
        dyad = multiset_match(pred_dyads, gold_dyads)
        category_total = _add(category_total, category)
        dyad_total = _add(dyad_total, dyad)
        for label in set(pred_cats) | set(gold_cats):
            score = multiset_match(
                [c for c in pred_cats if c == label], [c for c in gold_cats if c == label]
            )
            counts = per_label.setdefault(label, [0, 0, 0])
            counts[0] += score.tp
            counts[1] += score.fp
            counts[2] += score.fn
        if dyad.fp or dyad.fn:
            errors.append(
                {
                    "id": record.get("id"),
                    "text": record["text"],
                    "missed": _missing(gold_dyads, pred_dyads),
                    "invented": _missing(pred_dyads, gold_dyads),
                }
            )
    gold_labels = {e["plover_current"] for r in records for e in r.get("expected", [])}
    labels = {k: PRF(*v) for k, v in per_label.items() if k in gold_labels}
    return EvalResult(
        kind="events",
        gold=gold.name,
        records=len(records),
        metrics={
            "category_micro": category_total.as_dict(),
            "category_macro_f1": round(macro_f1(labels), 4),
            "dyad_category": dyad_total.as_dict(),
            "per_category_f1": {k: round(v.f1, 4) for k, v in sorted(labels.items())},
        },
        errors=tuple(errors),
    )


def _penta(gold: Path, records: list[dict[str, Any]], model: str) -> EvalResult:
    table = CameoTable.load()
    confusion: dict[int, list[int]] = {c: [0, 0, 0] for c in range(5)}
    correct = 0
    errors = []
    arguments = {"source": PRF(0, 0, 0), "target": PRF(0, 0, 0)}
    for record, result in zip(records, analyzed(records, model), strict=True):
        expected = record["expected"][0]
        truth = int(expected["pentaclass"])
        best = max(result.events, key=lambda e: e.confidence, default=None)
        predicted = table.get(best.cameo).penta_class if best is not None else -1
        both = list(expected.get("reciprocal_text") or [])
        for role in arguments:
            actor = getattr(best, role) if best is not None else None
            gold_spans = list(expected.get(f"{role}_text") or []) + both
            arguments[role] = _add(
                arguments[role], _span_match(actor.text if actor else None, gold_spans)
            )
        if predicted == truth:
            correct += 1
            confusion[truth][0] += 1
        else:
            confusion[truth][2] += 1
            if predicted >= 0:
                confusion[predicted][1] += 1
            errors.append(
                {
                    "id": record.get("id"),
                    "text": record["text"],
                    "gold": truth,
                    "predicted": predicted,
                    "trigger": best.evidence[0].trigger if best else None,
                }
            )
    scores = {c: PRF(*v) for c, v in confusion.items()}
    return EvalResult(
        kind="events",
        gold=gold.name,
        records=len(records),
        metrics={
            "penta_accuracy": round(correct / len(records), 4) if records else 0.0,
            "penta_macro_f1": round(macro_f1(scores), 4),
            "penta_coverage": round(
                (correct + sum(1 for e in errors if e["predicted"] >= 0)) / max(len(records), 1), 4
            ),
            "per_class_f1": {str(c): round(s.f1, 4) for c, s in scores.items()},
            "argument_text": {role: prf.as_dict() for role, prf in arguments.items()},
            "argument_text_f1": round(_add(arguments["source"], arguments["target"]).f1, 4),
        },
        errors=tuple(errors),
    )


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _FUNCTION_WORDS}


def _span_match(predicted: str | None, gold: Sequence[str]) -> PRF:
    """One argument slot: right when the predicted mention shares a content word with a
    gold span of that role; an answer where the gold has none is a false positive."""
    if not predicted:
        return PRF(0, 0, 1 if gold else 0)
    words = _content_words(predicted)
    if any(words & _content_words(span) for span in gold):
        return PRF(1, 0, 0)
    return PRF(0, 1, 1 if gold else 0)


def _add(a: PRF, b: PRF) -> PRF:
    return PRF(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn)


def _missing(wanted: list[tuple], have: list[tuple]) -> list[list]:
    remaining = list(have)
    out = []
    for item in wanted:
        if item in remaining:
            remaining.remove(item)
        else:
            out.append(list(item))
    return out
