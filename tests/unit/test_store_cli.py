"""The store's subcommands (`ingest`, `export`, `import`, `corrections`) run in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from events.store_cli import main

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = ROOT / "tests" / "fixtures" / "gdelt" / "gdelt2_events_sample.tsv"


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "cli.sqlite")
    assert main(["import", str(SAMPLE), "--format", "gdelt", "--db", path]) == 0
    return path


def test_import_reports_imported_and_skipped(tmp_path, capsys) -> None:
    path = str(tmp_path / "x.sqlite")
    assert main(["import", str(SAMPLE), "--format", "gdelt", "--db", path]) == 0
    err = capsys.readouterr().err
    assert "300 rows: 146 imported" in err and "skipped" in err


def test_export_timelinejs_to_a_file(db, tmp_path, capsys) -> None:
    out = tmp_path / "timeline.json"
    assert main(["export", "--db", db, "--format", "timelinejs", "--country", "QAT", "-o", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["events"] and all("year" in s["start_date"] for s in doc["events"])
    assert not list(tmp_path.glob("*.part-*"))


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["--format", "csv", "--from", "June"], 2, "not a date"),
        (["--format", "jsonl", "--type", "visit", "--to", "2017-06-30"], 0, "events"),
    ],
)
def test_export_arguments(db, tmp_path, capsys, args, status, message) -> None:
    out = tmp_path / "out.txt"
    assert main(["export", "--db", db, *args, "-o", str(out)]) == status
    assert message in capsys.readouterr().err
    assert out.exists() is (status == 0)


def test_corrections_from_the_command_line(db, capsys) -> None:
    assert main(["export", "--db", db, "--format", "jsonl", "--type", "visit"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    eid = first["event_id"]
    assert main(["corrections", "reject", eid, "--db", db, "--by", "analyst", "--note", "duplicate"]) == 0
    assert main(["corrections", "correct", eid, "--db", db, "--type", "meeting", "--date", "2017-06"]) == 0
    assert main(["corrections", "correct", eid, "--db", db, "--location", "الدوحة,QAT,25.29,51.53"]) == 0
    capsys.readouterr()
    assert main(["corrections", "list", "--db", db, "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["action"] for r in rows] == ["reject", "type", "date", "location"]
    assert rows[0]["author"] == "analyst" and rows[0]["note"] == "duplicate"
    assert main(["corrections", "undo", str(rows[0]["id"]), "--db", db]) == 0
    capsys.readouterr()
    assert main(["export", "--db", db, "--format", "jsonl", "--text", eid]) == 0
    shown = json.loads(capsys.readouterr().out.splitlines()[0])
    assert (shown["event_type"], shown["date"], shown["location"]["name"]) == ("meeting", "2017-06", "الدوحة")


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["corrections", "correct", "gdelt-1", "--type", "picnic"], 2, "unknown event type"),
        (["corrections", "correct", "gdelt-1"], 2, "nothing to correct"),
        (["corrections", "reject", "no-such-event"], 1, "no event"),
        (["corrections", "undo", "999"], 1, "no correction"),
    ],
)
def test_correction_errors(db, capsys, args, status, message) -> None:
    assert main([*args, "--db", db]) == status
    assert message in capsys.readouterr().err


def test_a_file_that_is_not_a_store_is_named_and_untouched(tmp_path, capsys) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("ملاحظات\n", encoding="utf-8")
    assert main(["import", str(SAMPLE), "--format", "gdelt", "--db", str(notes)]) == 1
    err = capsys.readouterr().err
    assert str(notes) in err and "not an events store" in err
    assert notes.read_text(encoding="utf-8") == "ملاحظات\n"


def test_export_from_a_missing_store_does_not_create_one(tmp_path, capsys) -> None:
    path = tmp_path / "none.sqlite"
    assert main(["export", "--db", str(path)]) == 1
    assert "not an events store yet" in capsys.readouterr().err


def test_ingest_with_the_pipeline(tmp_path, capsys) -> None:
    pytest.importorskip("events.actors", reason="the extraction pipeline is not installed")
    article = ROOT / "assets" / "corpus" / "turkey-qatar-base-visit.txt"
    path = str(tmp_path / "p.sqlite")
    args = ["ingest", str(article), "--db", path, "--published", "2020-11-10", "--quiet"]
    assert main(args) == 0
    assert "1 new" in capsys.readouterr().err
    assert main(args) == 0
    assert "1 unchanged" in capsys.readouterr().err


class _ClosedPipe:
    """Standard output whose reader has gone away (`python -m events export | head -1`)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        pass

    def fileno(self) -> int:
        return self.fd


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--format", "csv"],
        ["export", "--format", "jsonl"],
        ["export", "--format", "geojson"],
    ],
)
def test_writing_to_a_closed_pipe_stops_quietly(db, tmp_path, capsys, monkeypatch, args) -> None:
    from events import cli

    capsys.readouterr()
    with open(tmp_path / "stdout", "w") as sink:
        monkeypatch.setattr("sys.stdout", _ClosedPipe(sink.fileno()))
        assert cli.main([*args, "--db", db]) == 0
        assert main([*args, "--db", db]) == 0
    assert capsys.readouterr().err == ""
