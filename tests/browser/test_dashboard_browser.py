"""The dashboard in a real Chromium: shared links, the offline basemap, selection, Arabic."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from dashboard.i18n import EVENT_TYPES, type_label

pytestmark = pytest.mark.browser

LINK = "/?country=QAT,TUR&type=visit,meeting,sanctions&from=2017-01-01&to=2020-12-31&event=ar-doha-base:0"


def _expect():
    from playwright.sync_api import expect

    return expect


def _wait_ready(page) -> None:
    expect = _expect()
    expect(page.get_by_test_id("stMetricValue")).to_be_visible(timeout=30_000)
    expect(page.locator(".js-plotly-plot")).to_have_count(2, timeout=30_000)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000)


def _location_query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.evaluate("() => window.location.href")).query)


def _basemap_drawn(page) -> bool:
    """The map's land, coastline and country layers have real geometry (the topojson was loaded)."""
    return page.evaluate(
        """() => { const m = document.querySelectorAll('.js-plotly-plot')[1];
                   if (!m) return false;
                   const d = Array.from(m.querySelectorAll('.geo .layer path')).map(p => (p.getAttribute('d') || '').length);
                   return d.filter(n => n > 1000).length >= 2; }"""
    )


def test_shared_link_reopens_the_same_view_offline(page, server, artifacts):
    expect = _expect()
    page.goto(server + LINK)
    _wait_ready(page)
    expect(page.get_by_test_id("stMetricValue")).to_have_text("3")
    expect(page.get_by_test_id("stMetricLabel")).to_contain_text("Events")
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar).to_contain_text("Qatar")
    expect(sidebar).to_contain_text("Turkey")
    expect(sidebar).to_contain_text("Sanctions")
    expect(page.locator(".event-details")).to_have_attribute("data-event-id", "ar-doha-base:0")
    # the timeline shows the link's date range
    x_range = page.evaluate("() => document.querySelectorAll('.js-plotly-plot')[0]._fullLayout.xaxis.range")
    assert [x[:10] for x in x_range] == ["2017-01-01", "2021-01-01"]
    # the basemap was drawn from the app's own static folder, with every other host blocked
    page.wait_for_function(
        """() => { const m = document.querySelectorAll('.js-plotly-plot')[1];
                   return m && Array.from(m.querySelectorAll('.geo .layer path')).filter(p => (p.getAttribute('d') || '').length > 1000).length >= 2; }""",
        timeout=20_000,
    )
    assert _basemap_drawn(page)
    assert any(u.endswith("/app/static/world_110m.json") for u in page.static)
    assert not [u for u in page.blocked if "topojson" in u or "world_" in u]
    # a month-precision event (the June 2017 boycott) is a bar, not a point
    bars = page.evaluate(
        """() => document.querySelectorAll('.js-plotly-plot')[0].data
                 .filter(t => t.type === 'bar').flatMap(t => t.customdata)"""
    )
    assert "ar-doha-base:1" in bars
    # the URL still holds the whole view
    q = _location_query(page)
    assert q["country"] == ["QAT,TUR"] and q["event"] == ["ar-doha-base:0"] and q["from"] == ["2017-01-01"]
    page.screenshot(path=str(artifacts / "dashboard-en.png"), full_page=True)


def test_click_an_event_selects_it(page, server):
    expect = _expect()
    page.goto(server + "/?type=ceasefire")
    _wait_ready(page)
    expect(page.get_by_test_id("stMetricValue")).to_have_text("1")
    expect(page.locator(".event-details")).to_have_count(0)
    page.locator(".js-plotly-plot").first.locator(".scatterlayer .point").first.click(force=True)
    expect(page.locator(".event-details")).to_have_attribute("data-event-id", "en-geneva:0", timeout=20_000)
    expect(page.locator(".event-details")).to_contain_text("Geneva")
    expect(page.locator(".event-details mark.trigger")).to_have_text("signed a permanent ceasefire")
    page.wait_for_function("() => window.location.href.includes('event=')", timeout=10_000)
    assert _location_query(page)["event"] == ["en-geneva:0"]
    # both charts ring the selected event (a rerun may still show the stale charts beside the new ones)
    page.wait_for_function(
        """() => {
            const plots = Array.from(document.querySelectorAll('.js-plotly-plot'));
            return plots.length === 2 && plots.every(p => p.data && p.data.some(t => t.name === 'selected'));
        }""",
        timeout=20_000,
    )
    rings = page.evaluate(
        """() => Array.from(document.querySelectorAll('.js-plotly-plot'))
                 .map(p => p.data.filter(t => t.name === 'selected').length)"""
    )
    assert rings == [1, 1]


def test_article_script_shows_as_text(page, server):
    expect = _expect()
    page.goto(server + "/?event=en-yemen:1")
    _wait_ready(page)
    details = page.locator(".event-details")
    expect(details).to_contain_text("<script>alert('x')</script>")
    assert details.locator("script").count() == 0


def test_switch_to_arabic_lays_the_page_out_right_to_left(page, server, artifacts):
    expect = _expect()
    page.goto(server + "/?country=QAT&event=ar-erdogan-doha:0")
    _wait_ready(page)
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    page.get_by_test_id("stSidebar").get_by_text("العربية").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl", timeout=20_000)
    expect(page.get_by_test_id("stMetricLabel")).to_contain_text("الأحداث")
    expect(page.get_by_test_id("stMetricValue")).to_have_text("5")
    direction = page.evaluate("() => getComputedStyle(document.querySelector('.stApp')).direction")
    assert direction == "rtl"
    page.wait_for_function("() => window.location.href.includes('lang=ar')", timeout=10_000)
    assert _location_query(page)["lang"] == ["ar"]
    expect(page.locator(".event-details")).to_have_attribute("dir", "rtl")
    page.wait_for_timeout(500)
    page.screenshot(path=str(artifacts / "dashboard-ar.png"), full_page=True)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_date_filters_show_their_whole_date(page, server, lang):
    """Each date input is as wide as the sidebar's search box: side by side they cut the day ("2017-01-0")."""
    page.goto(server + f"/?from=2017-01-01&to=2017-12-31&lang={lang}")
    _wait_ready(page)
    widths = page.evaluate(
        """() => { const w = s => document.querySelector(s).getBoundingClientRect().width;
                   return [w('[data-testid="stDateInput"]'), w('[data-testid="stTextInput"]')]; }"""
    )
    assert widths[0] >= 0.8 * widths[1], widths


def test_the_arabic_page_writes_its_dates_year_first(page, server, artifacts):
    """Laid right to left, a YYYY-MM-DD date input read backwards ("31 - 12 - 2017", "dd - mm - yyyy")."""
    page.goto(server + "/?from=2017-01-01&to=2017-12-31&lang=ar")
    _wait_ready(page)
    order = page.evaluate(
        """() => Array.from(document.querySelectorAll('[data-testid="stDateInputField"] [role="group"]')).map(g => {
                   const x = t => g.querySelector(`[data-type="${t}"]`).getBoundingClientRect().left;
                   return [x('year'), x('month'), x('day')]; })"""
    )
    assert len(order) >= 2, order
    for year, month, day in order:
        assert year < month < day, order
    page.get_by_test_id("stSidebar").screenshot(path=str(artifacts / "dates-ar.png"))


def test_an_export_click_does_not_run_the_page_again(browser, server):
    """A download click ran the whole page again (a filter change's cost) and replaced the other
    buttons' files: a next click made before the page redrew asked for a file already gone."""
    context = browser.new_context(viewport={"width": 1400, "height": 1700}, accept_downloads=True)
    page = context.new_page()
    sent = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda payload: sent.append(payload)))
    try:
        page.goto(server + "/?country=QAT")
        _wait_ready(page)
        panel = page.get_by_test_id("stExpander").filter(has_text="Export")
        panel.locator("summary").click()
        buttons = panel.get_by_test_id("stDownloadButton").locator("button")
        _expect()(buttons).to_have_count(5)
        page.wait_for_timeout(1000)
        before = len(sent)
        names = []
        for i in range(5):
            with page.expect_download(timeout=30_000) as download:
                buttons.nth(i).click()
            names.append(download.value.suggested_filename)
        page.wait_for_timeout(1500)
        assert [n.rsplit(".", 1)[1] for n in names] == ["csv", "geojson", "json", "html", "html"], names
        reruns = [m for m in sent[before:] if b"country=QAT" in (m if isinstance(m, bytes) else m.encode())]
        assert not reruns, "a download click asked the server to run the page again (its query string sent)"
    finally:
        context.close()


def test_the_arabic_page_words_the_uploader_and_the_timeline_export_in_arabic(browser, server, artifacts):
    """Streamlit writes its uploader's button and size line in English, and the TimelineJS file was
    titled "Events" whatever the page's language."""
    context = browser.new_context(viewport={"width": 1400, "height": 1700}, accept_downloads=True)
    page = context.new_page()
    try:
        page.goto(server + "/?lang=ar")
        _wait_ready(page)
        adding = page.get_by_test_id("stExpander").filter(has_text="إضافة مقالات")
        adding.locator("summary").click()
        uploader = adding.get_by_test_id("stFileUploaderDropzone")
        _expect()(uploader).to_be_visible()
        shown = page.evaluate(
            """() => {
                const p = document.querySelector("[data-testid='stFileUploaderDropzone'] [data-testid='stBaseButton-secondary'] p");
                const s = document.querySelector("[data-testid='stFileUploaderDropzoneInstructions'] span");
                return [getComputedStyle(p).fontSize, getComputedStyle(p, '::after').content,
                        getComputedStyle(s).fontSize, getComputedStyle(s, '::after').content];
            }"""
        )
        assert shown[0] == shown[2] == "0px", shown
        assert shown[1] == '"اختيار الملفات"' and "ميغابايت" in shown[3], shown
        uploader.screenshot(path=str(artifacts / "uploader-ar.png"))

        exports = page.get_by_test_id("stExpander").filter(has_text="التصدير")
        exports.locator("summary").click()
        button = exports.get_by_test_id("stDownloadButton").locator("button").filter(has_text="TimelineJS")
        with page.expect_download(timeout=30_000) as download:
            button.click()
        doc = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
        assert doc["title"]["text"]["headline"] == "الخط الزمني للأحداث"
        assert doc["title"]["text"]["text"].startswith("عدد الأحداث: ")
        groups = {s["group"] for s in doc["events"]}
        assert groups and groups <= {type_label(code, "ar") for code in EVENT_TYPES}, groups
    finally:
        context.close()
