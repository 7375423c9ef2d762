"""Evaluation gate: each capability keeps at least its pinned score on the dev gold sets.

Runs when ../shared/eval is present. A gold file whose fingerprint differs from the
pinned one fails loudly: re-pin deliberately, never silently.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.evaluate import run_eval
from newsgraph.evaluate.report import SUITES, fingerprint, metric_value

EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"
FLOORS = json.loads((Path(__file__).parent / "eval_floors.json").read_text(encoding="utf-8"))
CASES = [(kind, relative) for kind, relative, _ in SUITES if f"{kind} {relative}" in FLOORS]


@pytest.mark.parametrize(("kind", "relative"), CASES, ids=[f"{k} {r}" for k, r in CASES])
def test_scores_stay_above_floors(kind: str, relative: str) -> None:
    gold = EVAL_DIR / relative
    if not gold.is_file():
        pytest.skip(f"{gold} not present")
    pinned = FLOORS[f"{kind} {relative}"]
    assert fingerprint(gold) == pinned["fingerprint"], (
        f"{relative} changed (sha256 prefix {fingerprint(gold)}); re-pin tests/eval_floors.json"
    )
    result = run_eval(kind, gold)
    for metric, floor in pinned["floors"].items():
        value = metric_value(result.metrics, metric)
        assert value >= floor, f"{relative}: {metric} fell to {value:.4f} (floor {floor})"


def test_every_suite_has_floors() -> None:
    assert {f"{kind} {relative}" for kind, relative, _ in SUITES} <= set(FLOORS)
