"""Input readers: every format, encoding and failure becomes Articles or ReadProblems, never an exception."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events import readers
from events.encoding import decode_bytes
from events.model import Article
from events.readers import ReadProblem, detect_language, html_to_text, normalize_published, read_inputs

AR_TITLE = "أمير قطر يزور أنقرة"
AR_BODY = "وصل أمير قطر الشيخ تميم بن حمد إلى أنقرة اليوم في زيارة رسمية.\nوالتقى الرئيس التركي رجب طيب أردوغان."
EN_TITLE = "Emir of Qatar visits Ankara"
EN_BODY = "The Emir of Qatar arrived in Ankara on Tuesday for an official visit.\nHe met the Turkish president."


def read(*paths: Path | str, **kwargs) -> list[Article | ReadProblem]:
    return list(read_inputs([str(p) for p in paths], **kwargs))


def articles(items: list[Article | ReadProblem]) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def problems(items: list[Article | ReadProblem]) -> list[ReadProblem]:
    return [item for item in items if isinstance(item, ReadProblem)]


def write(path: Path, content: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


# ---------------------------------------------------------------- .txt


@pytest.mark.parametrize(
    ("content", "title", "text"),
    [
        (f"{AR_TITLE}\n{AR_BODY}\n", AR_TITLE, AR_BODY),
        (f"{EN_TITLE}\n\n{EN_BODY}", EN_TITLE, EN_BODY),
        (f"\n\n  {AR_TITLE}  \r\n{AR_BODY}\r\n\r\n", AR_TITLE, AR_BODY),
        ("وصل أمير قطر إلى أنقرة اليوم.\n", "", "وصل أمير قطر إلى أنقرة اليوم."),
        ("The Emir arrived in Ankara.", "", "The Emir arrived in Ankara."),
        ("x" * 400 + "\nsecond line", "", "x" * 400 + "\nsecond line"),
    ],
    ids=["ar", "en-blank-line", "ar-crlf-padding", "ar-one-line", "en-one-line", "long-first-line"],
)
def test_txt_title_rule(tmp_path: Path, content: str, title: str, text: str) -> None:
    path = write(tmp_path / "a.txt", content)
    [article] = read(path)
    assert isinstance(article, Article)
    assert (article.title, article.text) == (title, text)
    assert article.id == str(path)
    assert article.published is None


@pytest.mark.parametrize(
    ("content", "language"),
    [(f"{AR_TITLE}\n{AR_BODY}", "ar"), (f"{EN_TITLE}\n{EN_BODY}", "en")],
)
def test_txt_published_and_language(tmp_path: Path, content: str, language: str) -> None:
    [article] = read(write(tmp_path / "a.txt", content), published="2017-12-13")
    assert isinstance(article, Article)
    assert article.published == "2017-12-13"
    assert article.language == language


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"])
@pytest.mark.parametrize(("title", "body"), [(AR_TITLE, AR_BODY), (EN_TITLE, EN_BODY)], ids=["ar", "en"])
def test_txt_encodings(tmp_path: Path, encoding: str, title: str, body: str) -> None:
    [article] = read(write(tmp_path / "a.txt", f"{title}\n{body}\n", encoding))
    assert isinstance(article, Article), article
    assert (article.title, article.text) == (title, body)


@pytest.mark.parametrize(
    ("text", "encoding", "found"),
    [
        ("قالت الرئاسة التركية إن الصحفي «جمال خاشقجي» لا يزال في القنصلية؟", "cp1256", "windows-1256"),
        ("L'émir du Qatar est arrivé à Ankara pour une visite d'État, a déclaré l'agence.", "cp1252", "windows-1252"),
        ("Die Außenminister trafen sich in München und Köln.", "cp1252", "windows-1252"),
        (
            "Tunis : le ministre a reçu l'ambassadeur. قال الوزير إن الزيارة ناجحة جدا وإنها مهمة.",
            "cp1256",
            "windows-1256",
        ),
    ],
    ids=["ar-cp1256", "fr-cp1252", "de-cp1252", "mixed-cp1256"],
)
def test_single_byte_fallbacks(text: str, encoding: str, found: str) -> None:
    decoded = decode_bytes(text.encode(encoding))
    assert (decoded.text, decoded.encoding) == (text, found)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (bytes(range(256)) * 4, "binary file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary file"),
        ("خبر".encode() + b"\x01\x02\x03\x04\x05\x06\x07\x08", "binary file"),
        (bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xA4, 0xA6, 0xA8, 0xAC, 0xB1]) * 20, "cannot decode"),
    ],
    ids=["all-bytes", "png", "controls", "undecodable"],
)
def test_binary_and_undecodable(tmp_path: Path, content: bytes, message: str) -> None:
    [problem] = read(write(tmp_path / "a.txt", content))
    assert isinstance(problem, ReadProblem)
    assert problem.message.startswith(message)


def _broken(text: str, at: int) -> bytes:
    """`text` in UTF-8 with one stray byte put in after `at` characters (a broken download)."""
    return text[:at].encode() + b"\xff" + text[at:].encode()


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        (_broken(f"{AR_TITLE}\n{AR_BODY}", 30), ["الشيخ تميم بن حمد", "والتقى الرئيس التركي"]),
        (_broken(f"{EN_TITLE}\nL'émir du Qatar est arrivé à Ankara, a déclaré l'agence: {EN_BODY}", 40), ["arrivé", "Turkish"]),
    ],
    ids=["ar", "en-accents"],
)
def test_utf8_with_a_broken_byte_is_read_as_utf8_and_reported(tmp_path: Path, content: bytes, kept: list[str]) -> None:
    # read as Windows-1256, UTF-8 Arabic turns into mojibake that still looks like Arabic letters
    path = write(tmp_path / "a.txt", content)
    items = read(path)
    [article] = articles(items)
    assert all(words in article.text for words in kept)
    assert article.text.count("\ufffd") == 1
    [problem] = problems(items)
    assert (problem.path, problem.line) == (str(path), None)
    assert problem.message.startswith("1 invalid UTF-8 byte sequence (read as U+FFFD)")


def test_utf8_with_a_broken_byte_in_jsonl_and_html(tmp_path: Path) -> None:
    line = json.dumps({"id": "ar-1", "text": AR_BODY}, ensure_ascii=False)
    at = line.index("تميم")
    path = write(tmp_path / "c.jsonl", line[:at].encode() + b"\xfe" + line[at:].encode() + b"\n" + jsonl({"text": EN_BODY}).encode())
    items = read(path)
    assert [type(item) for item in items] == [Article, ReadProblem, Article]
    assert "الشيخ \ufffdتميم" in items[0].text
    assert (items[1].line, items[1].message) == (1, "1 invalid UTF-8 byte sequence (read as U+FFFD); the rest was read")
    page = f'<html><head><meta charset="utf-8"><title>{AR_TITLE}</title></head><body><p>{AR_BODY}</p></body></html>'
    cut = page.index("تميم")
    items = read(write(tmp_path / "p.html", page[:cut].encode() + b"\xff" + page[cut:].encode()))
    [article] = articles(items)
    assert "والتقى الرئيس التركي" in article.text
    assert len(problems(items)) == 1


@pytest.mark.parametrize(
    "content",
    [
        # UTF-8 Arabic cut into pieces: neither UTF-8 nor a single-byte text, not read as mojibake
        "قصف".encode() + b"\xff\xfe",
        b"".join("خبر عاجل من الدوحة".encode()[i : i + 3] + b"\xff" for i in range(0, 33, 3)),
    ],
    ids=["short", "every-third-byte"],
)
def test_badly_broken_utf8_arabic_is_not_read_as_windows_1256(tmp_path: Path, content: bytes) -> None:
    [problem] = read(write(tmp_path / "a.txt", content))
    assert isinstance(problem, ReadProblem)
    assert problem.message.startswith("cannot decode")


# ---------------------------------------------------------------- .jsonl


def jsonl(*rows: object) -> str:
    return "".join((row if isinstance(row, str) else json.dumps(row, ensure_ascii=False)) + "\n" for row in rows)


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ("{not json", "not JSON"),
        ('["a", "list"]', "not a JSON object"),
        ('{"title": "بلا نص"}', "no text field"),
        ('{"text": 42}', "text is not a string"),
        ('{"text": "   \\n "}', "empty article"),
    ],
)
def test_jsonl_bad_middle_line(tmp_path: Path, bad_line: str, message: str) -> None:
    path = write(
        tmp_path / "c.jsonl",
        jsonl(
            {"id": "ar-1", "text": AR_BODY, "title": AR_TITLE}, bad_line, {"text": EN_BODY, "published": "2017-06-05"}
        ),
    )
    items = read(path)
    assert [type(item) for item in items] == [Article, ReadProblem, Article]
    first, problem, second = items
    assert isinstance(first, Article) and isinstance(second, Article) and isinstance(problem, ReadProblem)
    assert (problem.path, problem.line) == (str(path), 2)
    assert message in problem.message
    assert (first.id, first.title, first.language) == ("ar-1", AR_TITLE, "ar")
    assert (second.id, second.published, second.language) == (f"{path}:3", "2017-06-05", "en")


@pytest.mark.parametrize(
    ("row", "field", "expected"),
    [
        ({"text": AR_BODY, "published": "2017-06-05T10:00:00Z"}, "published", "2017-06-05"),
        ({"text": AR_BODY, "published": "not a date"}, "published", "2001-01-01"),
        ({"text": AR_BODY}, "published", "2001-01-01"),
        ({"text": EN_BODY, "language": "en-GB"}, "language", "en"),
        ({"text": AR_BODY, "language": None}, "language", "ar"),
        ({"text": EN_BODY, "url": "https://example.com/a", "source": "Example"}, "url", "https://example.com/a"),
        ({"text": EN_BODY, "source": "  Example "}, "source", "Example"),
        ({"text": EN_BODY, "id": 17}, "id", "17"),
        ({"body": AR_BODY, "headline": AR_TITLE}, "title", AR_TITLE),
        ({"Text": EN_BODY, "Title": " An  English\ntitle "}, "title", "An English title"),
    ],
)
def test_jsonl_fields(tmp_path: Path, row: dict, field: str, expected: str) -> None:
    [article] = articles(read(write(tmp_path / "c.jsonl", jsonl(row)), published="2001-01-01"))  # (and any notice)
    assert isinstance(article, Article)
    assert getattr(article, field) == expected


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1256"])
def test_jsonl_encodings(tmp_path: Path, encoding: str) -> None:
    content = jsonl({"text": AR_BODY, "title": AR_TITLE}, "", {"text": EN_BODY})
    items = read(write(tmp_path / "c.jsonl", content, encoding))
    assert [(a.title, a.text) for a in articles(items)] == [(AR_TITLE, AR_BODY), ("", EN_BODY)]
    assert problems(items) == []


def test_jsonl_overlong_line_is_skipped(tmp_path: Path) -> None:
    path = write(tmp_path / "c.jsonl", jsonl({"text": "قصير"}, {"text": "ط" * 5000}, {"text": "short"}))
    items = read(path, max_line_bytes=1000)
    assert [a.text for a in articles(items)] == ["قصير", "short"]
    [problem] = problems(items)
    assert problem.line == 2 and "longer than 1000 bytes" in problem.message


def test_jsonl_gives_up_on_a_file_of_garbage(tmp_path: Path) -> None:
    path = write(tmp_path / "c.jsonl", "not json at all\n" * 500)
    items = read(path)
    assert len(items) == readers.MAX_PROBLEMS_IN_A_ROW + 1
    assert "rest of file skipped" in items[-1].message


# ---------------------------------------------------------------- .csv


def test_csv_rows_quoted_newlines_and_missing_text(tmp_path: Path) -> None:
    quoted_body = EN_BODY.replace("Ankara", '""Ankara""')
    content = (
        "id,title,text,published,language\r\n"
        f'ar-1,{AR_TITLE},"{AR_BODY}",05/06/2017,\r\n'
        ",no text here,,2017-06-06,en\r\n"
        f',"Quoted, title","{quoted_body}",,\r\n'
        ",,only three fields\r\n"
    )
    path = write(tmp_path / "c.csv", content)
    items = read(path)
    assert [type(item) for item in items] == [Article, ReadProblem, Article, Article]
    first, problem, third, fourth = items
    assert isinstance(first, Article) and isinstance(third, Article) and isinstance(fourth, Article)
    assert (first.id, first.title, first.text, first.published, first.language) == (
        "ar-1",
        AR_TITLE,
        AR_BODY,
        "2017-06-05",
        "ar",
    )
    assert (problem.line, problem.message) == (4, "empty article")
    assert third.id == f"{path}:5"
    assert third.title == "Quoted, title"
    assert third.text == EN_BODY.replace("Ankara", '"Ankara"')
    assert fourth.id == f"{path}:7" and fourth.text == "only three fields"


@pytest.mark.parametrize(
    ("content", "texts", "lines"),
    [
        ("title;text\nعنوان;نص عربي\nTitle;English text\n", ["نص عربي", "English text"], []),
        ("title\ttext\nعنوان\tنص عربي\n", ["نص عربي"], []),
        ("title,body\nعنوان,نص عربي\n", ["نص عربي"], []),
        ("title,text\na,b,c,d\nعنوان,نص\n", ["نص"], [2]),
        ("title,headline\na,b\n", [], [1]),
        ('title,text\n5" screen,نص\nb,نص آخر\n', ["نص", "نص آخر"], []),
        ('title,text\na,"x ""q"" y"\n\nb,"multi\r\nline"\n', ['x "q" y', "multi\nline"], []),
    ],
    ids=["semicolon", "tab", "alias", "too-many-fields", "no-text-column", "stray-quote", "escaped-quotes"],
)
def test_csv_variants(tmp_path: Path, content: str, texts: list[str], lines: list[int]) -> None:
    items = read(write(tmp_path / "c.csv", content))
    assert [a.text for a in articles(items)] == texts
    assert [p.line for p in problems(items)] == lines


@pytest.mark.parametrize(
    ("content", "texts", "message"),
    [
        (  # a stray quote opens a field that a later quote closes in mid-field: rows 2-3 would merge
            'id,text\n1,"Qatar cut ties\n2,He said "no" today\n3,Erdogan visited Doha\n',
            ["Erdogan visited Doha"],
            ':2: bad CSV row: a quoted field runs from line 2 to line 3 (\',\' expected after \'"\'); lines 2-3 skipped',
        ),
        (  # a quote never closed: the rest of the file would be one field
            'id,text\n1,Erdogan visited Doha\n2,"cut off\n3,more\n4,and more\n',
            ["Erdogan visited Doha"],
            ":3: bad CSV row: a quoted field runs from line 3 to the end of the file (unexpected end of data)",
        ),
        (
            'id,text\n1,"Erdogan visited Doha\n'.replace("\n", "\r\n"),
            [],
            ":2: bad CSV row: a quoted field runs from line 2 to the end of the file",
        ),
        ('id;text\n1;"two\nlines"\n2;"a ""quoted"" word\nhere"\n', ["two\nlines", 'a "quoted" word\nhere'], None),
        ('id,text\n1,"abc"def\n', ["abcdef"], None),  # a sloppy quote inside one line is read as before
    ],
)
def test_csv_quote_that_joins_lines_is_a_row_problem(
    tmp_path: Path, content: str, texts: list[str], message: str | None
) -> None:
    items = read(write(tmp_path / "a.csv", content))
    assert [a.text for a in articles(items)] == texts
    found = [str(p) for p in problems(items)]
    if message:
        assert any(message in p for p in found), found
    else:
        assert found == []


@pytest.mark.parametrize(
    ("name", "content", "texts", "message"),
    [
        ("a.csv", b"id,text\n1,hello\x00world\n", [], "binary file"),
        ("a.jsonl", b'{"text": "a\x00b"}\n', [], "binary file"),
        ("b.csv", "id,text\n1,Erdogan visited Doha\n".encode("utf-16-le"), ["Erdogan visited Doha"], None),
        ("b.jsonl", '{"text": "زار أردوغان الدوحة"}\n'.encode("utf-16-be"), ["زار أردوغان الدوحة"], None),
    ],
)
def test_line_files_with_nul_bytes(tmp_path: Path, name: str, content: bytes, texts: list[str], message) -> None:
    items = read(write(tmp_path / name, content))
    assert [a.text for a in articles(items)] == texts
    assert [p.message for p in problems(items)] == ([message] if message else [])


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1256"])
def test_csv_encodings(tmp_path: Path, encoding: str) -> None:
    content = f'id,title,text\r\n1,{AR_TITLE},"{AR_BODY}"\r\n2,{EN_TITLE},{EN_BODY.splitlines()[0]}\r\n'
    items = read(write(tmp_path / "c.csv", content, encoding))
    assert problems(items) == []
    assert [(a.id, a.title, a.text) for a in articles(items)] == [
        ("1", AR_TITLE, AR_BODY),
        ("2", EN_TITLE, EN_BODY.splitlines()[0]),
    ]


def test_csv_field_over_limit_is_a_row_problem(tmp_path: Path) -> None:
    field = "نص عربي\n" * 100  # short lines, one long field
    content = f'title,text\na,"{field}"\nb,short\n'
    items = read(write(tmp_path / "c.csv", content, "cp1256"), max_line_bytes=500)
    assert [a.text for a in articles(items)] == ["short"]
    [problem] = problems(items)
    assert problem.line == 2 and "longer than 500 characters" in problem.message


def test_csv_big_fields_are_read(tmp_path: Path) -> None:
    body = "قالت الرئاسة التركية " * 20_000  # far above csv's default field limit of 131072
    [article] = read(write(tmp_path / "c.csv", f'title,text\nعنوان,"{body}"\n'))
    assert isinstance(article, Article) and article.text == body.strip()


# ---------------------------------------------------------------- .html

HTML_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{title}</title>
<meta property="article:published_time" content="2017-12-13T09:30:00+03:00">
<link rel="canonical" href="https://example.com/news/{lang}/1">
<script>var tracking = "SCRIPT_MUST_NOT_APPEAR";</script>
<style>body {{ color: red; }}</style>
</head><body><nav><a href="/">Home</a></nav>
<article><h1>{title}</h1>
{paragraphs}
</article><script>console.log("SCRIPT_MUST_NOT_APPEAR")</script></body></html>
"""


@pytest.mark.parametrize(
    ("lang", "title", "body"),
    [("ar", AR_TITLE, AR_BODY), ("en", EN_TITLE, EN_BODY)],
)
def test_html_page(tmp_path: Path, lang: str, title: str, body: str) -> None:
    paragraphs = "\n".join(f"<p>{line}</p>" for line in body.splitlines())
    page = HTML_PAGE.format(lang=lang, title=title, paragraphs=paragraphs)
    [article] = read(write(tmp_path / "page.html", page))
    assert isinstance(article, Article), article
    assert article.title == title
    assert article.published == "2017-12-13"
    assert article.url == f"https://example.com/news/{lang}/1"
    assert article.language == lang
    assert "SCRIPT_MUST_NOT_APPEAR" not in article.text and "color" not in article.text
    for line in body.splitlines():
        assert line in article.text
    assert not article.text.startswith(title)


def test_html_windows_1256_declared(tmp_path: Path) -> None:
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>{AR_BODY}</p></body></html>'
    [article] = read(write(tmp_path / "page.htm", page, "cp1256"), published="2017-01-02")
    assert isinstance(article, Article)
    assert "أمير قطر" in article.text
    assert article.published == "2017-01-02"


# ---------------------------------------------------------------- feeds

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>أخبار</title><link>https://example.com/</link><language>ar</language>
<item><title>{t1}</title><link>https://example.com/1</link><guid>urn:news:1</guid>
<pubDate>Wed, 13 Dec 2017 01:30:00 +0300</pubDate>
<description><![CDATA[<p>{b1}</p><script>alert("SCRIPT_MUST_NOT_APPEAR")</script>]]></description></item>
<item><title>{t2}</title><link>https://example.com/2</link>
<pubDate>Thu, 14 Dec 2017 10:00:00 GMT</pubDate><description>{b2}</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><id>urn:feed</id><updated>2017-12-14T10:00:00Z</updated>
<entry><title>{t1}</title><id>urn:news:1</id><link href="https://example.com/1"/>
<published>2017-12-13T01:30:00+03:00</published><updated>2017-12-15T00:00:00Z</updated>
<content type="html">&lt;p&gt;{b1}&lt;/p&gt;</content></entry>
<entry><title>{t2}</title><id>urn:news:2</id><link href="https://example.com/2"/>
<updated>2017-12-14T10:00:00Z</updated><summary>{b2}</summary></entry>
</feed>"""


@pytest.mark.parametrize("template", [RSS, ATOM], ids=["rss", "atom"])
@pytest.mark.parametrize("suffix", [".xml", ".rss", ".atom", ".txt"])
def test_feed_entries(tmp_path: Path, template: str, suffix: str) -> None:
    feed = template.format(t1=AR_TITLE, b1=AR_BODY.replace("\n", " "), t2=EN_TITLE, b2=EN_BODY.replace("\n", " "))
    items = read(write(tmp_path / f"feed{suffix}", feed))
    assert problems(items) == []
    first, second = articles(items)
    assert (first.id, first.title, first.url, first.published) == (
        "urn:news:1",
        AR_TITLE,
        "https://example.com/1",
        "2017-12-13",
    )
    assert first.text == AR_BODY.replace("\n", " ")
    assert "SCRIPT_MUST_NOT_APPEAR" not in first.text
    assert (second.title, second.text, second.published, second.language) == (
        EN_TITLE,
        EN_BODY.replace("\n", " "),
        "2017-12-14",
        "en",
    )
    assert first.language == "ar"


@pytest.mark.parametrize(
    ("written", "published"),
    [
        ("Mon, 05 Jun 2017 10:00:00 GMT", "2017-06-05"),
        ("2017-06-05T23:30:00-05:00", "2017-06-05"),
        ("2017-13-45T00:00:00Z", "2020-01-01"),  # feedparser rolls it over to 2018-01-01
        ("2017-02-30", "2020-01-01"),
        ("99999999999999999999", "2020-01-01"),  # feedparser: 9999-12-01
        ("0001-01-01T00:00:00Z", "2020-01-01"),
        ("2999-01-01T00:00:00Z", "2020-01-01"),
        ("Mon, 32 Jun 2017 10:00:00 GMT", "2020-01-01"),
        ("yesterday", "2020-01-01"),
    ],
)
def test_feed_entry_with_an_impossible_date_takes_the_default(tmp_path: Path, written: str, published: str) -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title>'
        f"<pubDate>{written}</pubDate><description>{EN_BODY}</description></item></channel></rss>"
    )
    items = read(write(tmp_path / "a.rss", feed), published="2020-01-01")
    [article] = articles(items)
    assert article.published == published
    # a date written but not read is said (`ReadNotice`), before its article
    assert [type(i).__name__ for i in items] == (["Article"] if published != "2020-01-01" else ["ReadNotice", "Article"])


def test_feed_without_entries(tmp_path: Path) -> None:
    [problem] = read(write(tmp_path / "a.xml", '<?xml version="1.0"?><catalog><book id="1"/></catalog>'))
    assert isinstance(problem, ReadProblem) and "no entries" in problem.message


def test_feed_entry_without_text(tmp_path: Path) -> None:
    feed = RSS.format(t1=AR_TITLE, b1="", t2=EN_TITLE, b2=EN_BODY)
    items = read(write(tmp_path / "a.rss", feed))
    assert [a.title for a in articles(items)] == [EN_TITLE]
    [problem] = problems(items)
    assert problem.message == "entry 1: empty article"


# ---------------------------------------------------------------- .json


@pytest.mark.parametrize(
    ("content", "ids"),
    [
        (json.dumps({"text": AR_BODY}, ensure_ascii=False), ["{path}"]),
        (json.dumps([{"text": AR_BODY, "id": "x"}, {"text": EN_BODY}]), ["x", "{path}:2"]),
        (jsonl({"text": AR_BODY}, {"text": EN_BODY}), ["{path}:1", "{path}:2"]),
    ],
    ids=["object", "list", "json-lines"],
)
def test_json_documents(tmp_path: Path, content: str, ids: list[str]) -> None:
    path = write(tmp_path / "a.json", content)
    assert [a.id for a in articles(read(path))] == [i.format(path=path) for i in ids]


# ---------------------------------------------------------------- folders and paths


def test_folder_recursive_sorted_skipping_hidden_and_unknown(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", AR_BODY)
    write(tmp_path / "a" / "z.txt", EN_BODY)
    write(tmp_path / "a" / "deeper" / "m.jsonl", jsonl({"id": "m1", "text": AR_BODY}))
    write(tmp_path / ".hidden.txt", EN_BODY)
    write(tmp_path / ".git" / "x.txt", EN_BODY)
    write(tmp_path / "notes.docx", b"PK\x03\x04")
    write(tmp_path / "README", "just a readme")
    items = read(tmp_path)
    assert problems(items) == []
    assert [a.id for a in articles(items)] == ["m1", str(tmp_path / "a" / "z.txt"), str(tmp_path / "b.txt")]


def test_folder_loop_is_reported_once(tmp_path: Path) -> None:
    write(tmp_path / "a" / "x.txt", AR_BODY)
    os.symlink(tmp_path / "a", tmp_path / "a" / "loop")
    items = read(tmp_path)
    assert [a.id for a in articles(items)] == [str(tmp_path / "a" / "x.txt")]
    [problem] = problems(items)
    assert "loop" in problem.message


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.docx", b"PK\x03\x04 not text", "unknown file type"),
        ("empty.txt", b"", "empty file"),
        ("blank.html", b"  \n\t ", "empty file"),
        ("empty.jsonl", b"", "empty file"),
    ],
)
def test_named_file_problems(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = write(tmp_path / name, content)
    [problem] = read(path)
    assert isinstance(problem, ReadProblem)
    assert problem.path == str(path) and message in problem.message


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: os.mkfifo(p), "not a regular file (a pipe, socket or device), not read"),
        (lambda p: os.symlink(p.name, p), "Too many levels of symbolic links"),
        (lambda p: os.symlink("missing.txt", p), "No such file or directory"),
    ],
    ids=["fifo", "symlink-loop", "dangling"],
)
def test_folder_entries_that_are_not_files_are_named_and_never_block(tmp_path: Path, make, message: str) -> None:
    write(tmp_path / "a.txt", f"{EN_TITLE}\n{EN_BODY}")
    make(tmp_path / "b.txt")
    items = read(tmp_path)
    assert [a.title for a in articles(items)] == [EN_TITLE]
    assert [(Path(p.path).name, p.message) for p in problems(items)] == [("b.txt", message)]


def test_named_file_without_extension_is_sniffed(tmp_path: Path) -> None:
    feed = RSS.format(t1=AR_TITLE, b1=AR_BODY, t2=EN_TITLE, b2=EN_BODY)
    assert len(articles(read(write(tmp_path / "feed", feed)))) == 2


def test_missing_path_and_unreadable_symlinks(tmp_path: Path) -> None:
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "broken.txt")
    os.symlink(tmp_path / "self.txt", tmp_path / "self.txt")
    items = read(tmp_path / "missing.txt", tmp_path)
    assert [(p.path, p.message) for p in problems(items)] == [
        (str(tmp_path / "missing.txt"), "No such file or directory"),
        (str(tmp_path / "broken.txt"), "No such file or directory"),
        (str(tmp_path / "self.txt"), "Too many levels of symbolic links"),
    ]
    assert str(problems(items)[0]) == f"{tmp_path / 'missing.txt'}: No such file or directory"


@pytest.mark.parametrize("name", ["a.txt", "a.jsonl", "a.csv"])
def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    path = write(tmp_path / name, AR_BODY)
    if os.geteuid() == 0:  # root reads any file: make opening fail the way it fails for a user

        def denied(file: str, *args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied", file)

        monkeypatch.setattr(readers, "open", denied, raising=False)
    else:
        path.chmod(0)
    [problem] = read(path)
    assert isinstance(problem, ReadProblem)
    assert (problem.path, problem.message) == (str(path), "Permission denied")


@pytest.mark.parametrize("name", ["a.txt", "a.html", "a.rss"])
def test_oversize_documents_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    path = write(tmp_path / name, AR_BODY * 10)
    [problem] = read(path, max_file_bytes=100)
    assert isinstance(problem, ReadProblem) and "too large" in problem.message
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 100)
    [problem] = read(path)
    assert isinstance(problem, ReadProblem) and "too large" in problem.message


def test_order_across_paths_and_problems_do_not_stop_the_run(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", EN_BODY)
    items = read(tmp_path / "missing.txt", good, tmp_path / "missing.csv")
    assert [type(i) for i in items] == [ReadProblem, Article, ReadProblem]


def test_unexpected_error_becomes_a_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object) -> None:
        raise RuntimeError("kaput")

    monkeypatch.setattr(readers, "_read_text", boom)
    path = write(tmp_path / "a.txt", AR_BODY)
    [problem] = read(path)
    assert isinstance(problem, ReadProblem)
    assert str(problem) == f"{path}: unexpected error: RuntimeError: kaput"


# ---------------------------------------------------------------- stdin


@pytest.mark.parametrize(
    ("content", "ids", "titles"),
    [
        (jsonl({"text": AR_BODY, "title": AR_TITLE}, {"text": EN_BODY}), ["<stdin>:1", "<stdin>:2"], [AR_TITLE, ""]),
        (f"  {AR_TITLE}\n{AR_BODY}", ["<stdin>"], [AR_TITLE]),
        (HTML_PAGE.format(lang="en", title=EN_TITLE, paragraphs=f"<p>{EN_BODY}</p>"), ["<stdin>"], [EN_TITLE]),
        (
            RSS.format(t1=AR_TITLE, b1=AR_BODY, t2=EN_TITLE, b2=EN_BODY),
            ["urn:news:1", "https://example.com/2"],
            [AR_TITLE, EN_TITLE],
        ),
    ],
    ids=["jsonl", "text", "html", "rss"],
)
def test_stdin(content: str, ids: list[str], titles: list[str]) -> None:
    items = list(read_inputs(["-"], stdin=io.BytesIO(content.encode("utf-8")), published="2018-01-01"))
    assert problems(items) == []
    assert [a.id for a in items] == ids
    assert [a.title for a in articles(items)] == titles


@pytest.mark.parametrize(
    ("content", "ids", "texts"),
    [
        ('id,title,text\n7,T,"Erdogan visited\nDoha"\n8,U,Qatar\n', ["7", "8"], ["Erdogan visited\nDoha", "Qatar"]),
        ('\ufeff"ID";"Headline";"Body"\r\n1;a;one\r\n2;b;two\r\n', ["1", "2"], ["one", "two"]),
        ("title\ttext\nT\tEn tab\n", ["<stdin>:2"], ["En tab"]),
        ("Text, titles and tables\nare words an article may open with.\n", ["<stdin>"], ["are words an article may open with."]),
        ("text\nA one-word first line is a title.\n", ["<stdin>"], ["A one-word first line is a title."]),
    ],
    ids=["csv", "semicolon-bom-crlf", "tsv", "prose-with-commas", "one-word"],
)
def test_stdin_csv_is_read_as_rows(content: str, ids: list[str], texts: list[str]) -> None:
    items = list(read_inputs(["-"], stdin=io.BytesIO(content.encode("utf-8"))))
    assert problems(items) == []
    assert [a.id for a in items] == ids
    assert [a.text for a in articles(items)] == texts


def test_stdin_utf16_jsonl_and_empty() -> None:
    data = jsonl({"text": AR_BODY}).encode("utf-16")
    [article] = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert isinstance(article, Article) and article.text == AR_BODY
    [problem] = list(read_inputs(["-"], stdin=io.BytesIO(b"")))
    assert str(problem) == "<stdin>: empty input"


# ---------------------------------------------------------------- language, dates, HTML text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (AR_BODY, "ar"),
        ("قال الرئيس Recep Tayyip Erdoğan إن تركيا ستبقى في قطر.", "ar"),
        ("زار أردوغان الدوحة", "ar"),
        (EN_BODY, "en"),
        ("The word الدوحة means Doha in Arabic, and it is the capital of Qatar.", "en"),
        ("L'émir du Qatar est arrivé à Ankara pour une visite officielle avec le président.", "fr"),
        ("Le ministre des affaires étrangères a déclaré que les relations sont bonnes.", "fr"),
        ("", "en"),
        ("12345 !!!", "en"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-06-05", "2017-06-05"),
        ("2017-06-05T23:30:00-05:00", "2017-06-05"),
        ("2017-06-05 10:00:00", "2017-06-05"),
        ("2017/6/5", "2017-06-05"),
        ("20170605", "2017-06-05"),
        ("05/06/2017", "2017-06-05"),
        ("06/25/2017", "2017-06-25"),
        ("5.6.2017", "2017-06-05"),
        ("Mon, 05 Jun 2017 10:00:00 GMT", "2017-06-05"),
        ("Wed, 13 Dec 2017 01:30:00 +0300", "2017-12-13"),
        ("05 Jun 17 10:00 GMT", "2017-06-05"),
        ("June 5, 2017", "2017-06-05"),
        ("5th of June 2017", "2017-06-05"),
        ("5 juin 2017", "2017-06-05"),
        ("1er décembre 2017", "2017-12-01"),
        ("5 يونيو 2017", "2017-06-05"),
        ("٥ حزيران ٢٠١٧", "2017-06-05"),
        ("الثلاثاء 3 تشرين الأول 2017", "2017-10-03"),
        ("12 جويلية 2017", "2017-07-12"),
        ("1496656800", "2017-06-05"),
        ("1496656800000", "2017-06-05"),
        ("31/02/2017", None),
        ("2017-13-01", None),
        ("June 2017", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_published(value: str | None, expected: str | None) -> None:
    assert normalize_published(value) == expected


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("<p>وصل <b>الأمير</b> إلى أنقرة</p><p>ثم غادر</p>", "وصل الأمير إلى أنقرة\nثم غادر"),
        ("Qatar &amp; Turkey<br/>sign a deal<script>var x = 1;</script>", "Qatar & Turkey\nsign a deal"),
        ("plain  text", "plain text"),
    ],
)
def test_html_to_text(fragment: str, text: str) -> None:
    assert html_to_text(fragment) == text


def test_read_problem_str() -> None:
    assert str(ReadProblem("c.jsonl", 2, "not JSON")) == "c.jsonl:2: not JSON"
    assert str(ReadProblem("a.txt", None, "binary file")) == "a.txt: binary file"


# ---------------------------------------------------------------- never raises

EXTENSIONS = [".txt", ".jsonl", ".csv", ".json", ".html", ".xml", ".rss", ".atom", ""]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(EXTENSIONS))
def test_arbitrary_bytes_never_raise(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = write(tmp_path / f"fuzz{suffix}", data)
    for item in read_inputs([str(path)], max_file_bytes=1500, max_line_bytes=500):
        assert isinstance(item, Article | ReadProblem)
        if isinstance(item, Article):
            assert item.text and item.text == item.text.strip()
            assert item.language in ("ar", "en", "fr") or item.language.isalpha()


@settings(max_examples=40, deadline=None)
@given(text=st.text(max_size=500), prefix=st.sampled_from(["", "{", "<", "<rss>", " \n"]))
def test_arbitrary_stdin_never_raises(text: str, prefix: str) -> None:
    data = (prefix + text).encode("utf-8", errors="surrogatepass")
    for item in read_inputs(["-"], stdin=io.BytesIO(data)):
        assert isinstance(item, Article | ReadProblem)
