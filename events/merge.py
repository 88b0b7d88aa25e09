"""Merging the events of several articles that report the same real-world event.

Two extracted events are *compatible* when they have the same type, come from
different articles, have dates that can be the same day at their precisions
(a month holds its days; a date taken from the publication day stands for
the few days before it), share countries (one side's countries within the
other's, or at least two in common), name no different people or
organisations, and are located near each other when both are located.

Clustering is complete-linkage and greedy in a canonical order (best-supported
date first, then date, then event id), so every member of a merged event is
compatible with every other, and the result depends only on the set of events,
never on the order the articles came in. A merged event keeps the id of its
best-supported member; the ids of all its parts are listed in `member_ids`.

Greedy complete-linkage never puts two events of different connected
components of the compatibility graph in one group, and the groups of one
component do not depend on the others: clustering a block is clustering each
of its components apart. So when events are added to a block, only the
components they touch (`connected_to`) need clustering again.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
BASIS_RANK = {"explicit": 0, "relative": 1, "reference": 2, "publication": 3}
LOCATION_RANK = {"city": 0, "region": 1, "country": 2}
PUBLICATION_WINDOW_DAYS = 3  # an event dated by its article's publication may have happened this many days before
NEAR_KM = {"city": 60.0, "region": 300.0}


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What the merge needs to know of the article an event was read from."""

    article_id: str
    source: str | None = None
    url: str | None = None
    published: str | None = None
    wire_group: str | None = None  # near-identical copies of one story share it
    language: str | None = None


def is_country(actor_id: str) -> bool:
    return len(actor_id) == 3 and actor_id.isalpha() and actor_id.isupper()


def date_interval(value: str | None, precision: str | None, basis: str | None = None) -> tuple[date, date] | None:
    """The days a date can stand for: a day, a month, a year; a publication day stands for the days before it."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
    except ValueError:
        return None
    if not precision:
        precision = {3: "day", 2: "month", 1: "year"}.get(len(parts))
    try:
        if precision == "day" and len(parts) == 3:
            day = date(parts[0], parts[1], parts[2])
            if basis == "publication":
                return day - timedelta(days=PUBLICATION_WINDOW_DAYS), day
            return day, day
        if precision == "month" and len(parts) >= 2:
            first = date(parts[0], parts[1], 1)
            nxt = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        if precision == "year":
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:
        return None
    return None


def block_key(record: Mapping[str, Any]) -> str:
    """The merge block of an event: events in different blocks are never merged.

    Day and month dates are blocked by month, year dates by year; undated
    events each stand alone.
    """
    etype = record.get("event_type") or "?"
    value = record.get("date") or ""
    precision = record.get("date_precision")
    if not value:
        return f"{etype}|-"
    if precision == "year" or len(value) == 4:
        return f"{etype}|{value[:4]}"
    return f"{etype}|{value[:7]}"


def support_rank(record: Mapping[str, Any]) -> tuple[int, int, int]:
    """Lower is better supported: an explicit day beats a month beats a publication date."""
    basis = record.get("date_basis")
    return (
        1 if basis == "publication" or not record.get("date") else 0,
        PRECISION_RANK.get(record.get("date_precision") or "", 3),
        BASIS_RANK.get(basis or "", 4),
    )


def canonical_key(record: Mapping[str, Any]) -> tuple[Any, ...]:
    return (support_rank(record), record.get("date") or "", str(record.get("event_id")))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True, slots=True)
class _Features:
    event_id: str
    article_id: str
    event_type: str
    interval: tuple[date, date] | None
    countries: frozenset[str]
    named: frozenset[str]  # actors that are not countries: people, organisations
    actors: frozenset[str]
    location: Mapping[str, Any] | None


def _features(record: Mapping[str, Any]) -> _Features:
    actors = frozenset(a for a in record.get("actors") or () if a)
    loc = record.get("location") or None
    return _Features(
        event_id=str(record.get("event_id")),
        article_id=str(record.get("article_id")),
        event_type=str(record.get("event_type")),
        interval=date_interval(record.get("date"), record.get("date_precision"), record.get("date_basis")),
        countries=frozenset(record.get("countries") or ()),
        named=frozenset(a for a in actors if not is_country(a)),
        actors=actors,
        location=loc if isinstance(loc, Mapping) else None,
    )


def _near(a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> bool:
    if not a or not b:
        return True
    if a.get("country") and b.get("country") and a["country"] != b["country"]:
        return False
    coarser = max(a.get("precision") or "country", b.get("precision") or "country", key=lambda p: LOCATION_RANK.get(p, 2))
    limit = NEAR_KM.get(coarser)
    if limit is None:
        return True
    try:
        return haversine_km(float(a["lat"]), float(a["lon"]), float(b["lat"]), float(b["lon"])) <= limit
    except (KeyError, TypeError, ValueError):
        return True


def _compatible(a: _Features, b: _Features) -> bool:
    if a.event_type != b.event_type or a.article_id == b.article_id:
        return False
    if a.interval is None or b.interval is None:
        return False
    if a.interval[1] < b.interval[0] or b.interval[1] < a.interval[0]:
        return False
    if a.countries and b.countries:
        shared = a.countries & b.countries
        if not shared:
            return False
        if not (a.countries <= b.countries or b.countries <= a.countries or len(shared) >= 2):
            return False
    elif not (a.actors & b.actors):
        return False
    if a.named and b.named and not (a.named & b.named):
        return False
    return _near(a.location, b.location)


def compatible(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two extracted events can be reports of the same real-world event."""
    return _compatible(_features(a), _features(b))


def connected_to(records: Sequence[Mapping[str, Any]], seeds: Iterable[str]) -> list[Mapping[str, Any]]:
    """The events of `records` connected to the events with ids in `seeds` through compatible pairs (seeds included).

    Events of other types or months never connect (see `block_key`), so a
    caller passes one merge block.
    """
    feats = [_features(r) for r in records]
    wanted = set(seeds)
    todo = [i for i, f in enumerate(feats) if f.event_id in wanted]
    reached = set(todo)
    while todo:
        current = feats[todo.pop()]
        for j, other in enumerate(feats):
            if j not in reached and _compatible(current, other):
                reached.add(j)
                todo.append(j)
    return [records[i] for i in sorted(reached)]


def cluster_events(records: Iterable[Mapping[str, Any]]) -> list[list[Mapping[str, Any]]]:
    """Groups of events that report the same event (each group in canonical order)."""
    ordered = sorted(records, key=canonical_key)
    clusters: list[list[tuple[_Features, Mapping[str, Any]]]] = []
    for record in ordered:
        feats = _features(record)
        for group in clusters:
            if all(_compatible(feats, other) for other, _ in group):
                group.append((feats, record))
                break
        else:
            clusters.append([(feats, record)])
    return [[r for _, r in group] for group in clusters]


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _best_location(members: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    locs = [m["location"] for m in members if isinstance(m.get("location"), Mapping)]
    if not locs:
        return None
    counts = Counter((loc.get("name"), loc.get("country")) for loc in locs)

    def key(loc: Mapping[str, Any]) -> tuple[Any, ...]:
        name_country = (loc.get("name"), loc.get("country"))
        return (LOCATION_RANK.get(loc.get("precision") or "", 3), -counts[name_country], str(loc.get("name")))

    return dict(min(locs, key=key))


def merge_cluster(members: Sequence[Mapping[str, Any]], sources: Mapping[str, SourceInfo]) -> dict[str, Any]:
    """One merged event from a group of compatible events (first member = best supported)."""
    members = sorted(members, key=canonical_key)
    rep = members[0]
    out: dict[str, Any] = {k: v for k, v in rep.items() if k != "sources"}
    infos = [sources.get(str(m.get("article_id"))) or SourceInfo(str(m.get("article_id"))) for m in members]
    out["actors"] = sorted({a for m in members for a in m.get("actors") or () if a})
    out["countries"] = sorted({c for m in members for c in m.get("countries") or () if c})
    out["actor1"] = _most_common(m.get("actor1") for m in members)
    out["actor2"] = _most_common(m.get("actor2") for m in members)
    out["location"] = _best_location(members)
    out["confidence"] = max(float(m.get("confidence") or 0.0) for m in members)
    published = [i.published for i in infos if i.published]
    out["published"] = min(published) if published else rep.get("published")
    out["sources"] = sorted(
        (
            {
                "article_id": info.article_id,
                "event_id": m.get("event_id"),
                "quote": m.get("quote"),
                "source": info.source,
                "url": info.url,
                "published": info.published,
                "language": info.language or m.get("language"),
            }
            for m, info in zip(members, infos, strict=True)
        ),
        key=lambda s: (s["article_id"], str(s["event_id"])),
    )
    out["member_ids"] = sorted(str(m.get("event_id")) for m in members)
    out["mention_count"] = len(members)
    out["num_articles"] = len({i.article_id for i in infos})
    out["num_sources"] = len({i.source or i.url or i.article_id for i in infos})
    out["num_reports"] = len({i.wire_group or i.article_id for i in infos})
    return out


def merge_events(
    records: Iterable[Mapping[str, Any]], sources: Mapping[str, SourceInfo] | None = None
) -> list[dict[str, Any]]:
    """The merged events of a set of extracted events, sorted by event id.

    The same set of events gives the same list whatever order they come in.
    """
    sources = sources or {}
    by_block: dict[str, list[Mapping[str, Any]]] = {}
    for r in records:
        by_block.setdefault(block_key(r), []).append(r)
    merged: list[dict[str, Any]] = []
    for block in sorted(by_block):
        for group in cluster_events(by_block[block]):
            item = merge_cluster(group, sources)
            item["block"] = block
            merged.append(item)
    return sorted(merged, key=lambda e: str(e["event_id"]))
