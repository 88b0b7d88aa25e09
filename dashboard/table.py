"""The events table: the filtered events with readable names, newest first, capped."""

from __future__ import annotations

import io

import pandas as pd
import pyarrow as pa

from dashboard.i18n import list_sep, t, type_label
from dashboard.names import NameBook

TABLE_LIMIT = 1000


def table_frame(df: pd.DataFrame, names: NameBook | None, lang: str, limit: int = TABLE_LIMIT) -> pd.DataFrame:
    """The rows the table shows (newest first, at most `limit`); the last column is the event id."""
    rows = df.iloc[::-1].head(limit)
    sep = list_sep(lang)

    def label(key: str) -> str:
        return sep.join(names.name(v, lang) if names else v for v in key.strip(";").split(";") if v)

    return pd.DataFrame(
        {
            t("date", lang): rows["date"].to_numpy(),
            t("type", lang): [type_label(str(v), lang) for v in rows["event_type"]],
            t("headline", lang): rows["title"].to_numpy(),
            t("countries", lang): [label(k) for k in rows["countries_key"]],
            t("actors", lang): [label(k) for k in rows["actors_key"]],
            t("location", lang): rows["location_name"].to_numpy(),
            t("sources", lang): rows["sources_key"].str.strip(";").str.replace(";", sep).to_numpy(),
            t("basis", lang): [t(f"basis_{b}", lang) if pd.notna(b) else "" for b in rows["date_basis"]],
            t("confidence", lang): rows["confidence"].round(2).to_numpy(),
            t("event_id", lang): rows["event_id"].to_numpy(),
        }
    )


def table_bytes(table: pd.DataFrame) -> int:
    """Size of the table as Streamlit sends it (an Arrow IPC stream)."""
    sink = io.BytesIO()
    batch = pa.Table.from_pandas(table, preserve_index=False)
    with pa.ipc.new_stream(sink, batch.schema) as writer:
        writer.write_table(batch)
    return len(sink.getvalue())
