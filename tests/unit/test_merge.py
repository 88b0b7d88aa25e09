"""Merging events across articles: compatibility, best-supported date, sources, order independence."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.merge import SourceInfo, block_key, cluster_events, compatible, connected_to, date_interval, merge_events

DOHA = {"name": "Doha", "country": "QAT", "lat": 25.2854, "lon": 51.531, "precision": "city"}
AL_WAKRAH = {"name": "Al Wakrah", "country": "QAT", "lat": 25.1659, "lon": 51.5976, "precision": "city"}
ANKARA = {"name": "Ankara", "country": "TUR", "lat": 39.93, "lon": 32.86, "precision": "city"}
ISTANBUL = {"name": "Istanbul", "country": "TUR", "lat": 41.0082, "lon": 28.9784, "precision": "city"}


def ev(eid: str, article: str, etype: str = "visit", d: str | None = "2017-06-05", prec: str = "day",
       basis: str = "explicit", actors: tuple[str, ...] = ("QAT", "TUR"), loc: dict | None = None,
       quote: str = "") -> dict[str, Any]:  # fmt: skip
    return {
        "event_id": eid,
        "article_id": article,
        "event_type": etype,
        "date": d,
        "date_precision": prec if d else None,
        "date_basis": basis if d else None,
        "actors": list(actors),
        "actor1": actors[0] if actors else None,
        "actor2": actors[1] if len(actors) > 1 else None,
        "countries": sorted({a for a in actors if len(a) == 3 and a.isupper()} | ({loc["country"]} if loc else set())),
        "location": loc,
        "quote": quote or f"quote {eid}",
        "title": f"title {eid}",
        "confidence": 0.5,
    }


@pytest.mark.parametrize(
    ("value", "precision", "basis", "expected"),
    [
        ("2017-06-05", "day", "explicit", (date(2017, 6, 5), date(2017, 6, 5))),
        ("2017-06", "month", "explicit", (date(2017, 6, 1), date(2017, 6, 30))),
        ("2016-02", "month", "relative", (date(2016, 2, 1), date(2016, 2, 29))),
        ("2017-12", None, None, (date(2017, 12, 1), date(2017, 12, 31))),
        ("2017", "year", "reference", (date(2017, 1, 1), date(2017, 12, 31))),
        ("2017-06-10", "day", "publication", (date(2017, 6, 7), date(2017, 6, 10))),
        (None, None, None, None),
        ("2017-13-01", "day", "explicit", None),
    ],
)
def test_date_interval(value, precision, basis, expected) -> None:
    assert date_interval(value, precision, basis) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # Arabic and English reports of the same visit to Doha
        (ev("ar1", "A", quote="زار وزير الدفاع التركي الدوحة"), ev("en1", "B", quote="Turkish minister visited Doha"), True),
        (ev("1", "A"), ev("2", "A"), False),  # same article: two events, not two reports
        (ev("1", "A"), ev("2", "B", etype="meeting"), False),
        (ev("1", "A", d="2017-06-05"), ev("2", "B", d="2017-06-06"), False),  # two explicit days
        (ev("1", "A", d="2017-06-05"), ev("2", "B", d="2017-06", prec="month"), True),
        (ev("1", "A", d="2017-06-05"), ev("2", "B", d="2017-07", prec="month"), False),
        (ev("1", "A", d="2017-06-05"), ev("2", "B", d="2017-06-07", basis="publication"), True),
        (ev("1", "A", d="2017-06-05"), ev("2", "B", d="2017-06-12", basis="publication"), False),
        (ev("1", "A", d=None), ev("2", "B", d=None), False),  # undated events are never merged
        (ev("1", "A", actors=("QAT", "TUR")), ev("2", "B", actors=("QAT",)), True),  # one side within the other
        (ev("1", "A", actors=("SAU", "QAT")), ev("2", "B", actors=("ARE", "QAT")), False),
        (ev("1", "A", actors=("QAT", "TUR", "SAU")), ev("2", "B", actors=("QAT", "TUR", "KWT")), True),
        (ev("1", "A", actors=("EGY", "morsi")), ev("2", "B", actors=("EGY", "badie")), False),  # different people
        (ev("1", "A", loc=DOHA), ev("2", "B", loc=AL_WAKRAH), True),  # 15 km apart
        (ev("1", "A", loc=ANKARA), ev("2", "B", loc=ISTANBUL), False),  # 350 km apart
        (ev("1", "A", loc=DOHA), ev("2", "B", loc=None), True),
    ],
)
def test_compatible(a, b, expected) -> None:
    assert compatible(a, b) is expected
    assert compatible(b, a) is expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (ev("1", "A", d="2017-06-05"), "visit|2017-06"),
        (ev("1", "A", d="2017-06", prec="month"), "visit|2017-06"),
        (ev("1", "A", etype="attack", d="2018", prec="year"), "attack|2018"),
        (ev("1", "A", d=None), "visit|-"),
    ],
)
def test_block_key(record, expected) -> None:
    assert block_key(record) == expected


def test_merged_event_has_all_sources_a_mention_count_and_the_best_supported_date() -> None:
    events = [
        ev("p", "A", d="2017-06-06", basis="publication", quote="زيارة"),
        ev("m", "B", d="2017-06", prec="month", quote="visited in June"),
        ev("d", "C", d="2017-06-05", quote="visited on 5 June"),
    ]
    sources = {
        "A": SourceInfo("A", "Al Jazeera", "https://a.example/1", "2017-06-06", "A"),
        "B": SourceInfo("B", "BBC", "https://b.example/2", "2017-06-07", "B"),
        "C": SourceInfo("C", "AFP", None, "2017-06-06", "A"),  # a wire copy of A
    }
    (merged,) = merge_events(events, sources)
    assert merged["event_id"] == "d"
    assert (merged["date"], merged["date_precision"], merged["date_basis"]) == ("2017-06-05", "day", "explicit")
    assert merged["mention_count"] == 3
    assert merged["num_articles"] == 3
    assert merged["num_reports"] == 2
    assert sorted(merged["member_ids"]) == ["d", "m", "p"]
    assert [s["article_id"] for s in merged["sources"]] == ["A", "B", "C"]
    assert {s["quote"] for s in merged["sources"]} == {"زيارة", "visited in June", "visited on 5 June"}


def test_month_beats_publication_date() -> None:
    (merged,) = merge_events([ev("p", "A", d="2017-06-06", basis="publication"), ev("m", "B", d="2017-06", prec="month")])
    assert (merged["date"], merged["date_precision"]) == ("2017-06", "month")


def test_no_chaining_through_a_vague_date() -> None:
    """A month-dated report must not glue two different days together."""
    events = [ev("a", "A", d="2017-06-05"), ev("b", "B", d="2017-06-20"), ev("m", "C", d="2017-06", prec="month")]
    merged = merge_events(events)
    assert len(merged) == 2
    assert sorted(len(m["member_ids"]) for m in merged) == [1, 2]


def test_overlapping_reports_give_fewer_events_than_extracted() -> None:
    events = [ev(f"{i}", f"art{i}", quote=q) for i, q in enumerate(["زار", "visit", "زيارة", "visited"])]
    events += [ev("x", "art9", etype="attack", actors=("SYR",))]
    assert len(merge_events(events)) == 2


POOL = [
    ev("v1", "A", loc=DOHA),
    ev("v2", "B", d="2017-06", prec="month"),
    ev("v3", "C", d="2017-06-06", basis="publication"),
    ev("v4", "D", d="2017-06-20"),
    ev("v5", "E", d="2017-06-20", actors=("QAT",), loc=AL_WAKRAH),
    ev("v6", "A", d="2017-06-20"),
    ev("a1", "B", etype="attack", d="2018-03-01", actors=("SYR",)),
    ev("a2", "C", etype="attack", d="2018-03", prec="month", actors=("SYR", "TUR")),
    ev("a3", "D", etype="attack", d="2018", prec="year", actors=("SYR",)),
    ev("n1", "E", d=None),
    ev("m1", "F", etype="meeting", d="2017-06-05", actors=("QAT", "KWT", "muslim_brotherhood")),
    ev("m2", "G", etype="meeting", d="2017-06-05", actors=("QAT", "KWT")),
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(POOL), st.lists(st.sampled_from(range(len(POOL))), max_size=len(POOL), unique=True))
def test_merge_is_independent_of_article_order(order, drop) -> None:
    subset = [e for i, e in enumerate(order) if POOL.index(e) not in drop]
    reference = sorted(subset, key=lambda e: e["event_id"])
    assert merge_events(subset) == merge_events(reference)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(POOL), st.sampled_from([e["event_id"] for e in POOL]))
def test_a_component_clusters_as_it_does_within_its_block(order, seed) -> None:
    """Clustering what a seed connects to gives the groups the whole set gives to those events."""
    part = connected_to(order, [seed])
    ids = {e["event_id"] for e in part}
    assert seed in ids
    whole = [sorted(e["event_id"] for e in g) for g in cluster_events(order) if g[0]["event_id"] in ids]
    alone = [sorted(e["event_id"] for e in g) for g in cluster_events(part)]
    assert sorted(whole) == sorted(alone)
    assert all(not (ids & {e["event_id"] for e in g}) for g in cluster_events(order) if g[0]["event_id"] not in ids)


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        ("v1", {"v1", "v2", "v3"}),  # a month-dated report joins the day and the publication date around it
        ("a1", {"a1", "a2", "a3"}),
        ("n1", {"n1"}),  # undated: connects to nothing
        ("m2", {"m1", "m2"}),
    ],
)
def test_connected_to(seed: str, expected: set[str]) -> None:
    assert {e["event_id"] for e in connected_to(POOL, [seed])} >= expected
