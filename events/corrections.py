"""Analyst corrections: reject an event, or correct its type, date, actors or location.

A correction is stored apart from the data it corrects, against the id the
analyst saw (any id the event answers to). Whenever the event is written
again, after a re-ingest or a re-merge, its active corrections are applied on
top of the freshly merged record, so they survive. Undoing a correction marks
it undone (it stays listed) and rewrites the event without it.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select, update

from events.merge import is_country
from events.model import CAMEO_BY_TYPE, EVENT_TYPES
from events.store import CorrectionRow, EventRow, Store, StoreError, delete_events, resolve_event_id, write_event

ACTIONS = ("reject", "type", "date", "actors", "location")
PRECISION_BY_LENGTH = {10: "day", 7: "month", 4: "year"}
_T = CorrectionRow.__table__


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def current_user() -> str | None:
    try:
        return os.environ.get("EVENTS_USER") or getpass.getuser()
    except (KeyError, OSError):
        return None


def validate(action: str, value: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The normalised value of a correction, or ValueError saying what is wrong with it."""
    value = dict(value or {})
    if action == "reject":
        return None
    if action == "type":
        etype = value.get("event_type")
        if etype not in EVENT_TYPES:
            raise ValueError(f"unknown event type {etype!r} (one of: {', '.join(EVENT_TYPES)})")
        return {"event_type": etype}
    if action == "date":
        raw = str(value.get("date") or "")
        precision = PRECISION_BY_LENGTH.get(len(raw))
        if precision is None:
            raise ValueError(f"not a date in YYYY, YYYY-MM or YYYY-MM-DD form: {raw!r}")
        try:
            datetime.strptime(raw, {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}[precision])
        except ValueError:
            raise ValueError(f"not a date: {raw!r}") from None
        return {"date": raw, "date_precision": precision}
    if action == "actors":
        actors = [str(a).strip() for a in value.get("actors") or () if str(a).strip()]
        if not actors:
            raise ValueError("an actors correction needs at least one actor id")
        out: dict[str, Any] = {"actors": actors}
        for key in ("actor1", "actor2"):
            if value.get(key):
                out[key] = str(value[key])
        return out
    if action == "location":
        if not value.get("name") and not value.get("country"):
            return {"location": None}
        country = str(value.get("country") or "").upper() or None
        if country is not None and not is_country(country):
            raise ValueError(f"a location country is an ISO alpha-3 code, not {country!r}")
        loc: dict[str, Any] = {"name": value.get("name") or country, "country": country}
        for key in ("lat", "lon"):
            loc[key] = float(value[key]) if value.get(key) not in (None, "") else None
        loc["precision"] = value.get("precision") or ("city" if loc["lat"] is not None else "country")
        return {"location": loc}
    raise ValueError(f"unknown correction {action!r} (one of: {', '.join(ACTIONS)})")


def apply_corrections(base: Mapping[str, Any], corrections: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The event as shown: `base` with each active correction applied, oldest first."""
    shown = dict(base)
    applied: list[int] = []
    for corr in sorted(corrections, key=lambda c: (str(c.get("created_at")), int(c.get("id") or 0))):
        action, value = corr.get("action"), corr.get("value") or {}
        if action == "reject":
            shown["status"] = "rejected"
        elif action == "type":
            shown["event_type"] = value["event_type"]
            shown["cameo"] = CAMEO_BY_TYPE.get(value["event_type"])
        elif action == "date":
            shown["date"] = value["date"]
            shown["date_precision"] = value["date_precision"]
            shown["date_basis"] = "explicit"
            shown["end_date"] = None
        elif action == "actors":
            loc = shown.get("location") or {}
            shown["actors"] = list(value["actors"])
            shown["actor1"] = value.get("actor1") or value["actors"][0]
            shown["actor2"] = value.get("actor2") or (value["actors"][1] if len(value["actors"]) > 1 else None)
            countries = {a for a in value["actors"] if is_country(a)}
            if isinstance(loc, Mapping) and loc.get("country"):
                countries.add(loc["country"])
            shown["countries"] = sorted(countries)
        elif action == "location":
            old = shown.get("location") or {}
            new = value.get("location")
            countries = set(shown.get("countries") or ())
            actors = set(shown.get("actors") or ())
            if isinstance(old, Mapping) and old.get("country") and old["country"] not in actors:
                countries.discard(old["country"])
            if new and new.get("country"):
                countries.add(new["country"])
            shown["location"] = new
            shown["countries"] = sorted(countries)
        else:
            continue
        applied.append(int(corr.get("id") or 0))
    shown["corrections"] = applied
    return shown


def _row_dict(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "target_id": row.target_id,
        "action": row.action,
        "value": row.value,
        "author": row.author,
        "note": row.note,
        "created_at": row.created_at,
        "undone_at": row.undone_at,
        "undone_by": row.undone_by,
    }


def active_corrections(conn: Connection, ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """Active corrections by target id, for the given ids."""
    keys = sorted(set(ids))
    out: dict[str, list[dict[str, Any]]] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        rows = conn.execute(
            select(_T).where(_T.c.target_id.in_(chunk), _T.c.undone_at.is_(None))
        )
        for row in rows:
            out.setdefault(row.target_id, []).append(_row_dict(row))
    return out


def corrections_for(record: Mapping[str, Any], by_target: Mapping[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    ids = record.get("member_ids") or [record.get("event_id")]
    return [c for i in ids for c in by_target.get(str(i), ())]


def refresh_event(conn: Connection, event_id: str) -> None:
    """Rewrite one event from its uncorrected record and its active corrections."""
    row = conn.execute(select(EventRow.base, EventRow.origin, EventRow.block).where(EventRow.event_id == event_id)).one()
    base, origin, block = row
    ids = base.get("member_ids") or [event_id]
    shown = apply_corrections(base, corrections_for(base, active_corrections(conn, ids)))
    delete_events(conn, [event_id])
    write_event(conn, base, shown, origin, block)


def add_correction(
    store: Store,
    event_id: str,
    action: str,
    value: Mapping[str, Any] | None = None,
    *,
    author: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Record a correction of the event `event_id` answers to, and apply it. Returns the correction."""
    clean = validate(action, value)
    with store.write() as conn:
        target = resolve_event_id(conn, event_id)
        if target is None:
            raise StoreError(f"no event with id {event_id!r} in {store.label}")
        created = now_iso()
        new_id = conn.execute(
            CorrectionRow.__table__.insert()
            .values(
                target_id=event_id,
                action=action,
                value=clean,
                author=author or current_user(),
                note=note,
                created_at=created,
            )
        ).inserted_primary_key[0]
        refresh_event(conn, target)
        row = conn.execute(select(_T).where(_T.c.id == new_id)).one()
        out = _row_dict(row)
        out["event_id"] = target
        return out


def undo_correction(store: Store, correction_id: int, *, author: str | None = None) -> dict[str, Any]:
    """Mark a correction undone and rewrite its event without it."""
    with store.write() as conn:
        row = conn.execute(select(_T).where(_T.c.id == correction_id)).one_or_none()
        if row is None:
            raise StoreError(f"no correction {correction_id} in {store.label}")
        if row.undone_at is not None:
            raise StoreError(f"correction {correction_id} was already undone at {row.undone_at}")
        conn.execute(
            update(CorrectionRow)
            .where(CorrectionRow.id == correction_id)
            .values(undone_at=now_iso(), undone_by=author or current_user())
        )
        target = resolve_event_id(conn, row.target_id)
        if target is not None:
            refresh_event(conn, target)
        row = conn.execute(select(_T).where(_T.c.id == correction_id)).one()
        out = _row_dict(row)
        out["event_id"] = target
        return out


def list_corrections(store: Store, *, include_undone: bool = True) -> list[dict[str, Any]]:
    """Every correction, oldest first, with the id of the event it applies to now."""
    with store.read() as conn:
        query = select(_T).order_by(_T.c.id)
        if not include_undone:
            query = query.where(_T.c.undone_at.is_(None))
        out = []
        for row in conn.execute(query):
            item = _row_dict(row)
            item["event_id"] = resolve_event_id(conn, row.target_id)
            out.append(item)
        return out
