"""Golden end-to-end output of ``newsgraph analyze`` on a small text of our own.

Regenerate deliberately after an intended change:
NEWSGRAPH_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app

HERE = Path(__file__).parent / "golden"


def test_analyze_matches_golden_output() -> None:
    result = CliRunner().invoke(app, ["analyze", str(HERE / "analyze_input.jsonl")])
    assert result.exit_code == 0, result.output
    documents = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    produced = json.dumps(documents, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    golden = HERE / "analyze_output.json"
    if os.environ.get("NEWSGRAPH_UPDATE_GOLDEN"):
        golden.write_text(produced, encoding="utf-8")
    assert produced == golden.read_text(encoding="utf-8")
