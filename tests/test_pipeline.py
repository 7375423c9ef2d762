"""The stage table: each stage's inputs must be produced upstream."""

from __future__ import annotations

import pytest

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
