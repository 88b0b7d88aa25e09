"""details_html: escaped text, marked spans, direction per script; interface strings in both languages."""

from __future__ import annotations

import pytest
from dashboard_sample import sample_events

from dashboard.details import details_html, highlight, quote_marks, text_direction
from dashboard.i18n import STRINGS, direction, t, type_label
from dashboard.names import load_names
from events.model import EVENT_TYPES


def _event(event_id: str) -> dict:
    for events in sample_events().values():
        for e in events:
            if e["event_id"] == event_id:
                return e
    raise KeyError(event_id)


@pytest.mark.parametrize(
    ("event_id", "marked"),
    [
        ("ar-doha-base:0", {("trigger", "زار"), ("date", "9 نوفمبر 2020"), ("actor", "التركي"), ("place", "بالدوحة")}),
        ("ar-erdogan-doha:0", {("trigger", "التقى"), ("actor", "رجب طيب أردوغان"), ("actor", "تميم بن حمد"), ("place", "الدوحه")}),
        ("en-geneva:0", {("trigger", "signed a permanent ceasefire"), ("date", "23 October 2020"), ("place", "Geneva")}),
    ],
)
def test_spans_are_marked_in_the_quote(event_id, marked):
    record = _event(event_id)
    quote = record["quote"]
    assert {(kind, quote[s:e]) for s, e, kind in quote_marks(record)} >= marked


def test_article_text_is_escaped():
    record = _event("en-yemen:1")
    html = details_html(record, None, "en")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert '<mark class="trigger"' in html


def test_highlight_escapes_inside_and_outside_marks():
    assert highlight("a <b> c", [(2, 5, "trigger")]) == 'a <mark class="trigger" style="background:#ffe08a;">&lt;b&gt;</mark> c'
    # overlapping marks: the earliest (then longest) wins, nothing is lost
    out = highlight("abcdef", [(1, 4, "actor"), (2, 3, "date")])
    assert out.count("<mark") == 1 and out.startswith("a<mark") and out.endswith("</mark>ef")


@pytest.mark.parametrize(
    ("lang", "quote_dir", "page_dir"),
    [("en", "rtl", "ltr"), ("ar", "rtl", "rtl")],
)
def test_arabic_quotes_are_rtl_in_both_interfaces(lang, quote_dir, page_dir):
    html = details_html(_event("ar-doha-base:0"), load_names(), lang)
    assert f'<blockquote dir="{quote_dir}">' in html
    assert f'class="event-details" dir="{page_dir}"' in html


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", ["Visit", "written in the text", "Qatar", "Turkey", "Doha (city)"]), ("ar", ["زيارة", "مذكور في النص", "قطر", "تركيا"])],
)
def test_details_show_type_date_basis_actors_place(lang, words):
    html = details_html(_event("ar-doha-base:0"), load_names(), lang)
    for word in words:
        assert word in html


def test_english_quote_is_ltr():
    assert text_direction("The Libyan sides signed") == "ltr"
    assert text_direction("وقعت الأطراف الليبية") == "rtl"


def test_every_string_has_both_languages():
    for key, entry in STRINGS.items():
        assert entry.get("en") and entry.get("ar"), key


@pytest.mark.parametrize(("lang", "label"), [("en", "Events"), ("ar", "الأحداث")])
def test_metric_label(lang, label):
    assert t("events", lang) == label


def test_types_and_direction():
    assert all(type_label(x, "ar") != x for x in EVENT_TYPES)
    assert direction("ar") == "rtl" and direction("en") == "ltr"
