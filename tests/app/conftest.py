"""Shared fixtures of the AppTest tier."""

from __future__ import annotations

import pytest
from dashboard_sample import make_store


@pytest.fixture
def store_path(tmp_path, monkeypatch):
    """A small store filled from the test sample, which the app opens through EVENTS_DB."""
    path = tmp_path / "events.sqlite"
    make_store(path)
    monkeypatch.setenv("EVENTS_DB", str(path))
    return path
