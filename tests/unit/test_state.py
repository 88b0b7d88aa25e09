"""ViewState: the view to and from the query string."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard.state import BASES, LANES, LANGUAGES, ViewState
from events.model import EVENT_TYPES


def test_no_parameters_is_everything():
    state = ViewState.from_query({})
    assert state == ViewState()
    assert state.to_query() == {}
    assert not state.notices


def test_example_link():
    q = {"country": "QAT,TUR", "type": "sanctions", "from": "2017-01-01", "to": "2020-12-31", "lang": "en"}
    state = ViewState.from_query(q)
    assert state.countries == ("QAT", "TUR")
    assert state.types == ("sanctions",)
    assert state.date_from == date(2017, 1, 1) and state.date_to == date(2020, 12, 31)
    assert not state.notices
    assert ViewState.from_query(state.to_query()) == state


@pytest.mark.parametrize(
    ("params", "notice_word"),
    [
        ({"from": "2017-13-40"}, "from"),
        ({"to": "yesterday"}, "to"),
        ({"country": "QAT,12"}, "country"),
        ({"type": "picnic"}, "event type"),
        ({"min_conf": "2"}, "min_conf"),
        ({"min_conf": "abc"}, "min_conf"),
        ({"lanes": "diagonal"}, "lanes"),
        ({"lang": "fr"}, "lang"),
        ({"event": "<script>"}, "event"),
        ({"zoom": "3"}, "zoom"),
        ({"q": "x" * 10_240}, "too long"),
        ({"from": "2020-01-01", "to": "2019-01-01"}, "date range"),
        ({"basis": "guess"}, "date basis"),
    ],
)
def test_bad_parameters_are_dropped_with_a_notice(params, notice_word):
    state = ViewState.from_query(params)
    assert state.notices
    assert any(notice_word in n for n in state.notices)
    assert isinstance(state.to_query(), dict)


def test_good_values_survive_next_to_bad_ones():
    state = ViewState.from_query({"country": "qat,XX1,TUR", "type": "visit,nope"})
    assert state.countries == ("QAT", "TUR")
    assert state.types == ("visit",)
    assert len(state.notices) == 2


def test_lists_accept_repeated_values():
    assert ViewState.from_query({"country": ["QAT", "TUR"]}).countries == ("QAT", "TUR")


ids = st.from_regex(r"[a-z][a-z0-9_]{0,20}", fullmatch=True)
states = st.builds(
    ViewState,
    actors=st.lists(ids, max_size=4, unique=True).map(tuple),
    countries=st.lists(st.from_regex(r"[A-Z]{3}", fullmatch=True), max_size=4, unique=True).map(tuple),
    types=st.lists(st.sampled_from(EVENT_TYPES), max_size=4, unique=True).map(tuple),
    date_from=st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2010, 1, 1)),
    date_to=st.none() | st.dates(min_value=date(2010, 1, 2), max_value=date(2030, 1, 1)),
    text=st.text(alphabet="قطرالدوحةabc ,'&=?#%", max_size=20).map(lambda s: " ".join(s.split())),
    sources=st.lists(st.from_regex(r"[A-Za-z][A-Za-z .]{0,10}[A-Za-z]", fullmatch=True), max_size=3, unique=True).map(tuple),
    article_langs=st.lists(st.sampled_from(["ar", "en", "fr"]), max_size=3, unique=True).map(tuple),
    bases=st.lists(st.sampled_from(BASES), max_size=4, unique=True).map(tuple),
    min_conf=st.sampled_from([0.0, 0.25, 0.5, 0.9, 1.0]),
    lanes=st.sampled_from(LANES),
    event=st.none() | ids,
    lang=st.sampled_from(LANGUAGES),
)


@given(states)
def test_round_trip(state):
    again = ViewState.from_query(state.to_query())
    assert again == state
    assert not again.notices


@given(st.dictionaries(st.text(max_size=12), st.text(max_size=50), max_size=6))
def test_any_query_never_raises(params):
    state = ViewState.from_query(params)
    assert ViewState.from_query(state.to_query()) == state


@pytest.mark.parametrize(("value", "shown"), [("show", True), ("1", True), ("hide", False), ("0", False)])
def test_rejected_parameter(value, shown):
    state = ViewState.from_query({"rejected": value})
    assert state.show_rejected is shown and not state.notices
    assert ViewState.from_query(state.to_query()) == state


def test_bad_rejected_parameter_is_a_notice():
    state = ViewState.from_query({"rejected": "maybe"})
    assert not state.show_rejected and any("rejected" in n for n in state.notices)
