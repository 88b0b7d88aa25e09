"""The dashboard page in Streamlit's AppTest: query parameters in, filters, counts and URL out."""

from __future__ import annotations

from pathlib import Path

import pytest
from dashboard_sample import VISIBLE_EVENTS
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "streamlit_app.py")


def run_app(query: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def count(at: AppTest) -> int:
    return int(at.metric[0].value.replace(",", ""))


def query(at: AppTest) -> dict[str, str]:
    return {k: at.query_params[k] for k in at.query_params}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, VISIBLE_EVENTS),
        ({"country": "QAT"}, 5),
        ({"country": "QAT,TUR", "type": "visit,meeting"}, 2),
        ({"from": "2017-06-15", "to": "2017-06-20"}, 1),  # the month-precision boycott overlaps
        ({"q": "بالدوحة"}, 2),
        ({"q": "الدوحه"}, 2),
        ({"actor": "tamim_bin_hamad"}, 1),
        ({"source": "Reuters"}, 4),
        ({"article_lang": "en"}, 5),
        ({"basis": "publication"}, 1),
        ({"min_conf": "0.9"}, 3),
        ({"rejected": "show"}, VISIBLE_EVENTS + 1),
    ],
)
def test_query_parameters_set_filters_and_count(store_path, params, expected):
    at = run_app(params)
    assert at.metric[0].label == "Events"
    assert count(at) == expected
    assert not at.warning
    assert query(at) == params  # the URL keeps exactly the view


def test_filters_show_the_link_values(store_path):
    at = run_app({"country": "QAT,TUR", "type": "sanctions", "from": "2017-01-01", "to": "2020-12-31", "lanes": "country"})
    assert at.multiselect(key="w_countries").value == ["QAT", "TUR"]
    assert at.multiselect(key="w_types").value == ["sanctions"]
    assert str(at.date_input(key="w_from").value) == "2017-01-01"
    assert str(at.date_input(key="w_to").value) == "2020-12-31"
    assert at.radio(key="w_lanes").value == "country"
    assert count(at) == 1


def test_the_notice_is_in_arabic_on_the_arabic_page(store_path):
    at = run_app({"from": "bogus", "lang": "ar"})
    assert at.warning, "a notice is shown"
    assert "تم تجاهل المعلمة 'from': ليس تاريخًا بصيغة YYYY-MM-DD ('bogus')." in at.warning[0].value
    assert "Ignored" not in at.warning[0].value


@pytest.mark.parametrize(
    ("params", "word", "expected"),
    [
        ({"from": "2017-13-40"}, "from", VISIBLE_EVENTS),
        # a date the sidebar's date inputs cannot hold (1900-01-01 to 2100-12-31) is refused, not a crash
        ({"from": "1500-01-01"}, "from", VISIBLE_EVENTS),
        ({"to": "2500-01-01"}, "2100-12-31", VISIBLE_EVENTS),
        ({"country": "QAT,XXZ"}, "XXZ", 5),
        ({"type": "picnic"}, "picnic", VISIBLE_EVENTS),
        ({"q": "x" * 10_240}, "too long", VISIBLE_EVENTS),
        ({"min_conf": "abc"}, "min_conf", VISIBLE_EVENTS),
        ({"zoom": "3"}, "zoom", VISIBLE_EVENTS),
        ({"actor": "nobody_at_all"}, "nobody_at_all", VISIBLE_EVENTS),
        ({"lang": "fr"}, "lang", VISIBLE_EVENTS),
    ],
)
def test_malformed_parameters_give_a_visible_notice(store_path, params, word, expected):
    at = run_app(params)
    assert at.warning, "a notice is shown"
    assert word in at.warning[0].value
    assert count(at) == expected
    for key in params:
        if key in ("zoom", "from", "to", "q", "min_conf", "lang", "type", "actor"):
            assert key not in query(at)


def test_changing_a_filter_updates_the_url(store_path):
    at = run_app({"country": "QAT"})
    at.multiselect(key="w_types").set_value(["visit"]).run()
    assert query(at) == {"country": "QAT", "type": "visit"}
    assert count(at) == 1
    at.text_input(key="w_text").set_value("الدوحة").run()
    assert query(at)["q"] == "الدوحة"


def test_arabic_interface(store_path):
    at = run_app({"lang": "ar", "country": "QAT"})
    assert at.metric[0].label == "الأحداث"
    assert count(at) == 5
    assert any("direction: rtl" in m.value for m in at.markdown)
    assert at.multiselect(key="w_actors").placeholder == "اختر"
    at.radio(key="w_lang").set_value("en").run()
    assert at.metric[0].label == "Events"
    assert at.multiselect(key="w_actors").placeholder == "Choose options"
    assert "lang" not in query(at)


def test_selected_event_shows_its_details(store_path):
    at = run_app({"event": "ar-doha-base:0"})
    html = "\n".join(m.value for m in at.markdown)
    assert 'data-event-id="ar-doha-base:0"' in html
    assert "Gulf Times" in html and "Al Jazeera" in html
    assert query(at)["event"] == "ar-doha-base:0"


def test_member_id_of_a_merged_event_selects_the_merged_event(store_path):
    at = run_app({"event": "en-doha-base:0"})
    assert query(at)["event"] == "ar-doha-base:0"


def test_unknown_event_is_a_notice(store_path):
    at = run_app({"event": "no-such-event"})
    assert any("no-such-event" in w.value for w in at.warning)
    assert "event" not in query(at)


def test_reject_from_the_details_hides_the_event(store_path):
    at = run_app({"event": "en-geneva:0"})
    assert count(at) == VISIBLE_EVENTS
    at.button(key="reject_en-geneva:0").click().run()
    assert not at.exception
    assert count(at) == VISIBLE_EVENTS - 1
    from events.corrections import list_corrections
    from events.store import open_store

    assert [c["action"] for c in list_corrections(open_store(str(store_path)))][-1] == "reject"


def test_correct_type_from_the_details(store_path):
    at = run_app({"event": "en-yemen:1", "type": "deployment"})
    assert count(at) == 1
    at.selectbox(key="type_en-yemen:1").set_value("military_exercise")
    at.button(key="save_en-yemen:1").click().run()
    assert not at.exception
    assert count(at) == 0


@pytest.mark.parametrize("what", ["date", "actors", "location"])
def test_the_review_form_is_in_arabic_on_the_arabic_page(store_path, what):
    at = run_app({"lang": "ar", "event": "ar-doha-base:0"})
    at.selectbox(key="what_ar-doha-base:0").set_value(what).run()
    assert not at.exception
    labels = [w.label for w in at.text_input if w.key != "w_text"]
    assert len(labels) > 1
    for label in labels:
        assert any("\u0600" <= ch <= "\u06ff" for ch in label), f"untranslated label {label!r}"


def test_the_timeline_dates_have_no_english_month_names_on_the_arabic_page(store_path):
    import json

    at = run_app({"lang": "ar", "from": "2017-01-01", "to": "2017-12-31"})
    chart = next(c for c in at.get("plotly_chart") if c.proto.id and "timeline" in c.proto.id)
    xaxis = json.loads(chart.proto.spec)["layout"]["xaxis"]
    formats = [stop["value"] for stop in xaxis.get("tickformatstops", [])]
    assert formats, "the Arabic page sets its own date tick labels (plotly's default says 'Jan 2017')"
    assert not any("%b" in f or "%B" in f for f in formats)


def test_an_empty_table_says_so_in_the_interface_language(store_path):
    at = run_app({"lang": "ar", "q": "zzzzqqq"})
    assert count(at) == 0
    assert not at.dataframe, "Streamlit's empty table says 'empty' in English"
    assert any("لا يوجد حدث يطابق هذا العرض" in c.value for c in at.caption)


def test_empty_store_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTS_DB", str(tmp_path / "empty.sqlite"))
    at = run_app()
    assert count(at) == 0
    assert any("no events" in i.value for i in at.info)
