"""filter_events: every filter of the view over the dashboard frame (a real store of bilingual events)."""

from __future__ import annotations

import pytest
from dashboard_sample import ALL_EVENTS, VISIBLE_EVENTS, make_store

from dashboard.data import frame_from_records, load_frame
from dashboard.filters import filter_events, search_terms
from dashboard.state import ViewState
from events.exporters import EventFilter, select_events


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("filters") / "events.sqlite")


@pytest.fixture(scope="module")
def frame(store):
    return load_frame(store)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("الدوحة", ["دوحه"]),
        ("بالدوحة", ["دوحه"]),
        ("الدوحه", ["دوحه"]),
        ("للدوحة", ["دوحه"]),
        ("وبقطر", ["قطر"]),
        ("أنقرة", ["انقره"]),
        ("Doha  BASE", ["doha", "base"]),
        ("٢٠١٧", ["2017"]),
        ("قطر، تركيا", ["قطر", "تركيا"]),
        ("", []),
    ],
)
def test_search_terms_fold_and_strip_clitics(query, expected):
    assert search_terms(query) == expected


def test_frame_holds_every_event_once(frame):
    assert len(frame) == ALL_EVENTS
    assert frame["event_id"].is_unique
    assert frame.loc[frame["event_id"] == "ar-doha-base:0", "sources_key"].item() == ";Al Jazeera;Gulf Times;"
    assert frame.loc[frame["event_id"] == "ar-doha-base:0", "langs_key"].item() == ";ar;en;"


def _ids(frame, **view) -> set[str]:
    return set(filter_events(frame, ViewState(**view))["event_id"])


@pytest.mark.parametrize(
    ("view", "expected"),
    [
        ({"countries": ("QAT",)}, {"ar-doha-base:0", "ar-doha-base:1", "ar-ratify:0", "ar-erdogan-doha:0", "ar-gaza-aid:0"}),
        ({"countries": ("QAT",), "types": ("visit",)}, {"ar-doha-base:0"}),
        ({"countries": ("USA", "LBY")}, {"en-geneva:0", "en-geneva:1", "en-yemen:1"}),
        ({"actors": ("tamim_bin_hamad",)}, {"ar-erdogan-doha:0"}),
        ({"text": "بالدوحة"}, {"ar-doha-base:0", "ar-erdogan-doha:0"}),
        ({"text": "الدوحه"}, {"ar-doha-base:0", "ar-erdogan-doha:0"}),
        ({"text": "Doha"}, {"ar-doha-base:0", "ar-erdogan-doha:0"}),  # the English quote, the place's name
        ({"text": "ambassador"}, {"ar-doha-base:0"}),  # the merged event's second source
        ({"text": "geneva ceasefire"}, {"en-geneva:0"}),
        ({"text": "geneva election"}, set()),
        ({"sources": ("Reuters",)}, {"en-geneva:0", "en-geneva:1", "en-yemen:0", "en-yemen:1"}),
        ({"article_langs": ("en",)}, {"ar-doha-base:0", "en-geneva:0", "en-geneva:1", "en-yemen:0", "en-yemen:1"}),
        ({"bases": ("publication",)}, {"ar-gaza-aid:1"}),
        ({"min_conf": 0.9}, {"ar-doha-base:0", "ar-erdogan-doha:0", "en-geneva:0"}),
        ({"types": ("arrest",)}, set()),
        ({"types": ("arrest",), "show_rejected": True}, {"en-doha-base:1"}),
    ],
)
def test_filters(frame, view, expected):
    assert _ids(frame, **view) == expected


@pytest.mark.parametrize(
    ("date_from", "date_to", "kept", "dropped"),
    [
        # a month-precision event is kept by any day of its month
        ("2017-06-15", "2017-06-20", {"ar-doha-base:1"}, {"ar-ratify:0"}),
        ("2017-06-01", "2017-06-07", {"ar-doha-base:1", "ar-ratify:0"}, {"ar-ratify:1"}),
        # a year-precision event by any day of its year
        ("2018-12-31", "2019-01-10", {"en-yemen:0"}, {"ar-gaza-aid:0"}),
        (None, "2017-05-31", {"ar-ratify:1"}, {"ar-doha-base:1"}),
        ("2020-11-01", None, {"ar-doha-base:0", "en-geneva:1"}, {"en-geneva:0"}),
    ],
)
def test_date_range_overlaps_the_events_period(frame, date_from, date_to, kept, dropped):
    from datetime import date

    ids = _ids(
        frame,
        date_from=date.fromisoformat(date_from) if date_from else None,
        date_to=date.fromisoformat(date_to) if date_to else None,
    )
    assert kept <= ids
    assert not dropped & ids


def test_no_filter_is_every_visible_event(frame):
    assert len(filter_events(frame, ViewState())) == VISIBLE_EVENTS


def test_filters_agree_with_the_store_exporters(store, frame):
    """The dashboard and `python -m events export` select the same events for the filters they share."""
    for view, flt in [
        (ViewState(countries=("TUR",)), EventFilter(country="TUR")),
        (ViewState(types=("visit", "meeting")), EventFilter(event_type="visit,meeting")),
        (ViewState(text="الدوحة"), EventFilter(text="الدوحة")),
    ]:
        exported = {r["event_id"] for r in select_events(store, flt)}
        assert set(filter_events(frame, view)["event_id"]) >= exported


def test_frame_from_records_matches_the_store_frame(store, frame):
    records = select_events(store, EventFilter(include_rejected=True))
    again = frame_from_records(records)
    cols = ["event_id", "event_type", "date", "start", "end", "countries_key", "actors_key", "sources_key", "loc_precision"]
    assert again[cols].astype(str).equals(frame[cols].astype(str))
