"""The timeline and the map as plotly figures, from the filtered frame and the view.

- Timeline: one lane per event type, actor or country (the view's `lanes`),
  coloured by event type. A day-precision event is a point; a month- or
  year-precision event (or a span) is a bar over its whole period, never a
  fake day. The view's date range sets the visible range.
- Map: a choropleth of event counts per country, plus points for events
  located at a city or region, sized by mentions. An event known only at
  country level colours its country and is never drawn at a centre point.
- Above `POINT_LIMIT` events both draw aggregates (counts per period and
  lane; counts per place), so the browser never receives hundreds of
  thousands of points.
- The selected event (`state.event`) is ringed on both.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.data import explode_key, key_values
from dashboard.i18n import t, type_label
from dashboard.names import NameBook
from dashboard.state import ViewState
from events.model import EVENT_TYPES

POINT_LIMIT = 2000
MAX_LANES = 30
MAX_PLACES = 1500
TOPOJSON_URL = "app/static/"
SELECTED_COLOR = "#d62728"
DAY_MS = 86_400_000

# One colour per event type (stable across views and languages).
TYPE_COLORS: dict[str, str] = dict(
    zip(
        EVENT_TYPES,
        (
            "#1f77b4",
            "#ff7f0e",
            "#2ca02c",
            "#17becf",
            "#d62728",
            "#9467bd",
            "#8c564b",
            "#e377c2",
            "#bcbd22",
            "#7f0000",
            "#ff9896",
            "#98df8a",
            "#c49c94",
            "#aec7e8",
            "#393b79",
        ),
        strict=True,
    )
)


def plotly_config(filename: str = "events") -> dict[str, object]:
    """The config every chart is drawn with: basemap from the app's own static folder."""
    return {
        "topojsonURL": TOPOJSON_URL,
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "filename": filename, "scale": 2},
    }


def aggregated(df: pd.DataFrame) -> bool:
    return len(df) > POINT_LIMIT


def period_for(first: date, last: date) -> str:
    """The aggregation period for a visible range: weeks, months or years (at most about 200 of them)."""
    days = (last - first).days
    if days <= 7 * 200:
        return "W"
    if days <= 31 * 200:
        return "M"
    return "Y"


def visible_range(df: pd.DataFrame, state: ViewState) -> tuple[date, date] | None:
    """The timeline's x range: the view's dates, else the events' own extent with a small margin."""
    first = state.date_from
    last = state.date_to
    if first is None or last is None:
        starts = df["start"].dropna()
        ends = df["end"].dropna()
        if starts.empty:
            if first is None or last is None:
                return None
        else:
            lo, hi = starts.min().date(), ends.max().date() + timedelta(days=1)
            margin = max(timedelta(days=3), (hi - lo) / 40)
            first = first or lo - margin
            last = last or hi + margin
    if first > last:
        first, last = last, first
    return first, last


def lane_pairs(df: pd.DataFrame, lanes: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every (row position in `df`, lane code) pair, and the lane values by code.

    An event sits in one lane per actor or country (or its type); one with
    none sits in the lane ''.
    """
    if lanes == "type":
        codes, labels = pd.factorize(df["event_type"], use_na_sentinel=False)
        return np.arange(len(df)), codes.astype(np.int64), np.asarray([str(v) for v in labels], dtype=object)
    column = "actors_key" if lanes == "actor" else "countries_key"
    pos, codes, labels = explode_key(df[column])
    has = np.zeros(len(df), dtype=bool)
    has[pos] = True
    empty = np.flatnonzero(~has)
    if len(empty):
        labels = np.append(labels, "")
        pos = np.concatenate([pos, empty])
        codes = np.concatenate([codes, np.full(len(empty), len(labels) - 1, dtype=np.int64)])
    return pos, codes, labels


def top_lanes(codes: np.ndarray, n_labels: int, limit: int = MAX_LANES) -> np.ndarray:
    """The codes of the `limit` fullest lanes, fullest first."""
    counts = np.bincount(codes, minlength=n_labels)
    order = np.argsort(-counts, kind="stable")
    return order[counts[order] > 0][:limit]


def lane_label(code: str, lanes: str, names: NameBook | None, lang: str) -> str:
    if not code:
        return "—"
    if lanes == "type":
        return type_label(code, lang)
    return names.name(code, lang) if names else code


def _date_text(row: pd.Series, lang: str) -> str:
    precision = str(row["date_precision"]) if pd.notna(row["date_precision"]) else ""
    basis = str(row["date_basis"]) if pd.notna(row["date_basis"]) else ""
    value = row["date"] if pd.notna(row["date"]) else "?"
    if pd.notna(row.get("end_date")):
        value = f"{value} – {row['end_date']}"
    bits = [t(f"precision_{precision}", lang) if precision else "", t(f"basis_{basis}", lang) if basis else ""]
    bits = [b for b in bits if b]
    return f"{value} ({', '.join(bits)})" if bits else str(value)


def _hover(df: pd.DataFrame, lang: str) -> list[str]:
    from html import escape

    out = []
    sources = df["sources_key"].str.strip(";").str.replace(";", ", ")
    for (_, row), src in zip(df.iterrows(), sources, strict=True):
        title = escape(str(row["title"] or type_label(str(row["event_type"]), lang)))[:160]
        out.append(f"<b>{title}</b><br>{escape(_date_text(row, lang))}<br>{escape(str(src))[:120]}")
    return out


def _empty(message: str, height: int = 260) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
    fig.update_layout(height=height, xaxis={"visible": False}, yaxis={"visible": False}, margin={"t": 20, "b": 20})
    return fig


def date_ticks(lang: str) -> list[dict[str, object]]:
    """The date axis's tick labels: plotly's own name months in English ("Jan 2017"), so the
    Arabic page writes them as numbers (2017-01); the English page keeps plotly's."""
    if lang == "en":
        return []
    return [
        {"dtickrange": [None, "M1"], "value": "%Y-%m-%d"},
        {"dtickrange": ["M1", "M12"], "value": "%Y-%m"},
        {"dtickrange": ["M12", None], "value": "%Y"},
    ]


def timeline_figure(df: pd.DataFrame, state: ViewState, names: NameBook | None = None) -> go.Figure:
    """The timeline of the filtered events (points and period bars, or counts above `POINT_LIMIT`)."""
    lang = state.lang
    span = visible_range(df, state)
    if df.empty or span is None:
        return _empty(t("no_events", lang))
    pos, codes, values = lane_pairs(df, state.lanes)
    chosen = top_lanes(codes, len(values))
    keep = np.zeros(len(values), dtype=bool)
    keep[chosen] = True
    pos, codes = pos[keep[codes]], codes[keep[codes]]
    top = [str(values[c]) for c in chosen]
    labels = {str(values[c]): lane_label(str(values[c]), state.lanes, names, lang) for c in chosen}
    fig = go.Figure()
    if aggregated(df):
        _timeline_counts(fig, df, pos, codes, values, labels, state, span)
    else:
        _timeline_points(fig, df, pos, values[codes], labels, state)
    order = [labels[c] for c in reversed(top)]
    fig.update_layout(
        height=140 + 26 * len(top),
        # a margin sized from the labels: plotly's own measurement comes out short for Arabic labels
        margin={"l": min(240, 16 + 7 * max((len(v) for v in order), default=4)), "r": 10, "t": 30, "b": 30},
        xaxis={
            "type": "date",
            "range": [span[0].isoformat(), (span[1] + timedelta(days=1)).isoformat()],
            "tickformatstops": date_ticks(lang),
        },
        yaxis={"type": "category", "categoryorder": "array", "categoryarray": order, "automargin": False},
        barmode="overlay",
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
        hovermode="closest",
        clickmode="event+select",
        dragmode="pan",
        uirevision=state.lanes,
    )
    return fig


def _timeline_points(
    fig: go.Figure, df: pd.DataFrame, pos: np.ndarray, codes: np.ndarray, labels: dict[str, str], state: ViewState
) -> None:
    rows = df.iloc[pos].reset_index(drop=True)
    rows["_lane"] = [labels[c] for c in codes]
    rows["_hover"] = _hover(rows, state.lang)
    is_bar = (rows["date_precision"].astype("str") != "day") | rows["end_date"].notna()
    is_bar &= rows["start"].notna()
    for etype in EVENT_TYPES:
        of_type = rows[rows["event_type"].astype("str") == etype]
        if of_type.empty:
            continue
        name = type_label(etype, state.lang)
        color = TYPE_COLORS[etype]
        bar_mask = is_bar.loc[of_type.index].to_numpy()
        bars = of_type[bar_mask]
        points = of_type[~bar_mask & of_type["start"].notna().to_numpy()]
        if not bars.empty:
            width = ((bars["end"] - bars["start"]).dt.days + 1).astype("int64") * DAY_MS
            fig.add_trace(
                go.Bar(
                    orientation="h",
                    base=bars["start"].dt.strftime("%Y-%m-%d").tolist(),
                    x=width.tolist(),
                    y=bars["_lane"].tolist(),
                    customdata=bars["event_id"].tolist(),
                    hovertext=bars["_hover"].tolist(),
                    hoverinfo="text",
                    name=name,
                    legendgroup=etype,
                    showlegend=points.empty,
                    marker={"color": color, "opacity": 0.45, "line": {"color": color, "width": 1}},
                    width=0.6,
                )
            )
        if not points.empty:
            fig.add_trace(
                go.Scatter(
                    x=points["start"].dt.strftime("%Y-%m-%d").tolist(),
                    y=points["_lane"].tolist(),
                    mode="markers",
                    customdata=points["event_id"].tolist(),
                    hovertext=points["_hover"].tolist(),
                    hoverinfo="text",
                    name=name,
                    legendgroup=etype,
                    marker={"color": color, "size": 10, "line": {"color": "white", "width": 1}},
                )
            )
    if state.event:
        chosen = rows[rows["event_id"] == state.event]
        if not chosen.empty:
            mid = chosen["start"] + (chosen["end"] - chosen["start"]) / 2
            fig.add_trace(
                go.Scatter(
                    x=mid.dt.strftime("%Y-%m-%d").tolist(),
                    y=chosen["_lane"].tolist(),
                    mode="markers",
                    customdata=chosen["event_id"].tolist(),
                    hoverinfo="skip",
                    name="selected",
                    showlegend=False,
                    marker={"symbol": "circle-open", "size": 22, "color": SELECTED_COLOR, "line": {"width": 3}},
                )
            )


def period_starts(starts: pd.Series, period: str) -> np.ndarray:
    """The first day of each date's week (Monday), month or year (vectorised)."""
    days = starts.to_numpy(dtype="datetime64[D]")
    if period == "W":
        weekday = (days.astype("int64") + 3) % 7  # 1970-01-01 was a Thursday
        return days - weekday.astype("timedelta64[D]")
    if period == "M":
        return days.astype("datetime64[M]").astype("datetime64[D]")
    return days.astype("datetime64[Y]").astype("datetime64[D]")


def _timeline_counts(
    fig: go.Figure,
    df: pd.DataFrame,
    pos: np.ndarray,
    codes: np.ndarray,
    values: np.ndarray,
    labels: dict[str, str],
    state: ViewState,
    span: tuple[date, date],
) -> None:
    """One marker per lane and period, sized by its count (coloured by type when the lanes are types)."""
    period = period_for(*span)
    starts = df["start"].to_numpy()[pos]
    valid = ~pd.isna(starts)
    days = period_starts(pd.Series(starts[valid]), period).astype("int64")
    lane = codes[valid]
    if len(days) == 0:
        return
    first = int(days.min())
    width = int(days.max()) - first + 1
    cells, counts = np.unique(lane * width + (days - first), return_counts=True)
    lane_of, day_of = np.divmod(cells, width)
    peak = max(int(counts.max()), 1)
    x_all = np.datetime_as_string((day_of + first).astype("datetime64[D]"), unit="D")
    period_name = t(f"period_{period}", state.lang)
    groups = [(str(values[c]), lane_of == c) for c in np.unique(lane_of)] if state.lanes == "type" else [(None, slice(None))]
    for etype, sel in groups:
        n = counts[sel]
        x = x_all[sel]
        fig.add_trace(
            go.Scatter(
                x=x.tolist(),
                y=[labels[str(values[c])] for c in lane_of[sel]],
                mode="markers",
                name=type_label(etype, state.lang) if etype else t("count", state.lang),
                showlegend=etype is not None,
                hovertext=[f"{d} ({period_name}): {k}" for d, k in zip(x, n, strict=True)],
                hoverinfo="text+y",
                marker={
                    "size": (6 + 24 * np.sqrt(n / peak)).round(1),
                    "color": TYPE_COLORS.get(etype or "", "#1f77b4"),
                    "opacity": 0.75,
                    "line": {"width": 0},
                },
            )
        )


# --- map -----------------------------------------------------------------------------------------


def country_counts(df: pd.DataFrame) -> pd.Series:
    """Events per country involved (ISO alpha-3), most first."""
    return key_values(df["countries_key"])


def located(df: pd.DataFrame) -> pd.DataFrame:
    """Events located at a city or region (country-level places are drawn as their country only)."""
    mask = df["loc_precision"].isin(["city", "region"]).to_numpy(dtype=bool) & df["lat"].notna().to_numpy()
    mask = mask & df["lon"].notna().to_numpy()
    return df[mask]


def map_figure(df: pd.DataFrame, state: ViewState, names: NameBook | None = None) -> go.Figure:
    """Counts per country as a choropleth, with city/region events (or places, above the limit) as points."""
    lang = state.lang
    fig = go.Figure()
    counts = country_counts(df)
    if len(counts):
        codes = [str(c) for c in counts.index]
        fig.add_trace(
            go.Choropleth(
                locations=codes,
                z=counts.to_numpy().tolist(),
                locationmode="ISO-3",
                colorscale="Blues",
                marker={"line": {"color": "#888", "width": 0.4}},
                # under the map, not beside it: a vertical bar's title was clipped at
                # the page edge in the right-to-left layout
                colorbar={
                    "title": {"text": t("events", lang), "side": "top"},
                    "orientation": "h",
                    "x": 0.5,
                    "xanchor": "center",
                    "y": 0,
                    "yanchor": "top",
                    "thickness": 10,
                    "len": 0.5,
                },
                text=[names.name(c, lang) if names else c for c in codes],
                hovertemplate="%{text}: %{z}<extra></extra>",
                name=t("countries", lang),
            )
        )
    places = located(df)
    if not places.empty:
        if aggregated(df):
            grouped = (
                places.groupby(["location_name", "lat", "lon"], observed=True, dropna=True)
                .agg(n=("event_id", "size"), mentions=("mention_count", "sum"))
                .reset_index()
                .sort_values("n", ascending=False)
                .head(MAX_PLACES)
            )
            peak = max(int(grouped["mentions"].max()), 1)
            fig.add_trace(
                go.Scattergeo(
                    lat=grouped["lat"].round(4).tolist(),
                    lon=grouped["lon"].round(4).tolist(),
                    mode="markers",
                    text=[f"{p}: {n}" for p, n in zip(grouped["location_name"], grouped["n"], strict=True)],
                    hoverinfo="text",
                    name=t("location", lang),
                    marker={
                        "size": (5 + 25 * np.sqrt(grouped["mentions"].to_numpy() / peak)).round(1).tolist(),
                        "color": "#ff7f0e",
                        "opacity": 0.8,
                        "line": {"color": "white", "width": 0.5},
                    },
                )
            )
        else:
            mentions = places["mention_count"].to_numpy()
            fig.add_trace(
                go.Scattergeo(
                    lat=places["lat"].round(4).tolist(),
                    lon=places["lon"].round(4).tolist(),
                    mode="markers",
                    customdata=places["event_id"].tolist(),
                    hovertext=_hover(places, lang),
                    hoverinfo="text",
                    name=t("location", lang),
                    marker={
                        "size": (8 + 4 * np.sqrt(mentions - 1)).round(1).tolist(),
                        "color": [TYPE_COLORS.get(str(x), "#ff7f0e") for x in places["event_type"]],
                        "opacity": 0.85,
                        "line": {"color": "white", "width": 1},
                    },
                )
            )
    _highlight_on_map(fig, df, state)
    if not fig.data:
        # with no trace plotly draws bare x/y axes: an empty geo trace keeps the world map, with the reason on it
        fig.add_trace(go.Scattergeo(lat=[], lon=[], mode="markers", hoverinfo="skip", name=t("location", lang)))
        fig.add_annotation(
            text=t("no_events", lang), showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper", bgcolor="rgba(255,255,255,0.85)"
        )
    fig.update_layout(
        height=460,
        margin={"l": 0, "r": 0, "t": 10, "b": 50},
        showlegend=False,
        clickmode="event+select",
        geo={
            "projection": {"type": "natural earth"},
            "showcountries": True,
            "countrycolor": "#aaa",
            "showland": True,
            "landcolor": "#f2f2f2",
            "showocean": True,
            "oceancolor": "#e8f1fa",
            "resolution": 110,
            "fitbounds": "locations" if len(counts) or not places.empty else False,
        },
        uirevision="map",
    )
    return fig


def _highlight_on_map(fig: go.Figure, df: pd.DataFrame, state: ViewState) -> None:
    if not state.event:
        return
    chosen = df[df["event_id"] == state.event]
    if chosen.empty:
        return
    row = chosen.iloc[0]
    if str(row["loc_precision"]) in ("city", "region") and pd.notna(row["lat"]) and pd.notna(row["lon"]):
        fig.add_trace(
            go.Scattergeo(
                lat=[round(float(row["lat"]), 4)],
                lon=[round(float(row["lon"]), 4)],
                mode="markers",
                customdata=[state.event],
                hoverinfo="skip",
                name="selected",
                marker={"symbol": "circle-open", "size": 24, "color": SELECTED_COLOR, "line": {"width": 3}},
            )
        )
        return
    country = row["location_country"] or next(iter(key_values(chosen["countries_key"]).index), None)
    if country:
        fig.add_trace(
            go.Choropleth(
                locations=[str(country)],
                z=[1],
                locationmode="ISO-3",
                colorscale=[[0, "rgba(0,0,0,0)"], [1, "rgba(0,0,0,0)"]],
                showscale=False,
                marker={"line": {"color": SELECTED_COLOR, "width": 2.5}},
                hoverinfo="skip",
                name="selected",
            )
        )


def figure_bytes(fig: go.Figure) -> int:
    """Size of the figure's JSON as sent to the browser."""
    return len(fig.to_json().encode("utf-8"))
