"""The dashboard page: the URL's view in the sidebar's filters, the count, timeline, map, table and details.

The store is opened once per process and its events are held in one frame
per process (`st.cache_resource`), reloaded only when the store changes
(articles, events or corrections). Every run reads the view from the widgets
(seeded from the URL when the session starts), filters the frame, draws, and
writes the view back to the URL, so the address bar always reopens this view.
"""

from __future__ import annotations

import os
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import panels
from dashboard.data import fetch_record, key_values, load_frame
from dashboard.details import details_html
from dashboard.figures import (
    POINT_LIMIT,
    aggregated,
    map_figure,
    period_for,
    plotly_config,
    timeline_figure,
    visible_range,
)
from dashboard.filters import filter_events
from dashboard.i18n import LANGUAGE_NAMES, direction, page_css, t, type_label
from dashboard.names import NameBook, load_names
from dashboard.notices import Notice, told
from dashboard.state import BASES, LANES, LANGUAGES, MAX_DATE, MIN_DATE, ViewState
from dashboard.sync import (
    EVENT_KEY,
    WIDGETS,
    selected_event,
    selected_rows,
    selection_signature,
    state_from_widgets,
    widget_values,
)
from dashboard.table import TABLE_LIMIT, table_frame
from events.model import EVENT_TYPES
from events.store import Store, StoreError, default_store_location, open_store

CHART_KEYS = ("timeline_chart", "map_chart")
TABLE_KEY = "events_table"


# --- data, once per process -------------------------------------------------------------------------


def store_location() -> str:
    return os.environ.get("EVENTS_DB") or default_store_location()


@st.cache_resource(show_spinner=False)
def get_store(location: str) -> Store:
    return open_store(location)


def store_version(store: Store) -> tuple[Any, ...]:
    """A cheap fingerprint of the store's content: it changes when articles, events or corrections do."""
    from sqlalchemy import text

    with store.read() as conn:
        articles = conn.execute(text("SELECT COUNT(*), MAX(ingested_at) FROM articles")).one()
        corrections = conn.execute(text("SELECT COUNT(*), MAX(id), COUNT(undone_at) FROM corrections")).one()
        events = conn.execute(text("SELECT COUNT(*) FROM events")).one()
    return (*articles, *corrections, *events)


@st.cache_resource(max_entries=1, show_spinner="Loading events…")
def get_frame(location: str, version: tuple[Any, ...]) -> pd.DataFrame:
    return load_frame(get_store(location))


@st.cache_resource(max_entries=1, show_spinner=False)
def get_options(location: str, version: tuple[Any, ...]) -> dict[str, list[str]]:
    """The values the multiselects offer, most frequent first."""
    df = get_frame(location, version)
    return {
        "actors": [str(v) for v in key_values(df["actors_key"]).index],
        "countries": [str(v) for v in key_values(df["countries_key"]).index],
        "sources": [str(v) for v in key_values(df["sources_key"]).index],
        "article_langs": [str(v) for v in key_values(df["langs_key"]).index],
    }


@st.cache_resource(show_spinner=False)
def get_names() -> NameBook:
    return load_names()


# --- the URL and the widgets ------------------------------------------------------------------------


def _query_dict() -> dict[str, Any]:
    qp = st.query_params
    out: dict[str, Any] = {}
    for key in qp:
        values = qp.get_all(key)
        out[key] = values[0] if len(values) == 1 else values
    return out


def _check_known(state: ViewState, options: dict[str, list[str]], names: NameBook) -> ViewState:
    """Drop values the store and the dictionaries do not know, each with a notice."""
    notices = list(state.notices)
    known_actors = set(options["actors"])
    actors = []
    for a in state.actors:
        if a in known_actors or names.knows(a):
            actors.append(a)
        else:
            notices.append(Notice("n_unknown_item", what=Notice("what_actor"), item=a, key="actor"))
    countries = []
    for c in state.countries:
        if names.is_country(c) or c in options["countries"]:
            countries.append(c)
        else:
            notices.append(Notice("n_unknown_item", what=Notice("what_country"), item=c, key="country"))
    sources = []
    for s in state.sources:
        if s in options["sources"]:
            sources.append(s)
        else:
            notices.append(Notice("n_unknown_item", what=Notice("what_source"), item=s[:40], key="source"))
    langs = []
    for lang in state.article_langs:
        if lang in options["article_langs"]:
            langs.append(lang)
        else:
            notices.append(Notice("n_no_article_lang", item=lang))
    from dataclasses import replace

    return replace(
        state,
        actors=tuple(actors),
        countries=tuple(countries),
        sources=tuple(sources),
        article_langs=tuple(langs),
        notices=tuple(notices),
    )


def _seed_from_url(options: dict[str, list[str]], names: NameBook) -> None:
    """Put the URL's view into the widgets when the session starts or the URL changed from outside."""
    ss = st.session_state
    query = _query_dict()
    if "_written" in ss and query == ss["_written"]:
        return
    state = _check_known(ViewState.from_query(query), options, names)
    for key, value in widget_values(state).items():
        ss[key] = value
    ss["_notices"] = list(state.notices)
    ss["_written"] = query
    ss["_seeded"] = state.to_query()
    for key in (*CHART_KEYS, TABLE_KEY):
        ss[f"_seen_{key}"] = selection_signature(ss.get(key))


def _take_selections() -> None:
    """A new click on a chart or a table row selects its event (each click acted on once)."""
    ss = st.session_state
    for key in CHART_KEYS:
        sig = selection_signature(ss.get(key))
        if sig != ss.get(f"_seen_{key}"):
            ss[f"_seen_{key}"] = sig
            event_id = selected_event(ss.get(key))
            if event_id:
                ss[EVENT_KEY] = event_id
    sig = selection_signature(ss.get(TABLE_KEY))
    if sig != ss.get(f"_seen_{TABLE_KEY}"):
        ss[f"_seen_{TABLE_KEY}"] = sig
        rows = selected_rows(ss.get(TABLE_KEY))
        ids = ss.get("_table_ids") or []
        if rows and rows[0] < len(ids):
            ss[EVENT_KEY] = ids[rows[0]]


def _reset_filters() -> None:
    ss = st.session_state
    lang = ss.get("w_lang", "en")
    for key, value in widget_values(ViewState(lang=lang)).items():
        ss[key] = value


def _write_url(state: ViewState) -> None:
    """Write the view to the URL; notices about the opening link go once the view moves on."""
    ss = st.session_state
    query = state.to_query()
    if query != _query_dict():
        st.query_params.from_dict(query)
    if ss.get("_seeded") is not None and query != ss["_seeded"]:
        ss["_notices"] = []
        ss["_seeded"] = None
    ss["_written"] = query


def _with_values(options: list[str], chosen: list[str]) -> list[str]:
    return list(dict.fromkeys([*chosen, *options]))


def sidebar(options: dict[str, list[str]], names: NameBook) -> None:
    ss = st.session_state
    with st.sidebar:
        st.radio(
            t("language", ss.get("w_lang", "en")),
            LANGUAGES,
            key="w_lang",
            format_func=LANGUAGE_NAMES.get,
            horizontal=True,
        )
        lang = ss["w_lang"]
        st.header(t("filters", lang))
        choose = t("choose", lang)

        def pick(label: str, values: list[str], key: str, fmt=None) -> None:
            kwargs = {"format_func": fmt} if fmt is not None else {}
            st.multiselect(t(label, lang), values, key=key, placeholder=choose, **kwargs)

        pick(
            "countries",
            _with_values(options["countries"], ss.get("w_countries", [])),
            "w_countries",
            lambda c: names.label(c, lang),
        )
        pick(
            "actors",
            _with_values(options["actors"], ss.get("w_actors", [])),
            "w_actors",
            lambda a: names.label(a, lang),
        )
        pick("types", list(EVENT_TYPES), "w_types", lambda x: type_label(x, lang))
        # one above the other: side by side, a date input is too narrow for its whole date (2017-01-0)
        st.date_input(t("from", lang), key="w_from", min_value=MIN_DATE, max_value=MAX_DATE, format="YYYY-MM-DD")
        st.date_input(t("to", lang), key="w_to", min_value=MIN_DATE, max_value=MAX_DATE, format="YYYY-MM-DD")
        st.text_input(t("search", lang), key="w_text", max_chars=500)
        pick("sources", _with_values(options["sources"], ss.get("w_sources", [])), "w_sources")
        pick(
            "article_langs",
            _with_values(options["article_langs"], ss.get("w_article_langs", [])),
            "w_article_langs",
            lambda x: LANGUAGE_NAMES.get(x, x),
        )
        pick("bases", list(BASES), "w_bases", lambda b: t(f"basis_{b}", lang))
        st.slider(t("min_conf", lang), 0.0, 1.0, step=0.05, key="w_min_conf")
        st.radio(t("lanes", lang), LANES, key="w_lanes", format_func=lambda x: t(f"lane_{x}", lang), horizontal=True)
        st.checkbox(t("show_rejected", lang), key="w_rejected")
        st.button(t("reset", lang), on_click=_reset_filters)


# --- the page ------------------------------------------------------------------------------------------


def set_direction(lang: str) -> None:
    """Lay the page out in the language's direction (the html element's dir and lang too)."""
    st.markdown(page_css(lang, panels.MAX_UPLOAD_MB), unsafe_allow_html=True)
    st.html(
        f"<script>document.documentElement.dir='{direction(lang)}';document.documentElement.lang='{lang}';</script>",
        unsafe_allow_javascript=True,
    )


def main() -> None:
    st.set_page_config(page_title="Geopolitical timeline", layout="wide", initial_sidebar_state="expanded")
    ss = st.session_state
    location = store_location()
    try:
        store = get_store(location)
        version = store_version(store)
        frame = get_frame(location, version)
        options = get_options(location, version)
    except StoreError as exc:
        st.error(t("store_error", ss.get("w_lang", "en"), error=str(exc)))
        return
    names = get_names()
    _seed_from_url(options, names)
    _take_selections()
    sidebar(options, names)
    state = state_from_widgets({key: ss.get(key) for key in (*WIDGETS.values(), EVENT_KEY)})
    lang = state.lang
    set_direction(lang)
    st.title(t("title", lang))
    if ss.get("_notices"):
        st.warning(t("notice", lang) + "\n\n" + "\n".join(f"- {told(n, lang)}" for n in ss["_notices"]), icon="⚠️")

    record = None
    if state.event:
        record = fetch_record(store, state.event)
        if record is None:
            st.warning(t("unknown_event", lang, id=state.event))
            ss[EVENT_KEY] = None
            state = state.with_changes(event=None)
        elif record.get("event_id") != state.event:
            ss[EVENT_KEY] = record["event_id"]
            state = state.with_changes(event=record["event_id"])
    _write_url(state)

    df = filter_events(frame, state)
    st.metric(t("events", lang), f"{len(df):,}")
    if frame.empty:
        st.info(t("empty_store", lang))
    elif aggregated(df):
        span = visible_range(df, state)
        period = t(f"period_{period_for(*span)}", lang) if span else ""
        st.caption(t("aggregated", lang, n=f"{len(df):,}", period=period, limit=f"{POINT_LIMIT:,}"))

    st.subheader(t("timeline", lang))
    timeline = timeline_figure(df, state, names)
    st.plotly_chart(
        timeline, key="timeline_chart", on_select="rerun", selection_mode=("points",), config=plotly_config("timeline")
    )
    left, right = st.columns([3, 2])
    with left:
        st.subheader(t("map", lang))
        world = map_figure(df, state, names)
        st.plotly_chart(
            world, key="map_chart", on_select="rerun", selection_mode=("points",), config=plotly_config("map")
        )
    with right:
        st.subheader(t("details", lang))
        if record is None:
            st.caption(t("select_hint", lang))
        else:
            st.markdown(details_html(record, names, lang), unsafe_allow_html=True)
            panels.review_panel(store, record, lang, names)

    st.subheader(t("table", lang))
    table = table_frame(df, names, lang)
    ss["_table_ids"] = table.iloc[:, -1].tolist()  # the event ids
    if len(df) > TABLE_LIMIT:
        st.caption(t("table_limited", lang, shown=f"{TABLE_LIMIT:,}", n=f"{len(df):,}"))
    if table.empty:
        # an empty dataframe says "empty" in English whatever the interface language
        st.caption(t("no_events", lang))
    else:
        st.dataframe(table, key=TABLE_KEY, on_select="rerun", selection_mode="single-row", hide_index=True)

    panels.share_panel(state, lang)
    panels.exports_panel(store, df, state, timeline, world, lang)
    panels.add_articles_panel(store, lang)
