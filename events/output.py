"""Writing events and time expressions as JSON lines, CSV or a text table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

EVENT_COLUMNS = (
    "event_id",
    "article_id",
    "event_type",
    "date",
    "date_precision",
    "date_basis",
    "countries",
    "actors",
    "actor1",
    "actor2",
    "location",
    "trigger",
    "confidence",
    "title",
)
TABLE_COLUMNS = ("date", "date_basis", "event_type", "countries", "location", "trigger", "title")
DATE_COLUMNS = ("article_id", "text", "start", "end", "value", "precision", "basis")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ";".join(_cell(v) for v in value)
    if isinstance(value, Mapping):
        if "name" in value and "precision" in value:
            return f"{value.get('name')} ({value.get('country')}, {value.get('precision')})"
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class RowWriter:
    """Writes rows (dicts) to a stream in one of the formats, header first."""

    def __init__(self, stream: TextIO, fmt: str, columns: Iterable[str], table_columns: Iterable[str]) -> None:
        self.stream = stream
        self.fmt = fmt
        self.columns = tuple(columns)
        self.table_columns = tuple(table_columns)
        self._csv: Any = None
        self._header_done = False

    def write(self, row: Mapping[str, Any]) -> None:
        if self.fmt == "jsonl":
            self.stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            if self._csv is None:
                self._csv = csv.writer(self.stream)
                self._csv.writerow(self.columns)
            self._csv.writerow([_cell(row.get(c)) for c in self.columns])
        else:
            if not self._header_done:
                self.stream.write(" | ".join(self.table_columns) + "\n")
                self._header_done = True
            self.stream.write(" | ".join(_clip(_cell(row.get(c)), 60) for c in self.table_columns) + "\n")


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    return text[: width - 1] + "…"


