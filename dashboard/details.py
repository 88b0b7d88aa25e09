"""The selected event's details as HTML: headline, date and why, actors, place, every source's quote.

Every piece of article text is HTML-escaped (a `<script>` in an article shows
as text). In the quote the event was read from, the trigger, the date, the
actors and the place are marked, from the event's character spans; in the
other sources' quotes the trigger words are marked where they occur. Arabic
text is laid out right to left whatever the interface language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from dashboard.i18n import direction, t, type_label
from dashboard.names import NameBook
from events.text.normalize import arabic_share

MARK_STYLE = {
    "trigger": "background:#ffe08a;",
    "date": "background:#b9e3ff;",
    "actor": "background:#c8f0c0;",
    "place": "background:#f3d0ff;",
}

DETAILS_CSS = (
    "<style>"
    ".event-details mark{padding:0 2px;border-radius:3px;color:inherit}"
    ".event-details blockquote{margin:.3em 0 .8em;padding:.4em .8em;border-inline-start:3px solid #bbb;background:#fafafa}"
    ".event-details .meta{color:#555;font-size:.9em}"
    "</style>"
)


def text_direction(text: str) -> str:
    return "rtl" if arabic_share(text[:2000]) >= 0.3 else "ltr"


def quote_marks(record: Mapping[str, Any]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the marked words, relative to the event's quote."""
    spans = record.get("spans") or {}
    quote = str(record.get("quote") or "")
    base = spans.get("quote")
    if not isinstance(base, Sequence) or len(base) != 2:
        return _find_marks(quote, record.get("trigger"))
    offset = int(base[0])
    found: list[tuple[int, int, str]] = []

    def add(span: Any, kind: str) -> None:
        if isinstance(span, Sequence) and len(span) == 2 and all(isinstance(v, int) for v in span):
            s, e = span[0] - offset, span[1] - offset
            if 0 <= s < e <= len(quote):
                found.append((s, e, kind))

    add(spans.get("trigger"), "trigger")
    add(spans.get("date"), "date")
    add(spans.get("location"), "place")
    actors = spans.get("actors") or {}
    if isinstance(actors, Mapping):
        for value in actors.values():
            items = value if isinstance(value, Sequence) and value and isinstance(value[0], Sequence) else [value]
            for span in items:
                add(span, "actor")
    if not any(k == "trigger" for _, _, k in found):
        found += _find_marks(quote, record.get("trigger"))
    return found


def _find_marks(quote: str, trigger: Any) -> list[tuple[int, int, str]]:
    if not trigger or not quote:
        return []
    at = quote.find(str(trigger))
    return [(at, at + len(str(trigger)), "trigger")] if at >= 0 else []


def highlight(text: str, marks: Sequence[tuple[int, int, str]]) -> str:
    """`text` escaped, with non-overlapping marks wrapped in <mark> (earliest, then longest, wins)."""
    out: list[str] = []
    pos = 0
    for s, e, kind in sorted(marks, key=lambda m: (m[0], -(m[1] - m[0]))):
        if s < pos:
            continue
        out.append(escape(text[pos:s]))
        out.append(f'<mark class="{kind}" style="{MARK_STYLE.get(kind, "")}">{escape(text[s:e])}</mark>')
        pos = e
    out.append(escape(text[pos:]))
    return "".join(out)


def _names(ids: Sequence[str], names: NameBook | None, lang: str) -> str:
    return ", ".join(escape(names.name(i, lang) if names else i) for i in ids) or t("none", lang)


def details_html(record: Mapping[str, Any], names: NameBook | None = None, lang: str = "en") -> str:
    """The details panel of one event record (as the store shows it, corrections applied)."""
    title = str(record.get("title") or type_label(str(record.get("event_type")), lang))
    precision = record.get("date_precision")
    basis = record.get("date_basis")
    date_value = str(record.get("date") or "?")
    if record.get("end_date"):
        date_value += f" – {record['end_date']}"
    why = ", ".join(p for p in (t(f"precision_{precision}", lang) if precision else "", t(f"basis_{basis}", lang) if basis else "") if p)
    loc = record.get("location") if isinstance(record.get("location"), Mapping) else None
    place = t("none", lang)
    if loc:
        place = escape(str(loc.get("name") or loc.get("country") or "?"))
        if loc.get("precision"):
            place += f" ({escape(str(loc['precision']))})"
    rows = [
        (t("type", lang), escape(type_label(str(record.get("event_type")), lang))),
        (t("date", lang), f'<span class="date-value">{escape(date_value)}</span>' + (f" — {escape(why)}" if why else "")),
        (t("actors", lang), _names([str(a) for a in record.get("actors") or ()], names, lang)),
        (t("countries", lang), _names([str(c) for c in record.get("countries") or ()], names, lang)),
        (t("location", lang), place),
        (t("confidence", lang), f"{float(record.get('confidence') or 0):.2f}"),
    ]
    if record.get("status") == "rejected":
        rows.append((t("status", lang), f"<b>{escape(t('rejected', lang))}</b>"))
    meta = "".join(f"<tr><th>{escape(k)}</th><td>{v}</td></tr>" for k, v in rows)
    parts = [
        f'<div class="event-details" dir="{direction(lang)}" data-event-id="{escape(str(record.get("event_id")), quote=True)}">',
        f'<h4 dir="{text_direction(title)}">{escape(title)}</h4>',
        f'<table class="meta">{meta}</table>',
    ]
    sources = [s for s in record.get("sources") or () if isinstance(s, Mapping)]
    if not sources:
        sources = [{"article_id": record.get("article_id"), "event_id": record.get("event_id"), "quote": record.get("quote")}]
    parts.append(f"<h5>{escape(t('sources_of', lang, n=len(sources)))}</h5>")
    own = _own_source(record, sources)
    for i, source in enumerate(sources):
        quote = str(source.get("quote") or "")
        marks = quote_marks(record) if i == own and quote == str(record.get("quote") or "") else _find_marks(quote, record.get("trigger"))
        label = escape(str(source.get("source") or source.get("article_id") or ""))
        if source.get("url"):
            url = escape(str(source["url"]), quote=True)
            label = f'<a href="{url}" target="_blank" rel="noopener noreferrer">{label}</a>'
        published = f" · {escape(str(source['published']))}" if source.get("published") else ""
        parts.append(
            f'<div class="source"><div class="meta">{label}{published}</div>'
            f'<blockquote dir="{text_direction(quote)}">{highlight(quote, marks)}</blockquote></div>'
        )
    parts.append("</div>")
    return DETAILS_CSS + "".join(parts)


def _own_source(record: Mapping[str, Any], sources: Sequence[Mapping[str, Any]]) -> int:
    """The source the event's own quote and spans come from."""
    for i, s in enumerate(sources):
        if s.get("event_id") == record.get("event_id"):
            return i
    for i, s in enumerate(sources):
        if s.get("article_id") == record.get("article_id"):
            return i
    return 0
