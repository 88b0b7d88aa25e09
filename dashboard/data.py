"""The events the dashboard shows, as one pandas frame (one row per event).

Multi-valued fields (actors, countries, sources, article languages) are held
as delimited keys (`;QAT;TUR;`) so a filter is one vectorised substring test
and the frame stays one flat table that the whole process shares.
`frame_from_records` builds the same frame from event records (SCHEMA.md),
for tests, the synthetic generator and the benchmark.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from events.merge import date_interval

KEY_SEP = ";"
UNKNOWN_SOURCE = "unknown"

FRAME_COLUMNS = (
    "event_id",
    "event_type",
    "date",
    "date_precision",
    "date_basis",
    "end_date",
    "start",
    "end",
    "title",
    "actor1",
    "actor2",
    "actors_key",
    "countries_key",
    "sources_key",
    "langs_key",
    "location_name",
    "location_country",
    "lat",
    "lon",
    "loc_precision",
    "mention_count",
    "num_sources",
    "confidence",
    "status",
    "origin",
    "search_text",
)

CATEGORICAL = ("event_type", "date_precision", "date_basis", "loc_precision", "status", "origin")
# Few distinct values for many rows: as categories a filter tests each distinct value once and a row
# selection moves integer codes, not strings.
CATEGORICAL_TEXT = (
    "date",
    "end_date",
    "actor1",
    "actor2",
    "actors_key",
    "countries_key",
    "sources_key",
    "langs_key",
    "location_name",
    "location_country",
)


def make_key(values: Iterable[Any]) -> str:
    """`;A;B;` for the values (sorted, unique, separators removed); '' for none."""
    items = sorted({str(v).replace(KEY_SEP, ",").strip() for v in values if v and str(v).strip()})
    return KEY_SEP + KEY_SEP.join(items) + KEY_SEP if items else ""


def source_label(source: str | None, url: str | None, origin: str | None) -> str:
    """What the `source` filter calls an article's publisher: its name, else the site, else the origin."""
    if isinstance(source, str) and source.strip():
        return " ".join(source.replace(",", " ").split())[:200]
    if isinstance(url, str) and url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    if isinstance(origin, str) and origin and origin != "extracted":
        return origin
    return UNKNOWN_SOURCE


def finish_frame(columns: Mapping[str, Any]) -> pd.DataFrame:
    """The dashboard frame from its columns (missing ones empty), with compact dtypes and a 0..n-1 index."""
    df = pd.DataFrame({name: columns[name] for name in FRAME_COLUMNS if name in columns})
    n = len(df)
    for name in FRAME_COLUMNS:
        if name not in df:
            df[name] = pd.Series([None] * n, dtype="object")
    for name in ("event_id", "title", "actors_key", "countries_key", "sources_key", "langs_key", "search_text"):
        df[name] = df[name].fillna("").astype("str")
    for name in ("date", "end_date", "actor1", "actor2", "location_name", "location_country"):
        df[name] = df[name].astype("str").where(df[name].notna(), None) if n else df[name].astype("str")
    df["start"] = pd.to_datetime(df["start"], errors="coerce").astype("datetime64[s]")
    df["end"] = pd.to_datetime(df["end"], errors="coerce").astype("datetime64[s]")
    df["lat"] = pd.to_numeric(df["lat"], errors="coerce").astype("float32")
    df["lon"] = pd.to_numeric(df["lon"], errors="coerce").astype("float32")
    df["mention_count"] = pd.to_numeric(df["mention_count"], errors="coerce").fillna(1).astype("int32")
    df["num_sources"] = pd.to_numeric(df["num_sources"], errors="coerce").fillna(1).astype("int32")
    df["confidence"] = pd.to_numeric(df["confidence"], errors="coerce").fillna(0.0).astype("float32")
    df["status"] = df["status"].fillna("active")
    df["origin"] = df["origin"].fillna("extracted")
    for name in (*CATEGORICAL, *CATEGORICAL_TEXT):
        df[name] = df[name].astype("category")
    df = df.sort_values(["start", "event_id"], kind="stable", na_position="last").reset_index(drop=True)
    return df[list(FRAME_COLUMNS)]


def _record_row(record: Mapping[str, Any]) -> dict[str, Any]:
    from events.store import search_text_of

    interval = date_interval(record.get("date"), record.get("date_precision"))
    end = date_interval(record.get("end_date"), None) if record.get("end_date") else None
    loc = record.get("location") if isinstance(record.get("location"), Mapping) else None
    sources = [s for s in record.get("sources") or () if isinstance(s, Mapping)]
    labels = [source_label(s.get("source"), s.get("url"), s.get("origin") or record.get("origin")) for s in sources]
    if not labels:
        labels = [source_label(record.get("source"), record.get("url"), record.get("origin"))]
    langs = {s.get("language") for s in sources if s.get("language")} or {record.get("language")}
    return {
        "event_id": str(record.get("event_id")),
        "event_type": record.get("event_type"),
        "date": record.get("date"),
        "date_precision": record.get("date_precision"),
        "date_basis": record.get("date_basis"),
        "end_date": record.get("end_date"),
        "start": interval[0] if interval else None,
        "end": (end or interval)[1] if (end or interval) else None,
        "title": record.get("title") or "",
        "actor1": record.get("actor1"),
        "actor2": record.get("actor2"),
        "actors_key": make_key(record.get("actors") or ()),
        "countries_key": make_key(record.get("countries") or ()),
        "sources_key": make_key(labels),
        "langs_key": make_key(langs),
        "location_name": loc.get("name") if loc else None,
        "location_country": loc.get("country") if loc else None,
        "lat": loc.get("lat") if loc else None,
        "lon": loc.get("lon") if loc else None,
        "loc_precision": loc.get("precision") if loc else None,
        "mention_count": record.get("mention_count") or len(sources) or 1,
        "num_sources": record.get("num_sources") or len(set(labels)) or 1,
        "confidence": record.get("confidence"),
        "status": record.get("status") or "active",
        "origin": record.get("origin") or "extracted",
        "search_text": record.get("search_text") or search_text_of(record),
    }


def frame_from_records(records: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """The dashboard frame of event records (SCHEMA.md fields, as the store's exporters give them)."""
    rows = [_record_row(r) for r in records]
    columns = {name: [row[name] for row in rows] for name in FRAME_COLUMNS}
    return finish_frame(columns)


# --- from the store ---------------------------------------------------------------------------------


def load_frame(store: Any) -> pd.DataFrame:
    """Every event of the store (rejected ones included: the page hides them) as the dashboard frame.

    Reads the flat columns of `events` and the actor and source tables in three
    queries, one snapshot; never parses the events' JSON records.
    """
    from sqlalchemy import func, select

    from events.store import ArticleRow, EventActorRow, EventRow, EventSourceRow

    loc_precision = EventRow.record["location"]["precision"].as_string()
    language = EventRow.record["language"].as_string()
    with store.read() as conn:
        events = _frame(
            conn.execute(
                select(
                    EventRow.event_id,
                    EventRow.event_type,
                    EventRow.date,
                    EventRow.date_precision,
                    EventRow.date_basis,
                    EventRow.end_date,
                    EventRow.date_start,
                    EventRow.date_end,
                    EventRow.title,
                    EventRow.actor1,
                    EventRow.actor2,
                    EventRow.countries,
                    EventRow.location_name,
                    EventRow.location_country,
                    EventRow.lat,
                    EventRow.lon,
                    loc_precision.label("loc_precision"),
                    EventRow.mention_count,
                    EventRow.num_sources,
                    EventRow.confidence,
                    EventRow.status,
                    EventRow.origin,
                    EventRow.search_text,
                    language.label("language"),
                )
            ),
            [
                "event_id",
                "event_type",
                "date",
                "date_precision",
                "date_basis",
                "end_date",
                "start",
                "end",
                "title",
                "actor1",
                "actor2",
                "countries",
                "location_name",
                "location_country",
                "lat",
                "lon",
                "loc_precision",
                "mention_count",
                "num_sources",
                "confidence",
                "status",
                "origin",
                "search_text",
                "language",
            ],
        )
        actors = _frame(
            conn.execute(
                select(EventActorRow.event_id, func.aggregate_strings(EventActorRow.actor_id, KEY_SEP)).group_by(
                    EventActorRow.event_id
                )
            ),
            ["event_id", "actors"],
        )
        sources = _frame(
            conn.execute(
                select(
                    EventSourceRow.event_id,
                    EventSourceRow.source,
                    EventSourceRow.url,
                    EventSourceRow.origin,
                    ArticleRow.language,
                ).outerjoin(ArticleRow, ArticleRow.article_id == EventSourceRow.article_id)
            ),
            ["event_id", "source", "url", "origin", "language"],
        )
    return frame_from_tables(events, actors, sources)


def _frame(result: Any, columns: list[str]) -> pd.DataFrame:
    """A frame from a query result, column by column (much faster than from SQLAlchemy rows)."""
    rows = result.all()
    if not rows:
        return pd.DataFrame({c: pd.Series([], dtype="object") for c in columns})
    return pd.DataFrame(dict(zip(columns, (list(col) for col in zip(*rows, strict=True)), strict=True)))


def frame_from_tables(events: pd.DataFrame, actors: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Assemble the frame from the store's flat tables (see `load_frame`), vectorised."""
    columns: dict[str, Any] = {c: events[c] for c in events.columns if c in FRAME_COLUMNS}
    ids = events["event_id"].astype("str")
    countries = events["countries"].fillna("").astype("str")
    columns["countries_key"] = (KEY_SEP + countries + KEY_SEP).where(countries.str.len() > 0, "")
    actor_keys = _grouped_keys(actors["event_id"], actors["actors"].fillna("").str.split(KEY_SEP).explode())
    columns["actors_key"] = ids.map(actor_keys).fillna("")
    origin = events["origin"].fillna("extracted").astype("str")
    if len(sources):
        labels = pd.Series(
            [source_label(s, u, o) for s, u, o in zip(sources["source"], sources["url"], sources["origin"], strict=True)],
            index=sources.index,
        )
        source_keys = _grouped_keys(sources["event_id"], labels)
        lang_keys = _grouped_keys(sources["event_id"], sources["language"])
    else:
        source_keys = lang_keys = pd.Series([], dtype="str")
    fallback_source = KEY_SEP + origin.map(lambda o: source_label(None, None, o)) + KEY_SEP
    columns["sources_key"] = ids.map(source_keys).fillna(fallback_source)
    own_lang = events["language"].fillna("").astype("str") if "language" in events else pd.Series("", index=events.index)
    fallback_lang = (KEY_SEP + own_lang + KEY_SEP).where(own_lang.str.len() > 0, "")
    columns["langs_key"] = ids.map(lang_keys).fillna(fallback_lang)
    return finish_frame(columns)


def _grouped_keys(event_ids: pd.Series, values: pd.Series) -> pd.Series:
    """`;a;b;` per event id from (event id, value) pairs (values aligned on the ids' index)."""
    pairs = pd.DataFrame({"e": event_ids.reindex(values.index).astype("str"), "v": values})
    pairs = pairs.dropna()
    pairs["v"] = pairs["v"].astype("str").str.replace(KEY_SEP, ",").str.strip()
    pairs = pairs[pairs["v"].str.len() > 0].drop_duplicates().sort_values(["e", "v"])
    if pairs.empty:
        return pd.Series([], dtype="str")
    pairs["v"] = KEY_SEP + pairs["v"]
    return pairs.groupby("e", sort=False)["v"].sum() + KEY_SEP


def explode_key(series: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One pair per value of a delimited key column: (row positions, value codes, the values by code).

    A categorical column is split once per distinct key and spread over its
    rows with integer arithmetic; a plain one is split in Arrow.
    """
    empty = np.zeros(0, dtype=np.int64)
    if len(series) == 0:
        return empty, empty, np.zeros(0, dtype=object)
    if isinstance(series.dtype, pd.CategoricalDtype):
        key_pos, codes, labels = _split_keys(pd.Series(series.cat.categories.astype("str")))
        row_keys = series.cat.codes.to_numpy().astype(np.int64)
        per_key = np.bincount(key_pos, minlength=len(series.cat.categories))
        first = np.concatenate([[0], np.cumsum(per_key)[:-1]]) if len(per_key) else empty
        present = row_keys >= 0
        rows = np.flatnonzero(present)
        keys = row_keys[present]
        repeat = per_key[keys]
        pos = np.repeat(rows, repeat)
        total = int(repeat.sum())
        offsets = np.repeat(first[keys] - np.concatenate([[0], np.cumsum(repeat)[:-1]]), repeat) + np.arange(total)
        return pos, codes[offsets], labels
    return _split_keys(series)


def _split_keys(series: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    arr = pa.array(series.astype("str").array, type=pa.string())
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    lists = pc.split_pattern(pc.utf8_slice_codeunits(arr, 1, -1), KEY_SEP)
    parents = pc.list_parent_indices(lists).to_numpy().astype(np.int64)
    encoded = pc.list_flatten(lists).dictionary_encode()
    codes = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    labels = np.asarray(encoded.dictionary.to_pylist(), dtype=object)
    keep = labels[codes] != "" if len(labels) else np.zeros(len(codes), dtype=bool)
    return parents[keep], codes[keep], labels


def key_values(series: pd.Series) -> pd.Series:
    """Every value of a delimited key column with its number of events, most frequent first."""
    _, codes, labels = explode_key(series)
    if len(codes) == 0:
        return pd.Series([], dtype="int64")
    counts = np.bincount(codes, minlength=len(labels))
    order = np.argsort(-counts, kind="stable")
    order = order[counts[order] > 0]
    return pd.Series(counts[order], index=labels[order])


def fetch_record(store: Any, event_id: str) -> dict[str, Any] | None:
    """The full record (as shown, corrections applied) of one event, by any id it answers to."""
    from sqlalchemy import select

    from events.store import EventRow, resolve_event_id

    with store.read() as conn:
        target = resolve_event_id(conn, event_id)
        if target is None:
            return None
        row = conn.execute(
            select(EventRow.record, EventRow.status, EventRow.origin).where(EventRow.event_id == target)
        ).one_or_none()
    if row is None:
        return None
    record = dict(row[0])
    record["status"] = row[1]
    record.setdefault("origin", row[2])
    return record


def fetch_corrections(store: Any, event_id: str) -> list[dict[str, Any]]:
    """The corrections (active and undone) recorded against this event or any of its parts."""
    from events.corrections import list_corrections

    return [c for c in list_corrections(store) if c.get("event_id") == event_id or c.get("target_id") == event_id]
