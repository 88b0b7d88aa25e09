"""Exporting the events table: csv, jsonl, geojson, timelinejs, gdelt, with the dashboard's filters.

Filters (all optional, combined with AND; a comma-separated value means any
of them): actor id, country (ISO alpha-3), event type, from / to (YYYY,
YYYY-MM or YYYY-MM-DD: an event is kept when its dates overlap the range),
and text (searched in the folded title, quote, trigger, actors, place and
source quotes, so Arabic spelling variants meet). Rejected events are left out
unless asked for.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any, TextIO

from sqlalchemy import Connection, Select, and_, exists, or_, select

from events.merge import date_interval
from events.model import CAMEO_BY_TYPE
from events.store import EventActorRow, EventCountryRow, EventRow, Store

FORMATS = ("csv", "jsonl", "geojson", "timelinejs", "gdelt")

CSV_COLUMNS = (
    "event_id",
    "event_type",
    "cameo",
    "date",
    "date_precision",
    "date_basis",
    "end_date",
    "title",
    "actors",
    "actor1",
    "actor2",
    "countries",
    "location_name",
    "location_country",
    "lat",
    "lon",
    "location_precision",
    "mention_count",
    "num_articles",
    "num_sources",
    "num_reports",
    "confidence",
    "status",
    "origin",
    "article_ids",
    "urls",
    "quote",
)


def _split(value: str | Sequence[str] | None) -> list[str]:
    if not value:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    return [v.strip() for v in items if v and v.strip()]


@dataclass(frozen=True)
class EventFilter:
    """The dashboard's filters, as one selection."""

    actor: str | Sequence[str] | None = None
    country: str | Sequence[str] | None = None
    event_type: str | Sequence[str] | None = None
    date_from: str | None = None
    date_to: str | None = None
    text: str | None = None
    include_rejected: bool = False

    def apply(self, query: Select) -> Select:
        conds = []
        if not self.include_rejected:
            conds.append(EventRow.status != "rejected")
        actors = _split(self.actor)
        if actors:
            conds.append(
                exists().where(and_(EventActorRow.event_id == EventRow.event_id, EventActorRow.actor_id.in_(actors)))
            )
        countries = [c.upper() for c in _split(self.country)]
        if countries:
            conds.append(
                exists().where(
                    and_(EventCountryRow.event_id == EventRow.event_id, EventCountryRow.country.in_(countries))
                )
            )
        types = _split(self.event_type)
        if types:
            conds.append(EventRow.event_type.in_(types))
        if self.date_from:
            start = _bound(self.date_from, 0)
            conds.append(EventRow.date_end >= start)
        if self.date_to:
            end = _bound(self.date_to, 1)
            conds.append(EventRow.date_start <= end)
        if self.text and self.text.strip():
            from events.text.normalize import fold_str

            needle = fold_str(self.text.strip())
            like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            conds.append(or_(EventRow.search_text.like(like, escape="\\"), EventRow.event_id == self.text.strip()))
        return query.where(*conds) if conds else query


def _bound(value: str, side: int) -> str:
    interval = date_interval(value.strip(), None)
    if interval is None:
        raise ValueError(f"not a date in YYYY, YYYY-MM or YYYY-MM-DD form: {value!r}")
    return interval[side].isoformat()


def iter_events(conn: Connection, flt: EventFilter | None = None) -> Iterator[dict[str, Any]]:
    """The events (as shown, corrections applied) that pass the filter, by date then id."""
    query = select(EventRow.record, EventRow.origin, EventRow.status).order_by(
        EventRow.date_start, EventRow.event_id
    )
    query = (flt or EventFilter()).apply(query)
    for record, origin, status in conn.execute(query):
        out = dict(record)
        out.setdefault("origin", origin)
        out["status"] = status
        yield out


def select_events(store: Store, flt: EventFilter | None = None) -> list[dict[str, Any]]:
    with store.read() as conn:
        return list(iter_events(conn, flt))


# --- formats ---------------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ";".join(_cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


def csv_row(record: Mapping[str, Any]) -> list[str]:
    loc = record.get("location") or {}
    sources = record.get("sources") or []
    flat = dict(record)
    flat.update(
        location_name=loc.get("name"),
        location_country=loc.get("country"),
        lat=loc.get("lat"),
        lon=loc.get("lon"),
        location_precision=loc.get("precision"),
        article_ids=sorted({s.get("article_id") for s in sources if s.get("article_id")}),
        urls=sorted({s.get("url") for s in sources if s.get("url")}),
    )
    return [_cell(flat.get(c)) for c in CSV_COLUMNS]


def write_csv(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    n = 0
    for r in records:
        writer.writerow(csv_row(r))
        n += 1
    return n


def write_jsonl(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    n = 0
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n


def to_geojson(records: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """A FeatureCollection of the located events (Point at the event's place, [lon, lat])."""
    features = []
    for r in records:
        loc = r.get("location") or {}
        if loc.get("lat") is None or loc.get("lon") is None:
            continue
        props = {
            k: r.get(k)
            for k in (
                "event_id",
                "event_type",
                "date",
                "date_precision",
                "date_basis",
                "title",
                "countries",
                "actors",
                "mention_count",
                "num_sources",
                "origin",
                "quote",
            )
        }
        props["location_name"] = loc.get("name")
        props["location_country"] = loc.get("country")
        props["location_precision"] = loc.get("precision")
        props["urls"] = sorted({s.get("url") for s in r.get("sources") or [] if s.get("url")})
        features.append(
            {
                "type": "Feature",
                "id": r.get("event_id"),
                "geometry": {"type": "Point", "coordinates": [float(loc["lon"]), float(loc["lat"])]},
                "properties": props,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def timeline_date(value: str | None, precision: str | None) -> dict[str, int] | None:
    """TimelineJS date object at the date's precision (no invented month or day)."""
    if not value:
        return None
    parts = value.split("-")
    keep = {"year": 1, "month": 2, "day": 3}.get(precision or "", len(parts))
    try:
        nums = [int(p) for p in parts[:keep]]
    except ValueError:
        return None
    return dict(zip(("year", "month", "day"), nums, strict=False))


def to_timelinejs(
    records: Iterable[Mapping[str, Any]],
    title: str = "Events",
    count_text: Callable[[int], str] | None = None,
    group_label: Callable[[str], str] | None = None,
) -> dict[str, Any]:
    """TimelineJS's JSON format: {"title": slide, "events": [slide, ...]}.

    Each slide has `start_date` (year, month, day at the event's precision),
    `end_date` for spans, `text` {headline, text} with the quote and sources,
    `group` (the event type, or `group_label` of it: TimelineJS shows groups as
    row labels) and `unique_id` (the event id). The title slide's text is
    `count_text` of the number of slides ("N events" by default), so a caller
    can word both in the reader's language.
    """
    slides = []
    for r in records:
        start = timeline_date(r.get("date"), r.get("date_precision"))
        if start is None:
            continue
        sources = r.get("sources") or []
        links = []
        for s in sources:
            label = escape(str(s.get("source") or s.get("article_id") or s.get("url") or "source"))
            if s.get("url"):
                links.append(f'<a href="{escape(str(s["url"]), quote=True)}">{label}</a>')
            else:
                links.append(label)
        body = ""
        if r.get("quote"):
            body += f"<blockquote>{escape(str(r['quote']))}</blockquote>"
        if links:
            body += "<p>" + " · ".join(links) + "</p>"
        slide: dict[str, Any] = {
            "start_date": start,
            "text": {"headline": escape(str(r.get("title") or r.get("event_type") or "")), "text": body},
            "group": group_label(str(r["event_type"])) if group_label and r.get("event_type") else r.get("event_type"),
            "unique_id": str(r.get("event_id")),
        }
        end = timeline_date(r.get("end_date"), None)
        if end is not None:
            slide["end_date"] = end
        slides.append(slide)
    counted = count_text(len(slides)) if count_text else f"{len(slides)} events"
    return {"title": {"text": {"headline": escape(title), "text": escape(counted)}}, "events": slides}


QUAD_CLASS = {"01": 1, "02": 1, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2, "09": 2}
GEO_TYPE = {"country": "1", "region": "5", "city": "4"}


def _gdelt_id(record: Mapping[str, Any]) -> str:
    if record.get("origin") == "gdelt" and record.get("external_id"):
        return str(record["external_id"])
    digest = hashlib.sha1(str(record.get("event_id")).encode("utf-8")).hexdigest()
    return str(int(digest[:15], 16))


def gdelt_row(record: Mapping[str, Any], iso3_to_fips: Mapping[str, str]) -> list[str]:
    """The GDELT 2.0 event columns that apply to one event (the rest left empty)."""
    from events.importers import GDELT_COLUMNS

    row = dict.fromkeys(GDELT_COLUMNS, "")
    value, precision = record.get("date") or "", record.get("date_precision")
    row["GLOBALEVENTID"] = _gdelt_id(record)
    if value:
        row["Year"] = value[:4]
        if precision in ("day", "month") and len(value) >= 7:
            row["MonthYear"] = value[:4] + value[5:7]
        if precision == "day" and len(value) == 10:
            d = date.fromisoformat(value)
            row["SQLDATE"] = d.strftime("%Y%m%d")
            row["FractionDate"] = f"{d.year + (d.month * 30 + d.day) / 365:.4f}"
    for n in (1, 2):
        actor = record.get(f"actor{n}")
        if actor:
            is_iso = len(actor) == 3 and actor.isupper()
            row[f"Actor{n}Code"] = actor.upper() if is_iso else ""
            row[f"Actor{n}Name"] = actor
            row[f"Actor{n}CountryCode"] = actor if is_iso else ""
    cameo = str(record.get("cameo") or CAMEO_BY_TYPE.get(str(record.get("event_type"))) or "")
    if cameo:
        row["EventCode"] = cameo
        row["EventBaseCode"] = cameo[:3]
        row["EventRootCode"] = cameo[:2]
        root = cameo[:2]
        row["QuadClass"] = str(QUAD_CLASS.get(root, 3 if root in ("10", "11", "12", "13", "14") else 4))
    row["IsRootEvent"] = "1"
    row["NumMentions"] = str(record.get("mention_count") or 1)
    row["NumSources"] = str(record.get("num_sources") or 1)
    row["NumArticles"] = str(record.get("num_articles") or 1)
    if record.get("goldstein") is not None:
        row["GoldsteinScale"] = str(record["goldstein"])
    loc = record.get("location") or {}
    if loc:
        row["ActionGeo_Type"] = GEO_TYPE.get(loc.get("precision") or "", "1")
        row["ActionGeo_FullName"] = str(loc.get("name") or "")
        row["ActionGeo_CountryCode"] = iso3_to_fips.get(loc.get("country") or "", "")
        row["ActionGeo_ADM1Code"] = str(loc.get("adm1") or row["ActionGeo_CountryCode"])
        if loc.get("lat") is not None and loc.get("lon") is not None:
            row["ActionGeo_Lat"] = f"{float(loc['lat']):.4f}"
            row["ActionGeo_Long"] = f"{float(loc['lon']):.4f}"
        row["ActionGeo_FeatureID"] = str(loc.get("feature_id") or "")
    else:
        row["ActionGeo_Type"] = "0"
    for n in (1, 2):
        row[f"Actor{n}Geo_Type"] = "0"
    published = record.get("published") or value
    if published and len(published) == 10:
        row["DATEADDED"] = published.replace("-", "") + "000000"
    urls = [s.get("url") for s in record.get("sources") or [] if s.get("url")]
    row["SOURCEURL"] = urls[0] if urls else ""
    return [row[c].replace("\t", " ").replace("\n", " ") for c in GDELT_COLUMNS]


def write_gdelt(records: Iterable[Mapping[str, Any]], out: TextIO, header: bool = False) -> int:
    from events.importers import GDELT_COLUMNS, load_fips_table

    table = load_fips_table().iso3_to_fips
    if header:
        out.write("\t".join(GDELT_COLUMNS) + "\n")
    n = 0
    for r in records:
        out.write("\t".join(gdelt_row(r, table)) + "\n")
        n += 1
    return n


def export_events(store: Store, fmt: str, out: TextIO, flt: EventFilter | None = None, title: str = "Events") -> int:
    """Write the filtered events to `out` in `fmt`; the number of events written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    with store.read() as conn:
        records = iter_events(conn, flt)
        if fmt == "csv":
            return write_csv(records, out)
        if fmt == "jsonl":
            return write_jsonl(records, out)
        if fmt == "gdelt":
            return write_gdelt(records, out)
        items = list(records)
    if fmt == "geojson":
        doc = to_geojson(items)
        n = len(doc["features"])
    else:
        doc = to_timelinejs(items, title)
        n = len(doc["events"])
    json.dump(doc, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return n
