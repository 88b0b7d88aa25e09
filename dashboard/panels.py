"""The page's action panels: share the view, review an event, export, add articles."""

from __future__ import annotations

import hashlib
import re
import tempfile
from datetime import date
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard.correction_text import correction_text
from dashboard.exports import EXPORT_LIMIT, FORMATS, export_bytes, fetch_records, figure_html
from dashboard.i18n import ltr_run, t, type_label
from dashboard.names import NameBook
from dashboard.read_messages import read_item, read_message
from dashboard.state import ViewState
from events.model import EVENT_TYPES
from events.store import Store, StoreError

MAX_UPLOAD_MB = 20  # per file; .streamlit/config.toml caps a whole upload at the same size
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


# --- share --------------------------------------------------------------------------------------------


def share_link(state: ViewState) -> str:
    """The absolute link of this view: the page's address with the view's query string."""
    try:
        base = (st.context.url or "").split("?", 1)[0]
    except Exception:  # outside a browser session (tests)
        base = ""
    query = urlencode(state.to_query())
    return f"{base}?{query}" if query else (base or "?")


def share_panel(state: ViewState, lang: str) -> None:
    with st.expander(t("share", lang)):
        link = share_link(state)
        st.code(link, language=None)
        label = escape(t("copy_link", lang))
        done = escape(t("copied", lang))
        st.html(
            f'<button id="copy-link" type="button" style="padding:.3em .9em;border-radius:.4em;border:1px solid #ccc;'
            f'background:white;cursor:pointer">{label}</button>'
            "<script>(function(){var b=document.getElementById('copy-link');if(!b)return;"
            "b.onclick=function(){var u=window.location.href;"
            "(navigator.clipboard?navigator.clipboard.writeText(u):Promise.reject()).then("
            f"function(){{b.textContent='{done}';}},function(){{window.prompt('',u);}});}};}})();</script>",
            unsafe_allow_javascript=True,
        )


# --- review ------------------------------------------------------------------------------------------


def review_panel(store: Store, record: dict[str, Any], lang: str, names: NameBook | None = None) -> None:
    """Reject or correct the selected event; list and undo its corrections."""
    from events.corrections import add_correction, list_corrections, undo_correction

    event_id = str(record["event_id"])
    with st.expander(t("review", lang)):
        note = st.text_input(t("note", lang), key=f"note_{event_id}", max_chars=500)
        if record.get("status") != "rejected" and st.button(t("reject", lang), key=f"reject_{event_id}", type="primary"):
            _save(lambda: add_correction(store, event_id, "reject", note=note or None), lang)
        what = st.selectbox(
            t("correct_what", lang),
            ("type", "date", "actors", "location"),
            key=f"what_{event_id}",
            format_func=lambda w: {"type": t("type", lang), "date": t("date", lang), "actors": t("actors", lang), "location": t("location", lang)}[w],
        )
        value: dict[str, Any] = {}
        if what == "type":
            current = record.get("event_type")
            index = EVENT_TYPES.index(current) if current in EVENT_TYPES else 0
            value["event_type"] = st.selectbox(
                t("type", lang), EVENT_TYPES, index=index, key=f"type_{event_id}", format_func=lambda x: type_label(x, lang)
            )
        elif what == "date":
            value["date"] = st.text_input(t("date_forms", lang), value=str(record.get("date") or ""), key=f"date_{event_id}")
        elif what == "actors":
            raw = st.text_input(t("actor_ids", lang), value=", ".join(record.get("actors") or ()), key=f"actors_{event_id}")
            value["actors"] = [a.strip() for a in raw.split(",") if a.strip()]
        else:
            loc = record.get("location") or {}
            value["name"] = st.text_input(t("place_name", lang), value=str(loc.get("name") or ""), key=f"locname_{event_id}")
            value["country"] = st.text_input(t("place_country", lang), value=str(loc.get("country") or ""), key=f"loccountry_{event_id}")
            c1, c2 = st.columns(2)
            value["lat"] = c1.text_input(t("lat", lang), value="" if loc.get("lat") is None else str(loc["lat"]), key=f"lat_{event_id}")
            value["lon"] = c2.text_input(t("lon", lang), value="" if loc.get("lon") is None else str(loc["lon"]), key=f"lon_{event_id}")
        if st.button(t("correct", lang), key=f"save_{event_id}"):
            _save(lambda: add_correction(store, event_id, what, value, note=note or None), lang)
        members = set(record.get("member_ids") or ()) | {event_id}
        mine = [c for c in list_corrections(store) if c.get("event_id") == event_id or c.get("target_id") in members]
        if mine:
            st.caption(t("corrections", lang))
            for c in mine:
                text = correction_text(c, lang, names)
                if c.get("undone_at"):
                    st.text(text + f" ({t('undone', lang, when=ltr_run(str(c['undone_at']), lang))})")
                    continue
                st.text(text)
                if st.button(t("undo", lang, id=c["id"]), key=f"undo_{c['id']}"):
                    _save(lambda cid=c["id"]: undo_correction(store, cid), lang)


def _save(action: Any, lang: str) -> None:
    try:
        action()
    except (ValueError, StoreError) as exc:
        st.error(str(exc))
        return
    st.toast(t("saved", lang))
    st.rerun()


# --- exports -----------------------------------------------------------------------------------------


def exports_panel(store: Store, df: pd.DataFrame, state: ViewState, timeline: go.Figure, world: go.Figure, lang: str) -> None:
    """Download buttons; each file is made only when its button is clicked.

    A click does not run the page again: a rerun replaced every button's file, so a second button
    clicked before the page had redrawn asked for a file already gone ("Deferred file ... not found").
    """
    with st.expander(t("exports", lang)):
        if len(df) > EXPORT_LIMIT:
            st.caption(t("export_limit", lang, limit=f"{EXPORT_LIMIT:,}", n=f"{len(df):,}"))
        ids = df["event_id"].head(EXPORT_LIMIT).tolist()
        stem = "events-" + date.today().isoformat()
        cols = st.columns(5)
        for col, fmt in zip(cols, FORMATS, strict=False):
            mime, ext = FORMATS[fmt]
            col.download_button(
                t(f"export_{fmt}", lang),
                data=lambda fmt=fmt: export_bytes(fetch_records(store, ids), fmt, lang),
                file_name=f"{stem}.{ext}",
                mime=mime,
                key=f"export_{fmt}",
                on_click="ignore",
            )
        cols[3].download_button(
            t("export_timeline_html", lang),
            data=lambda: figure_html(timeline, t("timeline", lang)),
            file_name=f"{stem}-timeline.html",
            mime="text/html",
            key="export_timeline_html",
            on_click="ignore",
        )
        cols[4].download_button(
            t("export_map_html", lang),
            data=lambda: figure_html(world, t("map", lang)),
            file_name=f"{stem}-map.html",
            mime="text/html",
            key="export_map_html",
            on_click="ignore",
        )


# --- add articles --------------------------------------------------------------------------------


def add_articles_panel(store: Store, lang: str) -> None:
    """Upload files, read them with the project's readers, extract with a progress bar, store."""
    ss = st.session_state
    with st.expander(t("add_articles", lang), expanded=bool(ss.get("_ingest_summary"))):
        for line in ss.pop("_ingest_summary", []):
            (st.success if line[0] == "ok" else st.warning)(line[1])
        with st.form("add_articles", clear_on_submit=True):
            files = st.file_uploader(
                t("upload", lang),
                accept_multiple_files=True,
                type=["txt", "jsonl", "ndjson", "csv", "tsv", "json", "html", "htm", "xml", "rss", "atom"],
            )
            published = st.date_input(t("published", lang), value=None, format="YYYY-MM-DD")
            submitted = st.form_submit_button(t("extract", lang))
        if submitted and files:
            ss["_ingest_summary"] = ingest_uploads(store, files, published, lang)
            st.rerun()


def ingest_uploads(store: Store, files: list[Any], published: date | None, lang: str) -> list[tuple[str, str]]:
    """Store the uploaded files' articles; the messages to show (("ok"|"warn", text))."""
    from events.ingest import ingest_articles
    from events.model import Article
    from events.readers import ReadNotice, read_inputs

    messages: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="upload-") as tmp:
        paths = []
        for i, f in enumerate(files):
            if f.size > MAX_UPLOAD_MB * 1024 * 1024:
                messages.append(("warn", t("too_large", lang, name=f.name, limit=MAX_UPLOAD_MB)))
                continue
            name = _SAFE_NAME.sub("_", Path(f.name).name) or f"upload-{i}"
            path = Path(tmp) / f"{i:03d}-{name}"
            path.write_bytes(f.getvalue())
            paths.append(str(path))
        items = list(read_inputs(paths, published=published.isoformat() if published else None)) if paths else []
        articles = [a for a in items if isinstance(a, Article)]
        for a in articles:  # an id taken from the file's path names the upload, not its random folder
            if a.id.startswith(tmp):
                a.id = upload_id(_strip_tmp(a.id, tmp), a.text)
        for item in items:
            if isinstance(item, Article):
                continue
            what = read_item(_strip_tmp(item.path, tmp), item.line, item.message, lang)
            messages.append(("warn", t("noted" if isinstance(item, ReadNotice) else "skipped", lang, what=what)))
        if articles:
            bar = st.progress(0.0, text=t("extracting", lang, done=0, total=len(articles)))

            def progress(report: Any) -> None:
                done = report.new + report.replaced + report.unchanged + len(report.failed)
                bar.progress(min(done / len(articles), 1.0), text=t("extracting", lang, done=done, total=len(articles)))

            try:
                report = ingest_articles(store, articles, progress=progress)
            except StoreError as exc:
                messages.append(("warn", str(exc)))
                return messages
            bar.progress(1.0)
            messages.insert(
                0,
                (
                    "ok",
                    t("ingest_done", lang, read=report.read, new=report.new + report.replaced, unchanged=report.unchanged, events=report.raw_events),
                ),
            )
            messages += [("warn", t("skipped", lang, what=_failed_text(_strip_tmp(f, tmp), lang))) for f in report.failed]
    return messages


def _failed_text(failed: str, lang: str) -> str:
    """An ingest failure (`article id: message`) with its message in `lang`."""
    head, sep, message = failed.partition(": extraction failed: ")
    return f"{head}: {read_message('extraction failed: ' + message, lang)}" if sep else failed


def upload_id(name: str, text: str) -> str:
    """`upload:<file name>[:line]#<digest of the text>`: the same file uploaded again is the same
    article (stored once), and another file of the same name is another article (never replaced)."""
    return f"upload:{name}#{hashlib.sha1(text.encode('utf-8')).hexdigest()[:12]}"


def _strip_tmp(text: str, tmp: str) -> str:
    return re.sub(re.escape(tmp) + r"/\d{3}-", "", text)
