"""The view to and from the page's widgets, and chart or table selections to an event id."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_state import states

from dashboard.state import ViewState
from dashboard.sync import (
    EVENT_KEY,
    selected_event,
    selected_rows,
    selection_signature,
    state_from_widgets,
    widget_values,
)

views = st.tuples(states, st.booleans()).map(lambda pair: replace(pair[0], show_rejected=pair[1]))


@given(views)
def test_widgets_round_trip(state):
    assert state_from_widgets(widget_values(state)) == state


def test_missing_widgets_are_defaults():
    assert state_from_widgets({}) == ViewState()


def test_reversed_dates_are_swapped_not_lost():
    state = state_from_widgets({"w_from": date(2020, 1, 1), "w_to": date(2019, 1, 1)})
    assert (state.date_from, state.date_to) == (date(2019, 1, 1), date(2020, 1, 1))


def test_text_is_trimmed_and_conf_rounded():
    state = state_from_widgets({"w_text": "  قطر   تركيا ", "w_min_conf": 0.30000000004, EVENT_KEY: ""})
    assert state.text == "قطر تركيا" and state.min_conf == 0.3 and state.event is None


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        ({"selection": {"points": [{"customdata": "ar-doha-base:0", "x": "2020-11-09"}]}}, "ar-doha-base:0"),
        ({"selection": {"points": [{"customdata": ["en-geneva:0"]}]}}, "en-geneva:0"),
        ({"selection": {"points": [{"x": 3}]}}, None),  # an aggregate marker: no event
        ({"selection": {"points": []}}, None),
        (None, None),
    ],
)
def test_selected_event(selection, expected):
    assert selected_event(selection) == expected


def test_selected_rows_and_signature():
    sel = {"selection": {"rows": [2], "columns": []}}
    assert selected_rows(sel) == [2]
    assert selection_signature(sel) != selection_signature({"selection": {"rows": [3]}})
    assert selection_signature(None) == ""
