"""Every data loader of the pipeline reads and compiles its data once per process:
a loader called per candidate that rebuilt its pattern each time would cost every
article the cost of start-up again."""

from __future__ import annotations

import importlib
import inspect

import pytest

MODULES = (
    "events.assemble.rules",
    "events.assemble.text",
    "events.assemble.crowds",
    "events.assemble.dedupe",
    "events.assemble.places",
    "events.assemble.parties",
    "events.assemble.dating",
    "events.assemble.candidates",
    "events.assemble.core",
    "events.attribution",
    "events.reference",
    "events.temporal",
    "events.triggers",
    "events.actors",
    "events.text.dateline",
)


def _loaders() -> list[tuple[str, object]]:
    found = []
    for name in MODULES:
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if not attr.startswith("load_") or not callable(value) or getattr(value, "__module__", name) != name:
                continue
            target = inspect.unwrap(value)
            params = inspect.signature(target).parameters.values()
            if all(p.default is not inspect.Parameter.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params):
                found.append((f"{name}.{attr}", value))
    return found


LOADERS = _loaders()


def test_loaders_are_found() -> None:
    assert len(LOADERS) >= 20
    assert "events.assemble.parties.load_official_words" in dict(LOADERS)


@pytest.mark.parametrize("name, loader", LOADERS, ids=[n for n, _ in LOADERS])
def test_a_loader_is_memoised(name: str, loader) -> None:
    # identity of the result proves nothing for a pattern: `re` keeps its own cache of
    # compiled patterns, so a loader that sorts, escapes and joins its words on every
    # call still hands back the same object
    assert hasattr(loader, "cache_info"), f"{name} builds its data anew on every call"
    first = loader()
    hits = loader.cache_info().hits
    assert loader() is first
    assert loader.cache_info().hits == hits + 1
