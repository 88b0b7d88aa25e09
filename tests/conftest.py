"""Shared fixtures: the project's own files only (a fresh clone has no ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "assets" / "corpus"


@pytest.fixture(scope="session")
def resources():
    from events.resources import load_resources

    return load_resources()


@pytest.fixture(scope="session")
def turkey_qatar_path() -> Path:
    return CORPUS / "turkey-qatar-base-visit.txt"
