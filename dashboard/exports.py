"""Downloads of the current view: the filtered events in the store's export formats, charts as HTML.

Records are read from the store by id (the frame holds no full records), at
most `EXPORT_LIMIT` of them, and written by `events.exporters`. Charts are
standalone HTML with plotly.js inlined, so they open with no network except
for the map's basemap, which a standalone file fetches from plotly's CDN. PNG
images are made in the browser by each chart's camera button (no server-side
image renderer is installed).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

import plotly.graph_objects as go

from dashboard.i18n import t, type_label
from events.exporters import to_geojson, to_timelinejs, write_csv

EXPORT_LIMIT = 50_000
FORMATS = {
    "csv": ("text/csv", "csv"),
    "geojson": ("application/geo+json", "geojson"),
    "timelinejs": ("application/json", "json"),
}


def fetch_records(store: Any, event_ids: Sequence[str]) -> list[dict[str, Any]]:
    """The stored records (as shown) of these events, in the order given."""
    from sqlalchemy import select

    from events.store import EventRow

    found: dict[str, dict[str, Any]] = {}
    ids = list(dict.fromkeys(event_ids))
    with store.read() as conn:
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            query = select(EventRow.event_id, EventRow.record, EventRow.origin, EventRow.status).where(
                EventRow.event_id.in_(chunk)
            )
            for event_id, record, origin, status in conn.execute(query):
                item = dict(record)
                item.setdefault("origin", origin)
                item["status"] = status
                found[event_id] = item
    return [found[i] for i in ids if i in found]


def export_bytes(records: Iterable[dict[str, Any]], fmt: str, lang: str = "en") -> bytes:
    """The records in one of `FORMATS`, UTF-8 encoded; a TimelineJS file titled and
    grouped in the page's language `lang`."""
    if fmt == "csv":
        out = io.StringIO()
        write_csv(records, out)
        return out.getvalue().encode("utf-8-sig")  # the BOM lets spreadsheet programs read Arabic
    if fmt == "geojson":
        doc = to_geojson(records)
    elif fmt == "timelinejs":
        doc = to_timelinejs(
            records,
            t("title", lang),
            count_text=lambda n: t("timeline_count", lang, n=n),
            group_label=lambda code: type_label(code, lang),
        )
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def figure_html(fig: go.Figure, title: str = "Events") -> bytes:
    """A standalone HTML page of the figure (plotly.js inlined)."""
    html = fig.to_html(full_html=True, include_plotlyjs=True, config={"displaylogo": False})
    return html.replace("<head>", f"<head><meta charset=\"utf-8\"><title>{_escape(title)}</title>", 1).encode("utf-8")


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
