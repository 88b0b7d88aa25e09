"""Importing a peer's events: GDELT 2.0 event files and ACLED CSV exports.

GDELT: the 61-column tab-separated events file as GDELT publishes it (no
header), or the same with a header row. A row becomes an event when its CAMEO
code maps to one of the fifteen types (`CAMEO_TYPES`, from SCHEMA.md's CAMEO
column); the rest are counted as skipped. GDELT's place codes are FIPS 10-4,
converted to ISO alpha-3 with `events/data/fips_iso.json`. Each event keeps its
GLOBALEVENTID (its id is `gdelt-<GLOBALEVENTID>`), source URL and mention count.

ACLED: the columns of its CSV export (`event_id_cnty`, `event_date`,
`time_precision`, `event_type`, `sub_event_type`, `actor1`, `actor2`,
`country`, `iso`/`iso3`, `location`, `latitude`, `longitude`,
`geo_precision`, `source`, `notes`, ...).

Imported events are stored as they are: never merged with each other nor
with extracted events. Importing the same file again changes nothing.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select

from events.encoding import DecodeError, decode_bytes
from events.model import CAMEO_BY_TYPE

DATA_DIR = Path(__file__).resolve().parent / "data"
FIPS_ISO_PATH = DATA_DIR / "fips_iso.json"

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

# CAMEO code prefixes of the fifteen types (SCHEMA.md); the longest matching prefix wins.
CAMEO_TYPES: dict[str, str] = {
    "042": "visit",
    "043": "visit",
    "036": "meeting",
    "046": "meeting",
    "057": "agreement",
    "16": "sanctions",
    "0871": "ceasefire",
    "15": "deployment",
    "062": "military_exercise",
    "18": "attack",
    "19": "attack",
    "14": "protest",
    "07": "aid",
    "173": "arrest",
    "064": "relations",
}

# GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1)
GEO_PRECISION = {"1": "country", "2": "region", "3": "city", "4": "city", "5": "region"}

ACLED_TYPES: dict[str, str] = {
    "battles": "attack",
    "explosions/remote violence": "attack",
    "violence against civilians": "attack",
    "protests": "protest",
    "riots": "protest",
}
ACLED_SUB_TYPES: dict[str, str] = {
    "agreement": "agreement",
    "arrests": "arrest",
    "headquarters or base established": "deployment",
}
ACLED_PRECISION = {"1": "day", "2": "day", "3": "month"}
ACLED_GEO_PRECISION = {"1": "city", "2": "region", "3": "region"}


@dataclass(frozen=True)
class FipsTable:
    fips_to_iso3: Mapping[str, str]
    iso3_to_fips: Mapping[str, str]

    def iso3(self, fips: str | None) -> str | None:
        return self.fips_to_iso3.get((fips or "").strip().upper()) if fips else None

    def fips(self, iso3: str | None) -> str | None:
        return self.iso3_to_fips.get((iso3 or "").strip().upper()) if iso3 else None

    @property
    def iso3_codes(self) -> frozenset[str]:
        return frozenset(self.iso3_to_fips) | frozenset(self.fips_to_iso3.values())


@lru_cache(maxsize=4)
def load_fips_table(path: Path = FIPS_ISO_PATH) -> FipsTable:
    """The FIPS 10-4 <-> ISO alpha-3 country table (one load per process)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return FipsTable(data["fips_to_iso3"], data["iso3_to_fips"])


def cameo_to_type(code: str | None) -> str | None:
    """One of the fifteen types for a CAMEO event code, or None."""
    code = (code or "").strip()
    for length in range(len(code), 1, -1):
        etype = CAMEO_TYPES.get(code[:length])
        if etype:
            return etype
    return None


@dataclass
class ImportReport:
    rows: int = 0
    imported: int = 0
    already: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> rows
    problems: list[str] = field(default_factory=list)  # malformed rows, with their line

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    def summary(self) -> str:
        reasons = ", ".join(f"{n} {why}" for why, n in self.skipped.most_common())
        return (
            f"{self.rows} rows: {self.imported} imported, {self.already} already in the store, "
            f"{self.skipped_total} skipped" + (f" ({reasons})" if reasons else "")
        )


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(float(value)) if value not in (None, "") else default
    except ValueError:
        return default


def _slug(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", name.strip().lower()).strip("_")


def _gdelt_actor(row: Mapping[str, str], n: int, iso3: frozenset[str]) -> tuple[str | None, str | None]:
    """(actor id, ISO country) of GDELT's Actor1 or Actor2."""
    country = (row.get(f"Actor{n}CountryCode") or "").strip().upper()
    country = country if country in iso3 else None
    name = (row.get(f"Actor{n}Name") or "").strip()
    code = (row.get(f"Actor{n}Code") or "").strip().upper()
    if country and (not code or code.startswith(country)):
        return country, country  # the country itself or one of its parts (government, military, business)
    if name:
        return _slug(name), country
    return (code.lower() or None), country


def gdelt_row_to_event(row: Mapping[str, str], fips: FipsTable) -> dict[str, Any] | str:
    """An event record for one GDELT row, or the reason it is skipped."""
    code = (row.get("EventCode") or "").strip()
    etype = cameo_to_type(code)
    if etype is None:
        return f"CAMEO root {code[:2] or '??'} not one of the fifteen types"
    gid = (row.get("GLOBALEVENTID") or "").strip()
    raw_date = (row.get("SQLDATE") or "").strip()
    try:
        day = datetime.strptime(raw_date, "%Y%m%d").date()
    except ValueError:
        return "no valid SQLDATE"
    added = (row.get("DATEADDED") or "").strip()
    basis = "explicit"
    try:
        added_day = datetime.strptime(added[:8], "%Y%m%d").date()
        if 0 <= (added_day - day).days <= 1:
            basis = "publication"
    except ValueError:
        added_day = None
    iso3 = fips.iso3_codes
    actor1, c1 = _gdelt_actor(row, 1, iso3)
    actor2, c2 = _gdelt_actor(row, 2, iso3)
    location = None
    geo_type = (row.get("ActionGeo_Type") or "").strip()
    loc_country = fips.iso3(row.get("ActionGeo_CountryCode"))
    if geo_type in GEO_PRECISION and (loc_country or row.get("ActionGeo_FullName")):
        location = {
            "name": (row.get("ActionGeo_FullName") or "").strip() or loc_country,
            "country": loc_country,
            "lat": _float(row.get("ActionGeo_Lat")),
            "lon": _float(row.get("ActionGeo_Long")),
            "precision": GEO_PRECISION[geo_type],
            "fips": (row.get("ActionGeo_CountryCode") or "").strip() or None,
            "adm1": (row.get("ActionGeo_ADM1Code") or "").strip() or None,
            "feature_id": (row.get("ActionGeo_FeatureID") or "").strip() or None,
        }
    actors = sorted({a for a in (actor1, actor2, c1, c2) if a})
    countries = sorted({c for c in (c1, c2, loc_country) if c})
    url = (row.get("SOURCEURL") or "").strip() or None
    names = " – ".join(n for n in ((row.get("Actor1Name") or "").strip(), (row.get("Actor2Name") or "").strip()) if n)
    event_id = f"gdelt-{gid}"
    return {
        "event_id": event_id,
        "article_id": None,
        "event_type": etype,
        "cameo": code,
        "date": day.isoformat(),
        "date_precision": "day",
        "date_basis": basis,
        "end_date": None,
        "title": f"{etype}: {names}" if names else etype,
        "actors": actors,
        "actor1": actor1,
        "actor2": actor2,
        "attribution": None,
        "countries": countries,
        "location": location,
        "quote": "",
        "trigger": code,
        "spans": {},
        "confidence": 0.5,
        "published": added_day.isoformat() if added_day else None,
        "origin": "gdelt",
        "external_id": gid,
        "goldstein": _float(row.get("GoldsteinScale")),
        "avg_tone": _float(row.get("AvgTone")),
        "member_ids": [event_id],
        "mention_count": max(1, _int(row.get("NumMentions"), 1)),
        "num_sources": max(1, _int(row.get("NumSources"), 1)),
        "num_articles": max(1, _int(row.get("NumArticles"), 1)),
        "num_reports": max(1, _int(row.get("NumArticles"), 1)),
        "sources": [
            {
                "article_id": None,
                "event_id": gid,
                "origin": "gdelt",
                "source": "GDELT",
                "url": url,
                "published": added_day.isoformat() if added_day else None,
                "quote": None,
            }
        ],
    }


def read_gdelt_rows(stream: Iterable[str]) -> Iterator[tuple[int, dict[str, str] | str]]:
    """(line number, row as a dict or a problem) for each line of a GDELT events file."""
    for lineno, line in enumerate(stream, start=1):
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        cells = line.split("\t")
        if lineno == 1 and cells[0].strip().upper() == "GLOBALEVENTID":
            continue  # header row
        if len(cells) != len(GDELT_COLUMNS):
            yield lineno, f"line {lineno}: {len(cells)} columns, a GDELT 2.0 events row has {len(GDELT_COLUMNS)}"
            continue
        yield lineno, dict(zip(GDELT_COLUMNS, cells, strict=True))


def _acled_date(value: str) -> date | None:
    value = value.strip()
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y", "%m/%d/%Y", "%Y/%m/%d"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(c, attr, None)
            if name:
                out[name.lower()] = c.alpha_3
        out[c.numeric.lstrip("0")] = c.alpha_3
    return out


def _acled_country(row: Mapping[str, str]) -> str | None:
    iso3 = (row.get("iso3") or "").strip().upper()
    if len(iso3) == 3 and iso3.isalpha():
        return iso3
    names = _country_names()
    numeric = (row.get("iso") or "").strip().lstrip("0")
    return names.get(numeric) or names.get((row.get("country") or "").strip().lower())


def acled_row_to_event(row: Mapping[str, str]) -> dict[str, Any] | str:
    """An event record for one ACLED row, or the reason it is skipped."""
    sub = (row.get("sub_event_type") or "").strip().lower()
    main = (row.get("event_type") or "").strip().lower()
    etype = ACLED_SUB_TYPES.get(sub) or ACLED_TYPES.get(main)
    if etype is None:
        return f"ACLED type {row.get('event_type')!r}/{row.get('sub_event_type')!r} not one of the fifteen types"
    day = _acled_date(row.get("event_date") or "")
    if day is None:
        return "no valid event_date"
    precision = ACLED_PRECISION.get((row.get("time_precision") or "1").strip(), "day")
    value = day.isoformat() if precision == "day" else day.isoformat()[:7]
    ext = (row.get("event_id_cnty") or row.get("data_id") or "").strip()
    if not ext:
        return "no event_id_cnty"
    country = _acled_country(row)
    lat, lon = _float(row.get("latitude")), _float(row.get("longitude"))
    location = None
    if row.get("location") or lat is not None:
        location = {
            "name": (row.get("location") or "").strip() or None,
            "country": country,
            "lat": lat,
            "lon": lon,
            "precision": ACLED_GEO_PRECISION.get((row.get("geo_precision") or "1").strip(), "city"),
            "admin1": (row.get("admin1") or "").strip() or None,
        }
    actor1 = _slug(row.get("actor1") or "") or None
    actor2 = _slug(row.get("actor2") or "") or None
    sources = [s.strip() for s in (row.get("source") or "").split(";") if s.strip()]
    event_id = f"acled-{ext}"
    notes = (row.get("notes") or "").strip()
    return {
        "event_id": event_id,
        "article_id": None,
        "event_type": etype,
        "cameo": CAMEO_BY_TYPE.get(etype),
        "date": value,
        "date_precision": precision,
        "date_basis": "explicit",
        "end_date": None,
        "title": " – ".join(x for x in (row.get("sub_event_type"), row.get("location")) if x) or etype,
        "actors": sorted({a for a in (actor1, actor2, country) if a}),
        "actor1": actor1,
        "actor2": actor2,
        "attribution": None,
        "countries": [country] if country else [],
        "location": location,
        "quote": notes,
        "trigger": row.get("sub_event_type") or etype,
        "spans": {},
        "confidence": 0.5,
        "published": None,
        "origin": "acled",
        "external_id": ext,
        "fatalities": _int(row.get("fatalities"), 0),
        "member_ids": [event_id],
        "mention_count": max(1, len(sources)),
        "num_sources": max(1, len(sources)),
        "num_articles": max(1, len(sources)),
        "num_reports": 1,
        "sources": [
            {"article_id": None, "event_id": ext, "origin": "acled", "source": s, "url": None, "published": None,
             "quote": notes}
            for s in (sources or ["ACLED"])
        ],
    }  # fmt: skip


def read_acled_rows(stream: Iterable[str]) -> Iterator[tuple[int, dict[str, str] | str]]:
    reader = csv.DictReader(stream)
    if not reader.fieldnames or "event_date" not in reader.fieldnames:
        yield 1, "line 1: not an ACLED export (no event_date column)"
        return
    for row in reader:
        yield reader.line_num, {k: (v or "") for k, v in row.items() if k}


def import_records(store: Any, records: Iterable[dict[str, Any]], origin: str, batch: int = 500) -> tuple[int, int]:
    """Store imported event records (one transaction per batch); (imported, already present)."""
    from events.corrections import active_corrections, apply_corrections, corrections_for
    from events.store import EventRow, set_aliases, write_event

    imported = already = 0
    pending: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal imported, already
        if not pending:
            return
        with store.write() as conn:
            ids = [r["event_id"] for r in pending]
            present = set(conn.execute(select(EventRow.event_id).where(EventRow.event_id.in_(ids))).scalars())
            fresh = {r["event_id"]: r for r in pending if r["event_id"] not in present}
            by_target = active_corrections(conn, fresh)
            for rec in fresh.values():
                write_event(conn, rec, apply_corrections(rec, corrections_for(rec, by_target)), origin, None)
            set_aliases(conn, {eid: eid for eid in fresh})
            imported += len(fresh)
            already += len(pending) - len(fresh)
        pending.clear()

    for rec in records:
        pending.append(rec)
        if len(pending) >= batch:
            flush()
    flush()
    return imported, already


def import_file(store: Any, path: str | Path, fmt: str, *, fips: FipsTable | None = None) -> ImportReport:
    """Import a GDELT (`gdelt`) or ACLED (`acled`) file into the store."""
    report = ImportReport()
    fips = fips or load_fips_table()
    with open(path, "rb") as fh:
        data = fh.read()
    try:  # UTF-8 (a few broken bytes replaced), UTF-16 as spreadsheets save "Unicode text", a single-byte export
        text = decode_bytes(data).text if data.strip() else ""
    except DecodeError as exc:  # a binary file: one problem, not a line of junk per newline byte
        report.problems.append(f"{exc}, not read")
        return report
    if fmt == "gdelt":
        rows = read_gdelt_rows(io.StringIO(text))
        convert: Any = lambda row: gdelt_row_to_event(row, fips)  # noqa: E731
    elif fmt == "acled":
        rows = read_acled_rows(io.StringIO(text))
        convert = acled_row_to_event
    else:
        raise ValueError(f"unknown import format {fmt!r} (gdelt or acled)")

    def records() -> Iterator[dict[str, Any]]:
        seen: set[str] = set()
        for _lineno, row in rows:
            report.rows += 1
            if isinstance(row, str):
                report.problems.append(row)
                report.skipped["malformed rows"] += 1
                continue
            rec = convert(row)
            if isinstance(rec, str):
                report.skipped[rec] += 1
                continue
            if rec["event_id"] in seen:
                report.skipped["repeated ids in the file"] += 1
                continue
            seen.add(rec["event_id"])
            yield rec

    report.imported, report.already = import_records(store, records(), fmt)
    return report
