"""`python -m events` as a user runs it: formats, exit codes, bad input."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

REQUIRED = {
    "event_id", "article_id", "event_type", "cameo", "date", "date_precision", "date_basis", "end_date",
    "title", "actors", "actor1", "actor2", "attribution", "countries", "location", "quote", "trigger",
    "spans", "confidence", "sources",
}


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "events", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd or ROOT,
        timeout=120,
    )


def lines(out: bytes) -> list[dict]:
    return [json.loads(x) for x in out.decode("utf-8").splitlines() if x.strip()]


ARABIC = "عنوان الخبر\nقطعت السعودية والإمارات علاقاتها الدبلوماسية مع قطر يوم 5 يونيو 2017.\n"
ENGLISH = "Headline\nSaudi Arabia cut diplomatic ties with Qatar on 5 June 2017.\n"


@pytest.mark.parametrize(("text", "lang"), [(ARABIC, "ar"), (ENGLISH, "en")])
def test_extract_jsonl_fields(tmp_path, text, lang):
    f = tmp_path / "a.txt"
    f.write_text(text, encoding="utf-8")
    done = run("extract", str(f), "--published", "2017-06-06")
    assert done.returncode == 0, done.stderr.decode()
    events = lines(done.stdout)
    assert events
    for e in events:
        assert set(e) >= REQUIRED
        assert e["article_id"] == str(f)
    sanctions = [e for e in events if e["event_type"] == "sanctions"]
    assert sanctions and sanctions[0]["date"] == "2017-06-05"
    assert {"SAU", "QAT"} <= set(sanctions[0]["countries"])
    assert sanctions[0]["language"] == lang


def test_extract_runs_from_any_directory(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARABIC, encoding="utf-8")
    done = run("extract", str(f), cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()


def test_event_ids_are_stable(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARABIC, encoding="utf-8")
    first = [e["event_id"] for e in lines(run("extract", str(f)).stdout)]
    second = [e["event_id"] for e in lines(run("extract", str(f)).stdout)]
    assert first and first == second


def test_bad_input_is_reported_and_skipped(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARABIC, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "x1", "text": ARABIC}, ensure_ascii=False) + "\n{not json\n"
        + json.dumps({"id": "x3", "text": ENGLISH}) + "\n",
        encoding="utf-8",
    )
    done = run("extract", str(tmp_path), str(tmp_path / "missing.txt"), "--published", "2017-06-06")
    err = done.stderr.decode()
    assert done.returncode == 3
    assert "Traceback" not in err
    assert "c.jsonl:2" in err
    assert "missing.txt" in err
    assert "empty.txt" in err
    assert "binary.txt" in err
    ids = {e["article_id"] for e in lines(done.stdout)}
    assert {"x1", "x3", str(good)} <= ids


def test_stdin(tmp_path):
    done = run("extract", "-", "--published", "2017-06-06", stdin=ARABIC.encode("utf-8"))
    assert done.returncode == 0, done.stderr.decode()
    assert any(e["event_type"] == "sanctions" for e in lines(done.stdout))


def test_usage_error_exit_2():
    assert run("extract", "x.txt", "--published", "yesterday").returncode == 2
    assert run("nonsense").returncode == 2


def test_csv_and_table_formats(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARABIC, encoding="utf-8")
    out = run("extract", str(f), "--format", "csv").stdout.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and rows[0]["event_type"]
    table = run("extract", str(f), "--format", "table").stdout.decode("utf-8")
    assert table.splitlines()[0].startswith("date | date_basis | event_type")


def test_dates_command(turkey_qatar_path):
    done = run("dates", str(turkey_qatar_path), "--published", "2020-11-10")
    assert done.returncode == 0, done.stderr.decode()
    found = lines(done.stdout)
    values = {(d["value"], d["precision"]) for d in found}
    assert ("2017-06", "month") in values
    assert not any(d["value"].startswith("2020-05-05") for d in found)
    text = turkey_qatar_path.read_text(encoding="utf-8").split("\n", 1)[1]
    for d in found:
        assert text[d["start"] : d["end"]] == d["text"]
