"""Shared fixtures: the sample corpus path and one Analyzer per test session (one model load)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "news"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def analyzer():
    from newsgraph.pipeline import Analyzer, AnalyzerConfig

    return Analyzer(AnalyzerConfig()).setup()
