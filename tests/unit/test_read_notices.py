"""A publication date written but unreadable: the article is still read, after a notice that says so.

The notice reaches the user on stderr (`extract`, `dates`, `ingest`) and does not count as a skipped input.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from events.model import Article
from events.readers import ReadNotice, ReadProblem, read_inputs
from events.store_cli import main as store_main

AR_TEXT = "قصفت الطائرات مدينة حلب أمس."
EN_TEXT = "Protesters rallied in Cairo on Friday."


def _jsonl(path: Path, text: str, published: object) -> Path:
    path.write_text(json.dumps({"id": "a1", "text": text, "published": published}, ensure_ascii=False) + "\n")
    return path


def _csv(path: Path, text: str, published: object) -> Path:
    path.write_text(f'id,text,published\na1,"{text}",{published}\n', encoding="utf-8")
    return path


def _json(path: Path, text: str, published: object) -> Path:
    path.write_text(json.dumps([{"id": "a1", "text": text, "published": published}], ensure_ascii=False))
    return path


def _feed(path: Path, text: str, published: object) -> Path:
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
        f"<item><title>t</title><description>{text}</description><pubDate>{published}</pubDate></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    return path


WRITERS = {"a.jsonl": _jsonl, "a.csv": _csv, "a.json": _json, "a.rss": _feed}


@pytest.mark.parametrize(
    ("name", "text", "published", "shown"),
    [
        ("a.jsonl", AR_TEXT, "ليس تاريخا", "ليس تاريخا"),
        ("a.jsonl", EN_TEXT, "sometime last spring", "sometime last spring"),
        ("a.jsonl", EN_TEXT, True, "true"),
        ("a.csv", AR_TEXT, "13/45/2017", "13/45/2017"),
        ("a.csv", EN_TEXT, "2017-02-30", "2017-02-30"),
        ("a.json", EN_TEXT, "not a date", "not a date"),
        ("a.rss", EN_TEXT, "Blursday, 99 Smarch 2017", "Blursday, 99 Smarch 2017"),
        ("a.rss", AR_TEXT, "2017-13-45", "2017-13-45"),
    ],
)
def test_an_unreadable_date_gives_a_notice_then_the_article(tmp_path, name, text, published, shown) -> None:
    path = WRITERS[name](tmp_path / name, text, published)
    items = list(read_inputs([str(path)]))
    assert [type(i) for i in items] == [ReadNotice, Article]
    notice, article = items
    assert shown in notice.message and "not understood" in notice.message
    assert "estimated from its text" in notice.message
    assert article.published is None


@pytest.mark.parametrize(
    ("name", "text", "published"),
    [
        ("a.jsonl", AR_TEXT, "2017-06-05"),
        ("a.jsonl", EN_TEXT, ""),
        ("a.jsonl", EN_TEXT, None),
        ("a.jsonl", AR_TEXT, "5 يونيو 2017"),
        ("a.csv", EN_TEXT, ""),
        ("a.csv", AR_TEXT, "05/06/2017"),
        ("a.rss", EN_TEXT, "Mon, 05 Jun 2017 10:00:00 GMT"),
    ],
)
def test_a_readable_or_missing_date_gives_no_notice(tmp_path, name, text, published) -> None:
    path = WRITERS[name](tmp_path / name, text, published)
    items = list(read_inputs([str(path)]))
    assert [type(i) for i in items] == [Article]


def test_the_notice_names_the_date_given_instead(tmp_path) -> None:
    path = _jsonl(tmp_path / "a.jsonl", EN_TEXT, "soon")
    notice, article = list(read_inputs([str(path)], published="2020-01-02"))
    assert isinstance(notice, ReadNotice) and "dated 2020-01-02 as given" in notice.message
    assert str(notice).startswith(f"{path}:1: ")
    assert article.published == "2020-01-02"


def test_an_empty_article_is_a_problem_and_gets_no_notice(tmp_path) -> None:
    path = _jsonl(tmp_path / "a.jsonl", "   ", "soon")
    assert [type(i) for i in read_inputs([str(path)])] == [ReadProblem]


def test_extract_prints_the_note_and_exits_zero(tmp_path, capsys) -> None:
    from events.cli import main

    path = _jsonl(tmp_path / "a.jsonl", AR_TEXT, "غدا")
    assert main(["extract", str(path), "--published", "2020-01-02", "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert "note: " in err and "not understood" in err and "skipped" not in err
    [event] = [json.loads(line) for line in out.splitlines()]
    assert event["date"] == "2020-01-01"  # «أمس» read against the date given


def test_ingest_prints_the_note_and_exits_zero(tmp_path, capsys) -> None:
    path = _csv(tmp_path / "a.csv", EN_TEXT, "Smarch 2017")
    db = str(tmp_path / "store.sqlite")
    assert store_main(["ingest", str(path), "--db", db, "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "note: " in err and "'Smarch 2017' not understood" in err
    assert "1 articles read" in err and "0 inputs skipped" in err
