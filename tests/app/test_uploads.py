"""The "Add articles" panel in Streamlit's AppTest: uploaded files are read, extracted and stored,
and what could not be read is said on the page in the interface language, without losing the rest."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from dashboard_sample import VISIBLE_EVENTS
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "streamlit_app.py")

AR_ARTICLE = {
    "id": "up-ar",
    "text": "قطعت السعودية والإمارات علاقاتها الدبلوماسية مع قطر يوم 5 يونيو 2017.",
    "published": "ليس تاريخا",
}
EN_ARTICLE = {"id": "up-en", "text": "Saudi Arabia cut diplomatic ties with Qatar on 5 June 2017.", "published": "2017-06-06"}
UPLOAD = "\n".join([json.dumps(AR_ARTICLE, ensure_ascii=False), "{not json", json.dumps(EN_ARTICLE)]) + "\n"


def stored_articles(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[0] for row in conn.execute("select article_id from articles")}


@pytest.mark.parametrize(
    ("lang", "done", "noted", "skipped"),
    [
        ("en", "2 articles read: 2 new", "Read, with a note: upload.jsonl:1: publication date", "Skipped: upload.jsonl:2: not JSON"),
        ("ar", "تمت قراءة 2 مقالات: 2 جديدة", "قُرئ مع ملاحظة: upload.jsonl:1: لم يُفهم تاريخ النشر", "تم التخطي: upload.jsonl:2: ليس JSON صالحًا"),
    ],
)
def test_an_upload_stores_its_articles_and_says_what_it_could_not_read(store_path, lang, done, noted, skipped):
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception, at.exception
    before = stored_articles(store_path)
    [uploader] = at.get("file_uploader")
    uploader.set_value(("upload.jsonl", UPLOAD.encode("utf-8"), "application/jsonl"))
    at.button[[b.label for b in at.button].index({"en": "Extract and store", "ar": "استخراج وتخزين"}[lang])].click()
    at.run()
    assert not at.exception, at.exception
    assert stored_articles(store_path) - before == {"up-ar", "up-en"}
    assert any(done in s.value for s in at.success), [s.value for s in at.success]
    warnings = [w.value for w in at.warning]
    assert any(w.startswith(noted) and "ليس تاريخا" in w for w in warnings), warnings
    assert any(w.startswith(skipped) for w in warnings), warnings
    assert int(at.metric[0].value.replace(",", "").replace("٬", "")) >= VISIBLE_EVENTS


BAD_CSV = "id,text,published\nup-csv,\"Qatar and Turkey signed an agreement on 2 March 2021.\",2021-03-03\nup-bad,\"a quoted field never closed\n"
BAD_FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Truce</title>'
    "<description>The Libyan sides signed a ceasefire in Geneva on 23 October 2020.</description>"
    "<pubDate>2020-13-45</pubDate><guid>up-feed</guid></item></channel></rss>"
)


def test_the_arabic_page_says_what_the_readers_found_in_arabic(store_path):
    """A bad CSV row and a feed's unreadable date are told in Arabic, not in the readers' English."""
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["lang"] = "ar"
    at.run()
    [uploader] = at.get("file_uploader")
    uploader.set_value(
        [("bad.csv", BAD_CSV.encode("utf-8"), "text/csv"), ("feed.rss", BAD_FEED.encode("utf-8"), "application/rss+xml")]
    )
    at.button[[b.label for b in at.button].index("استخراج وتخزين")].click()
    at.run()
    assert not at.exception, at.exception
    assert {"up-csv", "up-feed"} <= stored_articles(store_path)
    warnings = [w.value for w in at.warning]
    assert any(w.startswith("تم التخطي: bad.csv:3: صف CSV غير صالح") for w in warnings), warnings
    assert any(w.startswith("قُرئ مع ملاحظة: feed.rss: المدخل 1: لم يُفهم تاريخ النشر '2020-13-45'") for w in warnings), warnings
    for w in warnings:  # no English left beside the file names and the formats' names
        words = re.findall(r"[A-Za-z]{3,}", w)
        assert set(words) <= {"bad", "csv", "feed", "rss", "CSV", "RSS"}, w


def test_uploading_the_same_text_file_again_adds_no_events(store_path):
    """A .txt file's article is named by its path: the upload's random folder made it a new article each time."""
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    text = "Visit\nThe emir of Qatar visited Ankara on 2 March 2021 and met the Turkish president.\n"
    counts = []
    for _ in range(2):
        [uploader] = at.get("file_uploader")
        uploader.set_value(("visit.txt", text.encode("utf-8"), "text/plain"))
        at.button[[b.label for b in at.button].index("Extract and store")].click()
        at.run()
        assert not at.exception, at.exception
        counts.append(len(stored_articles(store_path)))
    assert counts[0] == counts[1], counts
    assert any(a.startswith("upload:visit.txt#") for a in stored_articles(store_path))


def test_another_file_of_the_same_name_is_another_article(store_path):
    """Two different files named alike are two articles: the second never replaces the first."""
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    before = stored_articles(store_path)
    texts = [
        "زيارة\nزار أمير قطر أنقرة يوم 2 مارس 2021 والتقى الرئيس التركي.\n",
        "Visit\nThe emir of Qatar visited Ankara on 2 March 2021 and met the Turkish president.\n",
    ]
    for text in texts:
        [uploader] = at.get("file_uploader")
        uploader.set_value(("article.txt", text.encode("utf-8"), "text/plain"))
        at.button[[b.label for b in at.button].index("Extract and store")].click()
        at.run()
        assert not at.exception, at.exception
    added = stored_articles(store_path) - before
    assert len(added) == 2 and all(a.startswith("upload:article.txt#") for a in added), added
