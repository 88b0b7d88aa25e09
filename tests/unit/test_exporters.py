"""Exports: the dashboard's filters, GeoJSON, TimelineJS's JSON format, GDELT columns (round trip)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from test_store_support import fake_extract, make_article

from events.exporters import EventFilter, export_events, select_events, timeline_date, to_timelinejs
from events.importers import GDELT_COLUMNS, import_file
from events.ingest import ingest_articles
from events.store import open_store

SAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "gdelt" / "gdelt2_events_sample.tsv"

ARTICLES = [
    make_article("A", "EVENT visit 2017-06-05 day explicit TUR,QAT @Doha #زار وزير الدفاع التركي الدوحة"),
    make_article("B", "EVENT sanctions 2017-06 month explicit SAU,ARE,BHR,EGY,QAT #قطعت السعودية علاقاتها مع قطر"),
    make_article("C", "EVENT ceasefire 2020-10-23 day explicit LBY @Geneva #ceasefire agreed in Geneva"),
    make_article("D", "EVENT meeting 2016 year explicit muslim_brotherhood,EGY #talks with the Brotherhood"),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = open_store(str(tmp_path_factory.mktemp("exp") / "e.sqlite"))
    ingest_articles(s, ARTICLES, extract=fake_extract)
    yield s
    s.close()


@pytest.mark.parametrize(
    ("flt", "types"),
    [
        (EventFilter(), ["meeting", "sanctions", "visit", "ceasefire"]),
        (EventFilter(country="QAT"), ["sanctions", "visit"]),
        (EventFilter(country="qat,lby"), ["sanctions", "visit", "ceasefire"]),
        (EventFilter(actor="muslim_brotherhood"), ["meeting"]),
        (EventFilter(event_type="visit,ceasefire"), ["visit", "ceasefire"]),
        (EventFilter(date_from="2017-06-10"), ["sanctions", "ceasefire"]),  # the June 2017 month overlaps
        (EventFilter(date_from="2017", date_to="2017-06-04"), ["sanctions"]),
        (EventFilter(date_to="2016-12"), ["meeting"]),
        (EventFilter(text="الدوحه"), ["visit"]),  # ta marbuta folded: الدوحه meets الدوحة
        (EventFilter(text="وزير"), ["visit"]),
        (EventFilter(text="GENEVA"), ["ceasefire"]),
        (EventFilter(text="100%_"), []),
        (EventFilter(country="QAT", event_type="sanctions", date_from="2017-06-01", date_to="2017-06-30"), ["sanctions"]),
    ],
)
def test_filters(store, flt: EventFilter, types: list[str]) -> None:
    assert [e["event_type"] for e in select_events(store, flt)] == types


def test_a_bad_date_filter_is_an_error(store) -> None:
    with pytest.raises(ValueError, match="not a date"):
        select_events(store, EventFilter(date_from="June 2017"))


def test_geojson_has_only_located_events_as_points(store) -> None:
    out = io.StringIO()
    n = export_events(store, "geojson", out)
    doc = json.loads(out.getvalue())
    assert doc["type"] == "FeatureCollection" and n == len(doc["features"]) == 2
    doha = next(f for f in doc["features"] if f["properties"]["event_type"] == "visit")
    assert doha["geometry"] == {"type": "Point", "coordinates": [51.531, 25.2854]}
    assert doha["properties"]["location_country"] == "QAT"


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2017-06-05", "day", {"year": 2017, "month": 6, "day": 5}),
        ("2017-06", "month", {"year": 2017, "month": 6}),
        ("2017", "year", {"year": 2017}),
        ("2017-06-05", "month", {"year": 2017, "month": 6}),
        (None, None, None),
    ],
)
def test_timeline_date_keeps_the_precision(value, precision, expected) -> None:
    assert timeline_date(value, precision) == expected


def test_timelinejs_document_follows_the_json_format(store) -> None:
    out = io.StringIO()
    export_events(store, "timelinejs", out)
    doc = json.loads(out.getvalue())
    assert set(doc) <= {"events", "title", "eras", "scale"}
    assert isinstance(doc["events"], list) and len(doc["events"]) == 4
    allowed = {"start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink",
               "unique_id"}  # fmt: skip
    for slide in doc["events"]:
        assert set(slide) <= allowed
        assert isinstance(slide["start_date"]["year"], int)
        assert set(slide["start_date"]) <= {"year", "month", "day"}
        assert set(slide["text"]) == {"headline", "text"}
    visit = next(s for s in doc["events"] if s["group"] == "visit")
    assert visit["start_date"] == {"year": 2017, "month": 6, "day": 5}
    assert "زار وزير الدفاع التركي الدوحة" in visit["text"]["text"]
    sanctions = next(s for s in doc["events"] if s["group"] == "sanctions")
    assert sanctions["start_date"] == {"year": 2017, "month": 6}


def test_timelinejs_escapes_html() -> None:
    doc = to_timelinejs([{"event_id": "x", "date": "2018", "date_precision": "year", "title": "<b>x</b>",
                          "quote": "a < b", "sources": [{"url": "https://e.example/?a=1&b=2", "source": "E"}]}])  # fmt: skip
    slide = doc["events"][0]
    assert slide["text"]["headline"] == "&lt;b&gt;x&lt;/b&gt;"
    assert "a &lt; b" in slide["text"]["text"] and "a=1&amp;b=2" in slide["text"]["text"]


def test_gdelt_export_has_61_columns_and_round_trips(store, tmp_path) -> None:
    out = io.StringIO()
    n = export_events(store, "gdelt", out)
    lines = out.getvalue().splitlines()
    assert n == len(lines) == 4
    assert all(len(line.split("\t")) == len(GDELT_COLUMNS) for line in lines)
    visit = next(line.split("\t") for line in lines if "\t042\t" in line)
    col = {name: i for i, name in enumerate(GDELT_COLUMNS)}
    assert visit[col["SQLDATE"]] == "20170605"
    assert visit[col["ActionGeo_CountryCode"]] == "QA"  # ISO QAT back to FIPS
    month = next(line.split("\t") for line in lines if "\t163\t" in line)
    assert month[col["SQLDATE"]] == "" and month[col["MonthYear"]] == "201706"  # no invented day

    path = tmp_path / "export.tsv"
    path.write_text(out.getvalue(), encoding="utf-8")
    peer = open_store(str(tmp_path / "peer.sqlite"))
    report = import_file(peer, path, "gdelt")
    assert report.imported == 2  # the two day-dated events; a GDELT row needs a day
    (back,) = select_events(peer, EventFilter(event_type="visit"))
    assert back["date"] == "2017-06-05" and back["location"]["country"] == "QAT"


def test_gdelt_sample_export_keeps_global_event_ids(tmp_path) -> None:
    store = open_store(str(tmp_path / "g.sqlite"))
    import_file(store, SAMPLE, "gdelt")
    out = io.StringIO()
    export_events(store, "gdelt", out, EventFilter(event_type="visit"))
    ids = {line.split("\t")[0] for line in out.getvalue().splitlines()}
    source_ids = {line.split("\t")[0] for line in SAMPLE.read_text(encoding="utf-8").splitlines()}
    assert ids and ids <= source_ids
