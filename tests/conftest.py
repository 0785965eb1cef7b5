"""Shared fixtures: the embedded gazetteer (built once per machine, then cached) and paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import ARTIFACTS


@pytest.fixture(scope="session")
def gazetteer():
    """The embedded default gazetteer."""
    from geoevents.gazetteer import default_gazetteer

    return default_gazetteer()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where tests leave files for people to look at (screenshots, sample outputs)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
