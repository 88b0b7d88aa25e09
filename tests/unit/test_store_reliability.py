"""The store under stress, with real processes: two writers, a killed ingest, a reader during a write."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from test_store_support import BACKENDS, corpus, fake_extract, location_for

from events.exporters import export_events
from events.ingest import ingest_articles
from events.store import open_store, table_counts

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

SCRIPT = f"""
import json, sys
sys.path.insert(0, {str(HERE)!r})
from test_store_support import corpus, fake_extract
from events.ingest import ingest_articles
from events.store import open_store
store = open_store(sys.argv[1])
report = ingest_articles(store, corpus(sys.argv[2], int(sys.argv[3])), extract=fake_extract, workers=int(sys.argv[4]))
print(json.dumps({{"new": report.new, "unchanged": report.unchanged, "failed": report.failed}}))
"""


def start_ingest(location: str, prefix: str, n: int, workers: int = 1, slow: float = 0.0) -> subprocess.Popen:
    env = dict(os.environ, EVENTS_FAKE_SLOW=str(slow), PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", SCRIPT, location, prefix, str(n), str(workers)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=str(ROOT),
    )


def finish(proc: subprocess.Popen, timeout: float = 240) -> dict:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err
    return json.loads(out.strip().splitlines()[-1])


def snapshot(location: str) -> str:
    store = open_store(location)
    out = io.StringIO()
    export_events(store, "jsonl", out)
    store.close()
    return out.getvalue()


def reference(tmp_path: Path, *parts: tuple[str, int]) -> str:
    """The table one plain single-process ingest gives."""
    store = open_store(str(tmp_path / "reference.sqlite"))
    for prefix, n in parts:
        ingest_articles(store, corpus(prefix, n), extract=fake_extract)
    store.close()
    return snapshot(str(tmp_path / "reference.sqlite"))


def check_whole_articles(location: str) -> dict[str, int]:
    """Every stored article has all its raw events; every raw event is in exactly one merged event."""
    store = open_store(location)
    with store.read() as conn:
        counts = table_counts(conn)
        partial = conn.execute(
            text(
                "SELECT COUNT(*) FROM articles a WHERE a.n_events <> "
                "(SELECT COUNT(*) FROM raw_events r WHERE r.article_id = a.article_id)"
            )
        ).scalar()
        mentions = conn.execute(text("SELECT COALESCE(SUM(mention_count), 0) FROM events")).scalar()
        sources = conn.execute(text("SELECT COUNT(*) FROM event_sources")).scalar()
    store.close()
    assert partial == 0
    assert mentions == sources == counts["raw_events"]
    return counts


@pytest.fixture(params=BACKENDS)
def location(request: pytest.FixtureRequest, tmp_path) -> str:
    return location_for(request.param, tmp_path)


@pytest.mark.slow
def test_two_ingests_of_different_corpora_at_once(location, tmp_path) -> None:
    first = start_ingest(location, "a", 40)
    second = start_ingest(location, "b", 40, workers=2)
    assert finish(first)["new"] == 40
    assert finish(second)["new"] == 40
    counts = check_whole_articles(location)
    assert counts["articles"] == 80 and counts["raw_events"] == 160
    assert snapshot(location) == reference(tmp_path, ("a", 40), ("b", 40))


@pytest.mark.slow
def test_the_same_corpus_by_two_processes_at_once_counts_once(location, tmp_path) -> None:
    procs = [start_ingest(location, "s", 40), start_ingest(location, "s", 40)]
    results = [finish(p) for p in procs]
    assert sum(r["new"] for r in results) == 40
    assert sum(r["unchanged"] for r in results) == 40
    assert snapshot(location) == reference(tmp_path, ("s", 40))


@pytest.mark.slow
def test_an_ingest_killed_half_way_leaves_whole_articles_and_the_next_run_completes(location, tmp_path) -> None:
    proc = start_ingest(location, "k", 60, slow=0.05)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and stored < 12:
        time.sleep(0.1)
        try:
            store = open_store(location, create=False)
            with store.read() as conn:
                stored = table_counts(conn)["articles"]
            store.close()
        except Exception:  # the store may not exist yet
            stored = 0
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    counts = check_whole_articles(location)
    assert 12 <= counts["articles"] < 60
    rerun = finish(start_ingest(location, "k", 60))
    assert rerun["new"] == 60 - counts["articles"] and rerun["unchanged"] == counts["articles"]
    assert snapshot(location) == reference(tmp_path, ("k", 60))


@pytest.mark.slow
def test_a_reader_during_a_write_sees_a_consistent_table(location) -> None:
    proc = start_ingest(location, "r", 50, slow=0.02)
    seen: set[int] = set()
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            store = open_store(location, create=False)
        except Exception:
            time.sleep(0.05)
            continue
        with store.read() as conn:
            raw = conn.execute(text("SELECT COUNT(*) FROM raw_events")).scalar()
            time.sleep(0.01)  # the writer commits meanwhile; this transaction must not see it
            mentions = conn.execute(text("SELECT COALESCE(SUM(mention_count), 0) FROM events")).scalar()
            sources = conn.execute(text("SELECT COUNT(*) FROM event_sources")).scalar()
            articles = conn.execute(text("SELECT COALESCE(SUM(n_events), 0) FROM articles")).scalar()
        store.close()
        assert raw == mentions == sources == articles
        seen.add(int(raw))
    assert finish(proc)["new"] == 50
    assert len(seen) >= 3  # the reads really happened during the write


def test_workers_give_the_same_table_as_one_process(tmp_path) -> None:
    one = open_store(str(tmp_path / "one.sqlite"))
    two = open_store(str(tmp_path / "two.sqlite"))
    articles = corpus("w", 24)
    assert ingest_articles(one, articles, extract=fake_extract, workers=1).new == 24
    assert ingest_articles(two, articles, extract=fake_extract, workers=2).new == 24
    one.close()
    two.close()
    assert snapshot(str(tmp_path / "one.sqlite")) == snapshot(str(tmp_path / "two.sqlite"))


def test_store_bench_reports_throughput_for_each_worker_count(tmp_path) -> None:
    from events.bench_store import run_store_bench

    corpus_file = tmp_path / "corpus.jsonl"
    corpus_file.write_text(
        "\n".join(json.dumps({"id": a.id, "text": a.text, "published": a.published}, ensure_ascii=False)
                  for a in corpus("bench", 8)) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    out = io.StringIO()
    assert run_store_bench([str(corpus_file)], extract=fake_extract, pg_url="", out=out) == 0
    text_out = out.getvalue()
    assert "8 distinct articles" in text_out
    assert "workers=1" in text_out and "workers=2" in text_out and "articles/s" in text_out


# A process started in the background by a shell without job control (`pytest ... &` in a
# script) inherits Ctrl-C as ignored, and Python then leaves it ignored: the Ctrl-C the
# scripts below send would do nothing, and the run would end without "interrupted". Each
# script sets Ctrl-C as an interactive terminal has it, whatever it inherited.
_CTRL_C_LIVE = "import signal\nsignal.signal(signal.SIGINT, signal.default_int_handler)\n"


def run_with_ctrl_c_live(script: str, *, inherit_ignored: bool = False) -> subprocess.CompletedProcess:
    """Run `script` in its own process group (a Ctrl-C it sends reaches no one else), with
    Ctrl-C live; `inherit_ignored` starts it as a background job would be, Ctrl-C ignored."""
    return subprocess.run(
        [sys.executable, "-c", _CTRL_C_LIVE + script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        start_new_session=True,
        preexec_fn=(lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if inherit_ignored else None,
    )


@pytest.mark.parametrize("inherit_ignored", [False, True])
def test_ctrl_c_scripts_run_with_ctrl_c_live_however_started(inherit_ignored: bool) -> None:
    script = "import signal\nprint(signal.getsignal(signal.SIGINT) is signal.default_int_handler)\n"
    done = run_with_ctrl_c_live(script, inherit_ignored=inherit_ignored)
    assert (done.stdout.strip(), done.stderr) == ("True", "")


_INTERRUPTED_INGEST = """
import os, signal, sys, time
from events.ingest import _prepared_stream
from events.model import Article

def quick(article):
    return []

def articles():
    for i in range(40):
        if i == 12:
            time.sleep(1.0)  # the workers wait for work, as while the parent reads a large file
            os.killpg(os.getpgrp(), signal.SIGINT)  # Ctrl-C reaches the parent and every worker
        yield Article(id=str(i), text="text", title="", published=None, source=None, url=None, language="en")

try:
    for _ in _prepared_stream(articles(), quick, {workers}):
        pass
except KeyboardInterrupt:
    print("interrupted", file=sys.stderr)
"""


_INTERRUPT_AT_WORKER_BIRTH = """
import os, signal, sys
from events.ingest import _prepared_stream
from events.model import Article

def quick(article):
    return []

# a Ctrl-C that reaches each worker the moment it is started, before it could set itself to ignore one
os.register_at_fork(after_in_child=lambda: os.kill(os.getpid(), signal.SIGINT))
articles = (Article(id=str(i), text="text", title="", published=None, source=None, url=None, language="en")
            for i in range(20))
print(sum(1 for _ in _prepared_stream(articles, quick, 2)))
"""


def test_ctrl_c_reaching_a_worker_as_it_starts_prints_nothing_and_loses_nothing() -> None:
    done = run_with_ctrl_c_live(_INTERRUPT_AT_WORKER_BIRTH)
    assert done.stderr == ""
    assert done.stdout.strip() == "20"  # every article went through the workers


@pytest.mark.parametrize("workers", [1, 2])
def test_ctrl_c_during_ingest_prints_no_worker_traceback(workers: int) -> None:
    done = run_with_ctrl_c_live(_INTERRUPTED_INGEST.format(workers=workers))
    assert done.stderr.strip() == "interrupted", done.stderr
