"""Fixtures for the place tests: one gazetteer per session."""

from __future__ import annotations

import pytest

from newsgraph.places import Gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once for every test module that reads it."""
    return Gazetteer.load()
