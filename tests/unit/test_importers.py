"""Importing GDELT 2.0 event files (with and without header) and ACLED CSV exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from events.exporters import EventFilter, select_events
from events.importers import (
    FIPS_ISO_PATH,
    GDELT_COLUMNS,
    acled_row_to_event,
    cameo_to_type,
    import_file,
    load_fips_table,
)
from events.store import open_store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "gdelt"
SAMPLE = FIXTURES / "gdelt2_events_sample.tsv"
SAMPLE_HEADER = FIXTURES / "gdelt2_events_sample_header.tsv"


def _rows(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if not line.startswith("GLOBALEVENTID")]


def _mappable(path: Path) -> int:
    return sum(cameo_to_type(r[GDELT_COLUMNS.index("EventCode")]) is not None for r in _rows(path))


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("042", "visit"),
        ("043", "visit"),
        ("036", "meeting"),
        ("046", "meeting"),
        ("057", "agreement"),
        ("0871", "ceasefire"),
        ("0874", None),  # retreat: not a ceasefire
        ("163", "sanctions"),
        ("1621", "sanctions"),
        ("154", "deployment"),
        ("062", "military_exercise"),
        ("193", "attack"),
        ("1822", "attack"),
        ("141", "protest"),
        ("073", "aid"),
        ("173", "arrest"),
        ("064", "relations"),
        ("010", None),
        ("040", None),
        ("", None),
    ],
)
def test_cameo_to_type(code: str, expected: str | None) -> None:
    assert cameo_to_type(code) == expected


@pytest.mark.parametrize(
    ("fips", "iso3"),
    [("QA", "QAT"), ("TU", "TUR"), ("UK", "GBR"), ("IZ", "IRQ"), ("LE", "LBN"), ("MO", "MAR"), ("AG", "DZA"),
     ("TS", "TUN"), ("GM", "DEU"), ("SF", "ZAF"), ("WE", "PSE"), ("RB", "SRB"), ("XX", None), ("", None)],
)  # fmt: skip
def test_fips_to_iso(fips: str, iso3: str | None) -> None:
    assert load_fips_table().iso3(fips) == iso3


def test_fips_table_names_its_source() -> None:
    data = json.loads(FIPS_ISO_PATH.read_text(encoding="utf-8"))
    assert "GeoNames" in data["_source"]
    assert load_fips_table().fips("TUR") == "TU"


@pytest.mark.parametrize("path", [SAMPLE, SAMPLE_HEADER], ids=["no-header", "header"])
def test_gdelt_import_keeps_every_mappable_row_and_counts_the_rest(tmp_path, path: Path) -> None:
    store = open_store(str(tmp_path / "g.sqlite"))
    report = import_file(store, path, "gdelt")
    rows = len(_rows(path))
    assert report.rows == rows
    assert report.imported == _mappable(path) > 0
    assert report.skipped_total == rows - report.imported
    assert report.problems == []
    again = import_file(store, path, "gdelt")
    assert (again.imported, again.already) == (0, report.imported)
    assert len(select_events(store)) == report.imported


def test_gdelt_rows_become_events_with_dates_iso_countries_coordinates_and_sources(tmp_path) -> None:
    store = open_store(str(tmp_path / "g.sqlite"))
    import_file(store, SAMPLE, "gdelt")
    by_id = {e["event_id"]: e for e in select_events(store)}
    raw = {r[0]: r for r in _rows(SAMPLE)}
    col = {name: i for i, name in enumerate(GDELT_COLUMNS)}
    fips = load_fips_table()
    checked = 0
    for event_id, event in by_id.items():
        row = raw[event_id.removeprefix("gdelt-")]
        sqldate = row[col["SQLDATE"]]
        assert event["date"] == f"{sqldate[:4]}-{sqldate[4:6]}-{sqldate[6:]}"
        assert event["date_precision"] == "day"
        assert event["mention_count"] == int(row[col["NumMentions"]])
        assert event["sources"][0]["url"] == row[col["SOURCEURL"]]
        assert event["external_id"] == row[col["GLOBALEVENTID"]]
        geo = row[col["ActionGeo_CountryCode"]]
        if geo and row[col["ActionGeo_Type"]] != "0":
            assert event["location"]["country"] == fips.iso3(geo)
            assert event["location"]["lat"] == pytest.approx(float(row[col["ActionGeo_Lat"]]))
            assert event["location"]["lon"] == pytest.approx(float(row[col["ActionGeo_Long"]]))
            assert fips.iso3(geo) in event["countries"]
            checked += 1
        assert all(len(c) == 3 and c.isupper() for c in event["countries"])
    assert checked > 50
    qatar = select_events(store, EventFilter(country="QAT"))
    assert qatar and all("QAT" in e["countries"] for e in qatar)


def test_malformed_gdelt_rows_are_named_and_skipped(tmp_path) -> None:
    good = SAMPLE.read_text(encoding="utf-8").splitlines()[:5]
    path = tmp_path / "broken.tsv"
    path.write_text("\n".join([*good, "only\tthree\tcolumns", ""]), encoding="utf-8")
    report = import_file(open_store(str(tmp_path / "g.sqlite")), path, "gdelt")
    assert report.rows == 6
    assert report.problems == ["line 6: 3 columns, a GDELT 2.0 events row has 61"]


@pytest.mark.parametrize(
    ("content", "rows", "problems"),
    [
        (bytes(range(256)) * 40, 0, ["binary file, not read"]),
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02\xff\n" * 200, 0, ["binary file, not read"]),
        ("\n".join(SAMPLE.read_text(encoding="utf-8").splitlines()[:5]).encode("utf-16"), 5, []),
        (b"", 0, []),
    ],
    ids=["random", "png", "utf-16", "empty"],
)
def test_gdelt_file_that_is_binary_or_utf16(tmp_path, content: bytes, rows: int, problems: list[str]) -> None:
    path = tmp_path / "events.tsv"
    path.write_bytes(content)
    report = import_file(open_store(str(tmp_path / "g.sqlite")), path, "gdelt")
    assert (report.rows, report.problems) == (rows, problems)


ACLED_HEADER = (
    "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3"
)
ACLED_ROWS = [
    '1,434,LBY1,1,2019-04-05,2019,1,Battles,Armed clash,Military Forces of Libya (2014-),,1,Government of National '
    'Accord,,1,11,Northern Africa,Libya,Tripoli,,,Tripoli,32.8872,13.1913,1,Libya Observer;Reuters,National,'
    '"اشتباكات في طرابلس بين قوات حفتر وقوات الوفاق",12,1554000000,LBY',
    '2,760,SYR2,2,10 March 2018,2018,3,Protests,Peaceful protest,Protesters (Syria),,6,,,0,60,Middle East,Syria,'
    'Idleb,,,Idleb,35.93,36.63,2,SOHR,National,Demonstration against the shelling,0,1554000000,',
    '3,634,QAT3,3,2017-06-05,2017,1,Strategic developments,Agreement,Government of Qatar,,1,Government of '
    'Turkey,,1,11,Middle East,Qatar,Doha,,,Doha,25.2854,51.531,1,Anadolu,International,Defence accord signed,0,'
    '1554000000,QAT',
    '4,634,QAT4,4,2017-06-06,2017,1,Strategic developments,Change to group/activity,X,,1,,,0,10,Middle East,'
    'Qatar,Doha,,,Doha,25.2854,51.531,1,Anadolu,International,Other,0,1554000000,QAT',
]


def test_acled_csv_import(tmp_path) -> None:
    path = tmp_path / "acled.csv"
    path.write_text("\n".join([ACLED_HEADER, *ACLED_ROWS]) + "\n", encoding="utf-8")
    store = open_store(str(tmp_path / "a.sqlite"))
    report = import_file(store, path, "acled")
    assert (report.rows, report.imported, report.skipped_total) == (4, 3, 1)
    events = {e["event_id"]: e for e in select_events(store)}
    libya = events["acled-LBY1"]
    assert (libya["event_type"], libya["date"], libya["countries"]) == ("attack", "2019-04-05", ["LBY"])
    assert libya["location"]["name"] == "Tripoli" and libya["mention_count"] == 2
    assert libya["quote"].startswith("اشتباكات")
    syria = events["acled-SYR2"]  # month precision; country from the numeric ISO code
    assert (syria["event_type"], syria["date"], syria["date_precision"], syria["countries"]) == (
        "protest", "2018-03", "month", ["SYR"])  # fmt: skip
    assert events["acled-QAT3"]["event_type"] == "agreement"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ({"event_type": "Strategic developments", "sub_event_type": "Looting/property destruction"}, "not one of"),
        ({"event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "someday"}, "event_date"),
    ],
)
def test_acled_rows_that_are_skipped(row: dict[str, str], reason: str) -> None:
    result = acled_row_to_event(row)
    assert isinstance(result, str) and reason in result
