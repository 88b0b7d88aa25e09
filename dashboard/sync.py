"""The view state to and from the page's widgets, and the charts' selections to an event id.

Pure functions over plain dicts, so the URL <-> widgets <-> ViewState round
trip is tested without Streamlit. The page keeps one rule: the URL is read
when the session starts (or when it changed from outside), the widgets are
the truth during a session, and every run writes the view back to the URL.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from dashboard.state import ViewState

WIDGETS = {
    "actors": "w_actors",
    "countries": "w_countries",
    "types": "w_types",
    "date_from": "w_from",
    "date_to": "w_to",
    "text": "w_text",
    "sources": "w_sources",
    "article_langs": "w_article_langs",
    "bases": "w_bases",
    "min_conf": "w_min_conf",
    "lanes": "w_lanes",
    "lang": "w_lang",
    "show_rejected": "w_rejected",
}
EVENT_KEY = "_event"
LIST_FIELDS = ("actors", "countries", "types", "sources", "article_langs", "bases")


def widget_values(state: ViewState) -> dict[str, Any]:
    """Widget key -> value showing `state` (lists for multiselects)."""
    out: dict[str, Any] = {}
    for attr, key in WIDGETS.items():
        value = getattr(state, attr)
        out[key] = list(value) if attr in LIST_FIELDS else value
    out[EVENT_KEY] = state.event
    return out


def state_from_widgets(values: Mapping[str, Any]) -> ViewState:
    """The view the widgets show (missing keys take the defaults)."""
    default = ViewState()
    changes: dict[str, Any] = {}
    for attr, key in WIDGETS.items():
        if key not in values:
            continue
        value = values[key]
        if attr in LIST_FIELDS:
            value = tuple(dict.fromkeys(str(v) for v in value or ()))
        elif attr == "text":
            value = " ".join(str(value or "").split())
        elif attr == "min_conf":
            value = round(float(value or 0.0), 2)
        changes[attr] = value
    state = replace(default, **changes, event=values.get(EVENT_KEY) or None)
    if state.date_from and state.date_to and state.date_from > state.date_to:
        state = replace(state, date_from=state.date_to, date_to=state.date_from)
    return state


def selected_event(selection: Any) -> str | None:
    """The event id a plotly chart selection points at (from the points' customdata), if any."""
    points = _get(_get(selection, "selection"), "points") or []
    for point in points:
        data = _get(point, "customdata")
        if isinstance(data, list | tuple):
            data = data[0] if data else None
        if isinstance(data, str) and data:
            return data
    return None


def selected_rows(selection: Any) -> list[int]:
    """Row positions a dataframe selection holds."""
    rows = _get(_get(selection, "selection"), "rows") or []
    return [int(r) for r in rows]


def selection_signature(selection: Any) -> str:
    """A value that changes whenever the user makes a new selection (to act on each click once)."""
    import json

    inner = _get(selection, "selection")
    if inner is None:
        return ""
    try:
        return json.dumps(
            {"points": _get(inner, "points") or [], "rows": _get(inner, "rows") or []}, sort_keys=True, default=str
        )
    except (TypeError, ValueError):
        return repr(inner)


def _get(obj: Any, key: str) -> Any:
    if obj is None:
        return None
    if isinstance(obj, Mapping):
        return obj.get(key)
    try:
        return obj[key]
    except (KeyError, TypeError, IndexError, AttributeError):
        return getattr(obj, key, None)
