"""The "Add articles" panel in Streamlit's AppTest: uploaded files are read, extracted and stored,
and what could not be read is said on the page in the interface language, without losing the rest."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from dashboard_sample import VISIBLE_EVENTS, make_store
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "streamlit_app.py")

AR_ARTICLE = {
    "id": "up-ar",
    "text": "قطعت السعودية والإمارات علاقاتها الدبلوماسية مع قطر يوم 5 يونيو 2017.",
    "published": "ليس تاريخا",
}
EN_ARTICLE = {"id": "up-en", "text": "Saudi Arabia cut diplomatic ties with Qatar on 5 June 2017.", "published": "2017-06-06"}
UPLOAD = "\n".join([json.dumps(AR_ARTICLE, ensure_ascii=False), "{not json", json.dumps(EN_ARTICLE)]) + "\n"


@pytest.fixture
def store_path(tmp_path, monkeypatch):
    path = tmp_path / "events.sqlite"
    make_store(path)
    monkeypatch.setenv("EVENTS_DB", str(path))
    return path


def stored_articles(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[0] for row in conn.execute("select article_id from articles")}


@pytest.mark.parametrize(
    ("lang", "done", "noted", "skipped"),
    [
        ("en", "2 articles read: 2 new", "Read, with a note: upload.jsonl:1: publication date", "Skipped: upload.jsonl:2: not JSON"),
        ("ar", "تمت قراءة 2 مقالات: 2 جديدة", "قُرئ مع ملاحظة: upload.jsonl:1: publication date", "تم التخطي: upload.jsonl:2: not JSON"),
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
