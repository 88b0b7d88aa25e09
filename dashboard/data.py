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

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from events.merge import date_interval
from events.store import KEY_SEP, UNKNOWN_SOURCE, dashboard_keys, make_key, source_label

__all__ = ["KEY_SEP", "UNKNOWN_SOURCE", "make_key", "source_label"]

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
    keys = dashboard_keys(record, record.get("origin") or "extracted")
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
        **keys,
        "location_name": loc.get("name") if loc else None,
        "location_country": loc.get("country") if loc else None,
        "lat": loc.get("lat") if loc else None,
        "lon": loc.get("lon") if loc else None,
        "loc_precision": loc.get("precision") if loc else None,
        "mention_count": record.get("mention_count") or len(sources) or 1,
        "num_sources": record.get("num_sources") or max(keys["sources_key"].count(KEY_SEP) - 1, 1),
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


# the frame's columns as the store's `events` table names them
STORE_COLUMNS = {name: name for name in FRAME_COLUMNS} | {"start": "date_start", "end": "date_end"}


def load_frame(store: Any) -> pd.DataFrame:
    """Every event of the store (rejected ones included: the page hides them) as the dashboard frame.

    One query over the plain columns of `events`, read through the driver's
    cursor straight into columns: no JSON is parsed and no other table is read.
    """
    names = list(FRAME_COLUMNS)
    sql = "SELECT " + ", ".join(STORE_COLUMNS[n] for n in names) + " FROM events"
    with store.read() as conn:
        cursor = conn.connection.dbapi_connection.cursor()
        try:
            cursor.execute(sql)
            rows = cursor.fetchall()
        finally:
            cursor.close()
    if not rows:
        return finish_frame({n: [] for n in names})
    columns = dict(zip(names, zip(*rows, strict=True), strict=True))
    del rows
    return finish_frame(columns)


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


