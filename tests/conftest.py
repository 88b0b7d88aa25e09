"""Shared fixtures: the project's own files only (a fresh clone has no ../shared)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check what the code returns, never how fast: on a loaded
# machine a first example that builds a dictionary may take longer than
# Hypothesis's default 200 ms deadline, which would fail the run for nothing.
settings.register_profile("project", deadline=None)
settings.load_profile("project")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "assets" / "corpus"


def pytest_configure(config):
    # The suite never reads or writes the user's resource cache: one fresh
    # directory for the whole run (inherited by the processes it starts).
    config._events_cache_dir = tempfile.mkdtemp(prefix="events-test-cache-")
    os.environ["EVENTS_CACHE_DIR"] = config._events_cache_dir


def pytest_unconfigure(config):
    cache = getattr(config, "_events_cache_dir", None)
    if cache:
        shutil.rmtree(cache, ignore_errors=True)


@pytest.fixture(scope="session")
def resources():
    from events.resources import load_resources

    return load_resources()


@pytest.fixture(scope="session")
def turkey_qatar_path() -> Path:
    return CORPUS / "turkey-qatar-base-visit.txt"
