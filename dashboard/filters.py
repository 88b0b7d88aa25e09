"""The view's filters over the dashboard frame: vectorised, one boolean mask.

The text search folds the query the way the pipeline folds articles (alef,
ya, ta marbuta, diacritics, digits, Latin case) and strips Arabic proclitics
and the article from each word, so `الدوحة`, `بالدوحة` and `الدوحه` all find
an event whose text says any of them. Every word must occur (AND).
"""

from __future__ import annotations

import re
from datetime import date

import numpy as np
import pandas as pd

from dashboard.data import KEY_SEP
from dashboard.state import ViewState
from events.text.normalize import fold_str

_PROCLITIC = re.compile(r"^(?:[وف]?لل|[وف]?[بكل]?(?:ال)?)(?=[\u0621-\u064a]{3,}$)")
_WORD = re.compile(r"[^\s,.;:!?\"'()\[\]{}،؛؟«»]+")


def search_terms(text: str) -> list[str]:
    """The folded, clitic-stripped words of a search query."""
    terms = []
    for word in _WORD.findall(fold_str(text or "")):
        stem = _PROCLITIC.sub("", word)
        if stem and stem not in terms:
            terms.append(stem)
    return terms


def any_key_mask(series: pd.Series, values: tuple[str, ...]) -> np.ndarray:
    """Rows whose delimited key holds any of `values`."""
    mask = np.zeros(len(series), dtype=bool)
    for value in values:
        mask |= series.str.contains(KEY_SEP + value + KEY_SEP, regex=False).to_numpy(dtype=bool, na_value=False)
    return mask


def text_mask(df: pd.DataFrame, text: str) -> np.ndarray:
    """Rows whose folded text holds every search word (or whose id is the query)."""
    terms = search_terms(text)
    mask = np.ones(len(df), dtype=bool)
    for term in terms:
        mask &= df["search_text"].str.contains(term, regex=False).to_numpy(dtype=bool, na_value=False)
    if text.strip():
        mask |= (df["event_id"] == text.strip()).to_numpy(dtype=bool)
    return mask


def date_mask(df: pd.DataFrame, date_from: date | None, date_to: date | None) -> np.ndarray:
    """Rows whose dates overlap [from, to]: a month event is kept by any day of its month."""
    mask = np.ones(len(df), dtype=bool)
    if date_from is not None:
        mask &= (df["end"] >= pd.Timestamp(date_from)).to_numpy(dtype=bool, na_value=False)
    if date_to is not None:
        mask &= (df["start"] <= pd.Timestamp(date_to)).to_numpy(dtype=bool, na_value=False)
    return mask


def filter_mask(df: pd.DataFrame, state: ViewState, include_rejected: bool | None = None) -> np.ndarray:
    """The boolean mask of the rows the view keeps."""
    mask = np.ones(len(df), dtype=bool)
    show_rejected = state.show_rejected if include_rejected is None else include_rejected
    if not show_rejected:
        mask &= (df["status"] != "rejected").to_numpy(dtype=bool)
    if state.types:
        mask &= df["event_type"].isin(state.types).to_numpy(dtype=bool)
    if state.bases:
        mask &= df["date_basis"].isin(state.bases).to_numpy(dtype=bool)
    if state.min_conf > 0:
        mask &= (df["confidence"] >= np.float32(state.min_conf) - np.float32(1e-6)).to_numpy(dtype=bool)
    if state.date_from is not None or state.date_to is not None:
        mask &= date_mask(df, state.date_from, state.date_to)
    for column, values in (
        ("countries_key", state.countries),
        ("actors_key", state.actors),
        ("sources_key", state.sources),
        ("langs_key", state.article_langs),
    ):
        if values and mask.any():
            mask &= any_key_mask(df[column], values)
    if state.text and mask.any():
        mask &= text_mask(df, state.text)
    return mask


def filter_events(df: pd.DataFrame, state: ViewState, include_rejected: bool | None = None) -> pd.DataFrame:
    """The events the view shows (rows keep their index in the full frame; no copy when all are kept)."""
    mask = filter_mask(df, state, include_rejected)
    return df if mask.all() else df[mask]
