"""The stage table: each stage's inputs must be produced upstream."""

from __future__ import annotations

import queue
from types import SimpleNamespace

import pytest

from newsgraph import pipeline
from newsgraph.errors import PipelineError
from newsgraph.pipeline import STAGES, StageSpec, check_stages, pipeline_version


def test_shipped_stages_fit_together() -> None:
    check_stages(STAGES)
    assert pipeline_version().startswith("prepare.1+parse.2")


def test_stage_needing_an_unproduced_input_is_refused() -> None:
    orphan = StageSpec("quotes", "1", ("speakers",), ("quotes",))
    with pytest.raises(PipelineError, match="'quotes' needs \\['speakers'\\]"):
        check_stages((*STAGES, orphan))


def test_order_matters() -> None:
    by_name = {stage.name: stage for stage in STAGES}
    reordered = [stage for stage in STAGES if stage.name != "events"]
    reordered.insert(1, by_name["events"])  # events before parsing: nothing to read yet
    with pytest.raises(PipelineError, match="'events'"):
        check_stages(reordered)


def _outbox(*items: tuple[int, object]) -> queue.Queue:
    box: queue.Queue = queue.Queue()
    for item in items:
        box.put(item)
    return box


def test_parent_takes_results_while_workers_live(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "WORKER_CHECK_SECONDS", 0.01)
    alive = [SimpleNamespace(name="w1", exitcode=None)]
    assert pipeline._next_result(_outbox((3, "done")), alive) == (3, "done")


def test_dead_worker_is_an_error_not_a_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "WORKER_CHECK_SECONDS", 0.01)
    workers = [SimpleNamespace(name="w1", exitcode=None), SimpleNamespace(name="w2", exitcode=-9)]
    with pytest.raises(PipelineError, match="w2 exit code -9"):
        pipeline._next_result(_outbox(), workers)


def test_result_sent_just_before_a_worker_died_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "WORKER_CHECK_SECONDS", 0.01)
    box = _outbox()
    dead = SimpleNamespace(name="w1", exitcode=1)
    calls = {"n": 0}
    real_get = box.get

    def late_get(timeout: float) -> tuple[int, object]:
        calls["n"] += 1
        if calls["n"] == 1:
            box.put((0, "last"))  # arrives after the first wait timed out
            raise queue.Empty
        return real_get(timeout=timeout)

    monkeypatch.setattr(box, "get", late_get)
    assert pipeline._next_result(box, [dead]) == (0, "last")
