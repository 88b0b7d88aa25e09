"""timeline_figure and map_figure: precision drawn truthfully, aggregation above the limit, selection, offline basemap."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from dashboard_sample import make_store

from dashboard.data import load_frame
from dashboard.figures import (
    DAY_MS,
    POINT_LIMIT,
    TOPOJSON_URL,
    figure_bytes,
    map_figure,
    period_for,
    period_starts,
    plotly_config,
    timeline_figure,
)
from dashboard.filters import filter_events
from dashboard.names import load_names
from dashboard.state import ViewState
from dashboard.synthetic import synthetic_frame


@pytest.fixture(scope="module")
def frame(tmp_path_factory):
    return load_frame(make_store(tmp_path_factory.mktemp("figures") / "events.sqlite"))


@pytest.fixture(scope="module")
def names():
    return load_names()


def _traces_with(fig, event_id):
    return [tr for tr in fig.data if tr.customdata is not None and event_id in list(tr.customdata)]


@pytest.mark.parametrize(
    ("event_id", "kind", "start", "days"),
    [
        ("ar-doha-base:1", "bar", "2017-06-01", 30),  # month precision: a bar over June, not a fake day
        ("ar-gaza-aid:0", "bar", "2018-07-01", 31),
        ("en-yemen:0", "bar", "2018-01-01", 365),  # year precision
        ("ar-ratify:0", "scatter", "2017-06-07", None),  # day precision: a point
        ("en-geneva:0", "scatter", "2020-10-23", None),
    ],
)
def test_timeline_draws_each_precision_truthfully(frame, event_id, kind, start, days):
    df = filter_events(frame, ViewState())
    fig = timeline_figure(df, ViewState())
    [trace] = [tr for tr in _traces_with(fig, event_id) if tr.name != "selected"]
    assert trace.type == kind
    i = list(trace.customdata).index(event_id)
    if kind == "bar":
        assert trace.orientation == "h"
        assert trace.base[i] == start
        assert trace.x[i] == days * DAY_MS
    else:
        assert trace.x[i] == start


def test_lanes_by_type_actor_country(frame, names):
    df = filter_events(frame, ViewState(countries=("QAT",)))
    by_type = timeline_figure(df, ViewState(), names)
    assert set(by_type.layout.yaxis.categoryarray) == {"Visit", "Sanctions", "Ratification", "Meeting", "Aid"}
    by_country = timeline_figure(df, ViewState(lanes="country"), names)
    assert {"Qatar", "Turkey", "Saudi Arabia"} <= set(by_country.layout.yaxis.categoryarray)
    ar = timeline_figure(df, ViewState(lanes="country", lang="ar"), names)
    assert "قطر" in set(ar.layout.yaxis.categoryarray)
    assert "زيارة" in {tr.name for tr in timeline_figure(df, ViewState(lang="ar"), names).data}


def test_date_range_sets_the_visible_range(frame):
    state = ViewState(date_from=date(2017, 1, 1), date_to=date(2018, 12, 31))
    fig = timeline_figure(filter_events(frame, state), state)
    assert fig.layout.xaxis.range == ("2017-01-01", "2019-01-01")


def test_selected_event_is_ringed_on_both_charts(frame):
    state = ViewState(event="ar-doha-base:0")
    df = filter_events(frame, state)
    for fig in (timeline_figure(df, state), map_figure(df, state)):
        rings = [tr for tr in fig.data if tr.name == "selected"]
        assert len(rings) == 1
        assert list(rings[0].customdata) == ["ar-doha-base:0"]


def test_country_level_event_colours_its_country_and_is_never_a_point(frame):
    state = ViewState(types=("election",))
    fig = map_figure(filter_events(frame, state), state)
    assert not [tr for tr in fig.data if tr.type == "scattergeo"]
    [choropleth] = [tr for tr in fig.data if tr.type == "choropleth"]
    assert list(choropleth.locations) == ["USA"]
    assert choropleth.locationmode == "ISO-3"


def test_map_points_are_city_events_sized_by_mentions(frame):
    df = filter_events(frame, ViewState())
    fig = map_figure(df, ViewState())
    [points] = [tr for tr in fig.data if tr.type == "scattergeo"]
    ids = list(points.customdata)
    assert "ar-doha-base:0" in ids and "en-geneva:0" in ids
    assert "en-geneva:1" not in ids and "ar-gaza-aid:1" not in ids  # located at country level only
    sizes = dict(zip(ids, points.marker.size, strict=True))
    assert sizes["ar-doha-base:0"] > sizes["en-geneva:0"]  # two mentions against one
    [choropleth] = [tr for tr in fig.data if tr.type == "choropleth"]
    counts = dict(zip(choropleth.locations, choropleth.z, strict=True))
    assert counts["QAT"] == 5 and counts["TUR"] == 4


def test_basemap_comes_from_the_apps_static_folder():
    assert plotly_config()["topojsonURL"] == TOPOJSON_URL == "app/static/"


def test_empty_view_has_a_message(frame):
    fig = timeline_figure(frame.iloc[:0], ViewState())
    assert fig.layout.annotations


@pytest.mark.parametrize(
    ("first", "last", "period"),
    [
        (date(2017, 1, 1), date(2017, 12, 31), "W"),
        (date(2010, 1, 1), date(2014, 12, 31), "M"),
        (date(1990, 1, 1), date(2024, 12, 31), "Y"),
    ],
)
def test_period_for_keeps_the_number_of_periods_small(first, last, period):
    assert period_for(first, last) == period


def test_period_starts():
    import pandas as pd

    days = pd.Series(pd.to_datetime(["2017-06-07", "2017-06-11", "2017-06-12"]))
    assert [str(d) for d in period_starts(days, "W")] == ["2017-06-05", "2017-06-05", "2017-06-12"]
    assert [str(d) for d in period_starts(days, "M")] == ["2017-06-01"] * 3
    assert [str(d) for d in period_starts(days, "Y")] == ["2017-01-01"] * 3


@pytest.mark.parametrize("lanes", ["type", "country", "actor"])
def test_many_events_are_drawn_as_counts(lanes):
    big = synthetic_frame(POINT_LIMIT * 5, seed=3)
    state = ViewState(lanes=lanes)
    df = filter_events(big, state)
    fig = timeline_figure(df, state)
    points = sum(len(tr.x) for tr in fig.data)
    assert points < len(df) / 2
    assert all(tr.customdata is None for tr in fig.data)
    if lanes == "type":  # every event counted once
        totals = 0
        for tr in fig.data:
            totals += sum(round(float(h.rsplit(": ", 1)[1])) for h in tr.hovertext)
        assert totals == len(df)
    world = map_figure(df, state)
    assert sum(len(tr.lat) for tr in world.data if tr.type == "scattergeo") < 200
    assert figure_bytes(fig) + figure_bytes(world) < 1_000_000


def test_narrow_filter_on_big_data_draws_points():
    big = synthetic_frame(POINT_LIMIT * 5, seed=3)
    state = ViewState(countries=("QAT",), types=("visit",))
    df = filter_events(big, state)
    assert 0 < len(df) <= POINT_LIMIT
    fig = timeline_figure(df, state)
    ids = np.concatenate([np.asarray(tr.customdata) for tr in fig.data if tr.customdata is not None])
    assert set(ids) == set(df["event_id"])



@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_map_colour_bar_lies_under_the_map_with_room_for_its_title(frame, lang: str) -> None:
    """Beside the map, the bar's title was clipped at the page edge in Arabic."""
    state = ViewState(lang=lang)
    fig = map_figure(filter_events(frame, state), state)
    [choropleth] = [tr for tr in fig.data if tr.type == "choropleth"]
    assert choropleth.colorbar.orientation == "h" and choropleth.colorbar.title.side == "top"
    assert fig.layout.margin.b >= 40


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_view_with_no_events_keeps_the_world_map_and_says_why(frame, lang):
    state = ViewState(lang=lang, text="no article says this")
    df = filter_events(frame, state)
    assert df.empty
    fig = map_figure(df, state)
    assert [tr.type for tr in fig.data] == ["scattergeo"]  # a geo subplot, not bare x/y axes
    [note] = fig.layout.annotations
    assert note.text and note.text == timeline_figure(df, state).layout.annotations[0].text
