"""The store: opening, idempotent ingest, edits, wire copies, merging in the table, corrections."""

from __future__ import annotations

import io
import json
import sqlite3
import threading
from dataclasses import replace

import pytest
from sqlalchemy import select, text
from test_store_support import BACKENDS, corpus, failing_extract, fake_extract, location_for, make_article

from events import corrections as corr
from events.exporters import EventFilter, export_events, select_events
from events.ingest import NEAR_DUPLICATE_JACCARD, ingest_articles, minhash, similarity
from events.store import (
    SCHEMA_VERSION,
    ArticleRow,
    StoreError,
    _sqlite_engine,
    _use_wal,
    open_store,
    resolve_event_id,
    table_counts,
    to_url,
)

VISIT_AR = "EVENT visit 2017-06-05 day explicit QAT,TUR @Doha #زار وزير الدفاع التركي الدوحة يوم 5 يونيو"
VISIT_EN = "EVENT visit 2017-06 month explicit TUR,QAT #The Turkish defence minister visited Qatar in June"
VISIT_PUB = "EVENT visit 2017-06-06 day publication QAT #الزيارة"
ATTACK = "EVENT attack 2018-03-02 day explicit SYR @Aleppo #قصف على حلب"


@pytest.fixture(params=BACKENDS)
def store_location(request: pytest.FixtureRequest, tmp_path) -> str:
    return location_for(request.param, tmp_path)


def counts(store) -> dict[str, int]:
    with store.read() as conn:
        return table_counts(conn)


def ingest(store, articles, **kw):
    return ingest_articles(store, articles, extract=kw.pop("extract", fake_extract), **kw)


# --- opening ------------------------------------------------------------------------------------


def test_new_sqlite_store_is_created_in_wal_mode(tmp_path) -> None:
    path = tmp_path / "sub" / "events.sqlite"
    store = open_store(str(path))
    assert store.schema_version() == SCHEMA_VERSION
    store.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "raw_events", "events", "event_actors", "event_countries", "event_sources",
            "event_aliases", "corrections", "store_meta"} <= tables  # fmt: skip


def rollback_journal_store(path) -> None:
    """A store whose file is back in the rollback journal mode, as one is between creation and the WAL switch."""
    open_store(str(path)).close()
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA journal_mode = DELETE")


def test_the_wal_switch_waits_for_another_writer_to_finish(tmp_path) -> None:
    path = tmp_path / "events.sqlite"
    rollback_journal_store(path)
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE store_meta SET value = value")
    releaser = threading.Timer(0.5, holder.execute, ("COMMIT",))
    releaser.start()
    try:
        _use_wal(_sqlite_engine(f"sqlite:///{path}"))
    finally:
        releaser.join()
        holder.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_wal_switch_blocked_for_too_long_is_a_clear_error(tmp_path) -> None:
    path = tmp_path / "events.sqlite"
    rollback_journal_store(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE store_meta SET value = value")
    try:
        with pytest.raises(StoreError, match="held by another process"):
            _use_wal(_sqlite_engine(f"sqlite:///{path}"), timeout=0.3)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"id,text\n1,hello\n", "not an events store"),
        ("نص عربي ليس قاعدة بيانات".encode(), "not an events store"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "not an events store"),
    ],
)
def test_a_file_that_is_not_a_store_is_refused_untouched(tmp_path, content: bytes, message: str) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=message):
        open_store(str(path))
    assert path.read_bytes() == content


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE people (name TEXT)")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not an events store"):
        open_store(str(path))
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://nobody@127.0.0.1:1/events",  # nothing listens on port 1
        "postgresql+psycopg://u:secret@256.0.0.1:5432/x",
    ],
)
def test_a_url_that_does_not_connect_gives_a_clear_message(url: str) -> None:
    with pytest.raises(StoreError) as info:
        open_store(url)
    assert "cannot be opened" in str(info.value)
    assert "secret" not in str(info.value)


def test_a_store_from_a_newer_program_is_refused(tmp_path) -> None:
    path = str(tmp_path / "events.sqlite")
    open_store(path, schema_version=SCHEMA_VERSION + 1).close()
    with pytest.raises(StoreError, match="newer version"):
        open_store(path)


def test_migrations_run_in_order_and_record_the_version(tmp_path) -> None:
    path = str(tmp_path / "events.sqlite")
    open_store(path).close()
    ran: list[int] = []

    def step(version: int):
        def run(conn) -> None:
            ran.append(version)
            if version == SCHEMA_VERSION:
                conn.execute(text("CREATE TABLE watchlist (actor_id TEXT)"))

        return run

    migrations = {v: step(v) for v in range(SCHEMA_VERSION, SCHEMA_VERSION + 2)}
    store = open_store(path, migrations=migrations, schema_version=SCHEMA_VERSION + 2)
    assert ran == [SCHEMA_VERSION, SCHEMA_VERSION + 1]
    assert store.schema_version() == SCHEMA_VERSION + 2
    with store.read() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM watchlist")).scalar() == 0


def test_a_missing_migration_is_an_error(tmp_path) -> None:
    path = str(tmp_path / "events.sqlite")
    open_store(path).close()
    with pytest.raises(StoreError, match="no migration"):
        open_store(path, migrations={}, schema_version=SCHEMA_VERSION + 1)


@pytest.mark.parametrize(
    ("location", "prefix"),
    [("events.sqlite", "sqlite:///"), ("postgresql://u@h/db", "postgresql+psycopg://"), ("sqlite:///x.db", "sqlite:///")],
)
def test_to_url(location: str, prefix: str) -> None:
    assert to_url(location).startswith(prefix)


# --- ingest -------------------------------------------------------------------------------------


def test_ingesting_twice_changes_nothing(store_location) -> None:
    store = open_store(store_location)
    articles = corpus("a", 12)
    first = ingest(store, articles)
    assert (first.new, first.unchanged) == (12, 0)
    before = counts(store)
    exported = io.StringIO()
    export_events(store, "jsonl", exported)
    second = ingest(store, articles)
    assert (second.new, second.replaced, second.unchanged) == (0, 0, 12)
    assert counts(store) == before
    again = io.StringIO()
    export_events(store, "jsonl", again)
    assert again.getvalue() == exported.getvalue()
    store.close()


def test_an_edited_article_replaces_its_events(store_location) -> None:
    store = open_store(store_location)
    original = make_article("ed-1", VISIT_AR, ATTACK)
    ingest(store, [original, make_article("other", VISIT_EN)])
    edited = replace(original, text=original.text.replace(ATTACK, "EVENT protest 2018-03-02 day explicit SYR #مظاهرة"))
    report = ingest(store, [edited])
    assert report.replaced == 1
    types = sorted(e["event_type"] for e in select_events(store))
    assert types == ["protest", "visit"]
    (visit,) = select_events(store, EventFilter(event_type="visit"))
    assert visit["mention_count"] == 2
    store.close()


def test_the_same_text_under_two_ids_is_two_articles_and_one_report(tmp_path) -> None:
    store = open_store(str(tmp_path / "s.sqlite"))
    a = make_article("agency/1", VISIT_AR, source="QNA")
    b = replace(a, id="paper/7", source="Al Sharq")
    ingest(store, [a, b])
    (visit,) = select_events(store)
    assert (visit["num_articles"], visit["num_reports"], visit["num_sources"]) == (2, 1, 2)
    assert {s["source"] for s in visit["sources"]} == {"QNA", "Al Sharq"}


def test_near_identical_wire_copies_are_one_report_with_several_sources(tmp_path) -> None:
    store = open_store(str(tmp_path / "s.sqlite"))
    body = " ".join(f"كلمة{i}" for i in range(80))
    a = make_article("reuters", VISIT_AR, body=body + " — رويترز", source="Reuters")
    b = make_article("aljazeera", VISIT_AR, body=body + " — الجزيرة نت", source="Al Jazeera")
    c = make_article("bbc", VISIT_EN, source="BBC")  # a different story about the same visit
    ingest(store, [c, b, a])
    with store.read() as conn:
        groups = dict(conn.execute(select(ArticleRow.article_id, ArticleRow.wire_group)).all())
    assert groups["reuters"] == groups["aljazeera"] == "aljazeera"
    assert groups["bbc"] == "bbc"
    (visit,) = select_events(store)
    assert (visit["mention_count"], visit["num_articles"], visit["num_reports"]) == (3, 3, 2)


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        (" ".join(f"كلمة{i}" for i in range(60)), " ".join(f"كلمة{i}" for i in range(60)) + " الجزيرة نت", True),
        (" ".join(f"w{i}" for i in range(100)), " ".join(f"w{i}" for i in range(100)) + " رويترز", True),
        (" ".join(f"w{i}" for i in range(100)), " ".join(f"v{i}" for i in range(100)), False),
        ("short text", "short text", False),  # too short to fingerprint
    ],
)
def test_minhash_near_duplicates(a: str, b: str, near: bool) -> None:
    assert (similarity(minhash(a), minhash(b)) >= NEAR_DUPLICATE_JACCARD) is near


def test_merged_table_is_smaller_than_the_extraction_and_lists_every_source(store_location) -> None:
    store = open_store(store_location)
    ingest(store, [make_article("A", VISIT_AR), make_article("B", VISIT_EN), make_article("C", VISIT_PUB, ATTACK)])
    c = counts(store)
    assert c["raw_events"] == 4
    assert c["events"] == 2
    (visit,) = select_events(store, EventFilter(event_type="visit"))
    assert visit["date"] == "2017-06-05" and visit["date_precision"] == "day"
    assert sorted(s["article_id"] for s in visit["sources"]) == ["A", "B", "C"]
    assert visit["mention_count"] == 3
    store.close()


def test_the_table_is_the_same_whatever_the_article_order(tmp_path) -> None:
    articles = [*corpus("o", 9), make_article("A", VISIT_AR), make_article("B", VISIT_EN), make_article("C", VISIT_PUB)]
    outputs = []
    for n, order in enumerate([articles, articles[::-1], articles[3:] + articles[:3]]):
        store = open_store(str(tmp_path / f"s{n}.sqlite"))
        ingest(store, order)
        out = io.StringIO()
        export_events(store, "jsonl", out)
        outputs.append(out.getvalue())
        store.close()
    assert outputs[0] == outputs[1] == outputs[2]


def test_an_event_id_keeps_resolving_after_later_merges(tmp_path) -> None:
    store = open_store(str(tmp_path / "s.sqlite"))
    ingest(store, [make_article("B", VISIT_EN)])
    (first,) = select_events(store)
    shown_id = first["event_id"]
    ingest(store, [make_article("A", VISIT_AR)])  # a better-dated report takes over the merged event
    (merged,) = select_events(store)
    assert merged["event_id"] != shown_id
    with store.read() as conn:
        assert resolve_event_id(conn, shown_id) == merged["event_id"]
        assert resolve_event_id(conn, merged["event_id"]) == merged["event_id"]
        assert resolve_event_id(conn, "no-such-id") is None


def test_a_failing_article_is_reported_and_the_rest_stored(tmp_path) -> None:
    store = open_store(str(tmp_path / "s.sqlite"))
    report = ingest(store, [make_article("ok", VISIT_AR), make_article("bad", "BOOM")], extract=failing_extract)
    assert report.new == 1 and len(report.failed) == 1 and "bad" in report.failed[0]
    assert counts(store)["articles"] == 1


def test_a_full_disk_keeps_whole_articles_only(tmp_path) -> None:
    from sqlalchemy import event as sa_event

    path = str(tmp_path / "full.sqlite")
    store = open_store(path)
    pages = store.engine.connect().exec_driver_sql("PRAGMA page_count").scalar()

    @sa_event.listens_for(store.engine, "connect")
    def _limit(dbapi_conn, _record) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 6}")

    store.engine.dispose()
    big = [make_article(f"big-{i}", VISIT_AR, body="نص " * 3000) for i in range(20)]
    with pytest.raises(StoreError, match="full"):
        ingest(store, big)
    store.close()
    reopened = open_store(path)
    with reopened.read() as conn:
        stored = set(conn.execute(select(ArticleRow.article_id)).scalars())
        raw = conn.execute(text("SELECT article_id, COUNT(*) FROM raw_events GROUP BY article_id")).all()
    assert stored and len(stored) < 20
    assert {aid for aid, _ in raw} == stored and all(n == 1 for _, n in raw)


# --- corrections ------------------------------------------------------------------------------------


def test_corrections_apply_survive_reingest_and_undo(store_location) -> None:
    store = open_store(store_location)
    articles = [make_article("A", VISIT_AR), make_article("B", VISIT_EN), make_article("C", ATTACK)]
    ingest(store, articles)
    (visit,) = select_events(store, EventFilter(event_type="visit"))
    (attack,) = select_events(store, EventFilter(event_type="attack"))
    member = sorted(visit["member_ids"])[-1]  # any id the event answers to

    c1 = corr.add_correction(store, member, "type", {"event_type": "meeting"}, author="analyst", note="was talks")
    c2 = corr.add_correction(store, attack["event_id"], "reject", author="analyst")
    c3 = corr.add_correction(store, visit["event_id"], "location", {"name": "Ankara", "country": "TUR",
                                                                    "lat": 39.93, "lon": 32.86})  # fmt: skip
    assert c1["event_id"] == visit["event_id"]
    assert [e["event_type"] for e in select_events(store)] == ["meeting"]
    assert select_events(store, EventFilter(include_rejected=True, event_type="attack"))[0]["status"] == "rejected"
    (shown,) = select_events(store, EventFilter(country="TUR"))
    assert shown["location"]["name"] == "Ankara" and "QAT" in shown["countries"]

    # re-ingesting (an edited article included) keeps every correction
    edited = replace(articles[0], text=articles[0].text + "\nتفاصيل إضافية.")
    assert ingest(store, [*articles[1:], edited]).replaced == 1
    assert [e["event_type"] for e in select_events(store)] == ["meeting"]
    assert select_events(store, EventFilter(event_type="attack")) == []

    listed = corr.list_corrections(store)
    assert [(c["id"], c["action"], c["author"]) for c in listed[:2]] == [(c1["id"], "type", "analyst"),
                                                                        (c2["id"], "reject", "analyst")]  # fmt: skip
    assert all(c["created_at"] and c["undone_at"] is None for c in listed)

    corr.undo_correction(store, c2["id"], author="lead")
    corr.undo_correction(store, c1["id"])
    types = sorted(e["event_type"] for e in select_events(store))
    assert types == ["attack", "visit"]
    assert [c["id"] for c in corr.list_corrections(store, include_undone=False)] == [c3["id"]]
    with pytest.raises(StoreError, match="already undone"):
        corr.undo_correction(store, c1["id"])
    store.close()


@pytest.mark.parametrize(
    ("action", "value", "error"),
    [
        ("type", {"event_type": "picnic"}, "unknown event type"),
        ("date", {"date": "5 June"}, "not a date"),
        ("date", {"date": "2017-02-30"}, "not a date"),
        ("actors", {"actors": []}, "at least one"),
        ("location", {"name": "الدوحة", "country": "Qatar"}, "ISO alpha-3"),
        ("delete", {}, "unknown correction"),
    ],
)
def test_invalid_corrections_are_refused(action, value, error) -> None:
    with pytest.raises(ValueError, match=error):
        corr.validate(action, value)


@pytest.mark.parametrize(
    ("action", "value", "field", "expected"),
    [
        ("date", {"date": "2017-06"}, "date_precision", "month"),
        ("date", {"date": "2018"}, "date_precision", "year"),
        ("actors", {"actors": ["SAU", "QAT", "muslim_brotherhood"]}, "countries", ["QAT", "SAU"]),
        ("type", {"event_type": "relations"}, "cameo", "064"),
        ("reject", None, "status", "rejected"),
    ],
)
def test_apply_corrections(action, value, field, expected) -> None:
    base = {"event_id": "e", "event_type": "visit", "date": "2017-06-05", "date_precision": "day",
            "actors": ["TUR"], "countries": ["TUR"], "location": None}  # fmt: skip
    shown = corr.apply_corrections(base, [{"id": 1, "action": action, "value": corr.validate(action, value),
                                           "created_at": "2020-01-01"}])  # fmt: skip
    assert shown[field] == expected
    assert shown["corrections"] == [1]
    assert base["event_type"] == "visit"  # the base record is never changed


def test_correcting_an_unknown_event_is_an_error(tmp_path) -> None:
    store = open_store(str(tmp_path / "s.sqlite"))
    with pytest.raises(StoreError, match="no event"):
        corr.add_correction(store, "nope", "reject")


def test_jsonl_and_csv_exports(tmp_path) -> None:
    store = open_store(str(tmp_path / "s.sqlite"))
    ingest(store, [make_article("A", VISIT_AR), make_article("B", VISIT_EN), make_article("C", ATTACK)])
    out = io.StringIO()
    assert export_events(store, "jsonl", out) == 2
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["event_type"] for r in rows] == ["visit", "attack"]  # by date
    assert rows[0]["quote"].startswith("زار")
    out = io.StringIO()
    assert export_events(store, "csv", out, EventFilter(country="QAT")) == 1
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("event_id,event_type,")
    assert "QAT;TUR" in lines[1] and "A;B" in lines[1]


# --- batched writes, incremental merge, schema version 2 ------------------------------------------


def _table(store) -> str:
    out = io.StringIO()
    export_events(store, "jsonl", out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("batch", "order"),
    [(1, "forward"), (4, "forward"), (64, "forward"), (5, "reverse"), (3, "interleaved")],
)
def test_batched_ingest_gives_the_table_of_one_article_at_a_time(tmp_path, batch: int, order: str) -> None:
    """Incremental re-merge of what new events connect to gives the table a whole re-merge gives."""
    articles = [
        *corpus("b", 12),
        make_article("A", VISIT_AR),
        make_article("B", VISIT_EN),
        make_article("C", VISIT_PUB, ATTACK),
        make_article("D", "EVENT visit 2017-06 month explicit QAT #زيارة إلى قطر في يونيو"),
    ]
    reference = open_store(str(tmp_path / "ref.sqlite"))
    ingest(reference, articles, batch_articles=1)
    arranged = {"forward": articles, "reverse": articles[::-1], "interleaved": articles[::2] + articles[1::2]}[order]
    store = open_store(str(tmp_path / "s.sqlite"))
    report = ingest(store, arranged, batch_articles=batch)
    assert report.new == len(articles)
    assert _table(store) == _table(reference)
    with store.read() as conn:
        c = table_counts(conn)
        mentions = conn.execute(text("SELECT SUM(mention_count) FROM events")).scalar()
    assert mentions == c["raw_events"] == c["event_sources"]
    assert c["events"] < c["raw_events"]
    reference.close()
    store.close()


def test_an_edit_in_a_batch_rewrites_the_whole_block(tmp_path) -> None:
    store = open_store(str(tmp_path / "s.sqlite"))
    ingest(store, [make_article("A", VISIT_AR), make_article("B", VISIT_EN), make_article("C", VISIT_PUB)])
    assert counts(store)["events"] == 1
    edited = make_article("A", "EVENT visit 2017-06-20 day explicit QAT,TUR @Doha #زيارة ثانية")
    report = ingest(store, [edited, make_article("E", ATTACK)], batch_articles=10)
    assert (report.replaced, report.new) == (1, 1)
    visits = select_events(store, EventFilter(event_type="visit"))
    assert sorted(len(v["sources"]) for v in visits) == [1, 2]
    assert {s["article_id"] for v in visits for s in v["sources"]} == {"A", "B", "C"}
    store.close()


def test_the_same_article_twice_in_one_run_is_stored_once(tmp_path) -> None:
    """The same id twice in one run is stored in order: the second, unchanged, changes nothing."""
    store = open_store(str(tmp_path / "s.sqlite"))
    report = ingest(store, [make_article("A", VISIT_AR), make_article("A", VISIT_AR), make_article("B", ATTACK)])
    assert (report.new, report.unchanged) == (2, 1)
    store.close()


def _reference_minhash(text_: str) -> list[int] | None:
    import hashlib

    from events.ingest import _HASH_PARAMS, _PRIME, MIN_WORDS_FOR_FINGERPRINT, SHINGLE_WORDS
    from events.text.normalize import fold_str

    words = "".join(ch if ch.isalnum() else " " for ch in fold_str(text_)).split()
    if len(words) < MIN_WORDS_FOR_FINGERPRINT:
        return None
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}
    hashes = [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") for s in shingles]
    return [min((a * h + b) % _PRIME for h in hashes) for a, b in _HASH_PARAMS]


@pytest.mark.parametrize(
    "sample",
    [
        "زار وزير الدفاع التركي الدوحة يوم الخامس من يونيو وبحث مع نظيره القطري التعاون العسكري بين البلدين " * 3,
        "The Turkish defence minister visited Doha on 5 June and discussed military cooperation with his host " * 2,
        "short text",
        " ".join(f"w{i}" for i in range(400)),
    ],
)
def test_vectorised_minhash_equals_the_formula(sample: str) -> None:
    assert minhash(sample) == _reference_minhash(sample)


def test_events_carry_the_dashboard_columns(tmp_path) -> None:
    store = open_store(str(tmp_path / "s.sqlite"))
    ingest(
        store,
        [
            make_article("A", VISIT_AR, source="الجزيرة", language="ar"),
            make_article("B", VISIT_EN, url="https://www.bbc.co.uk/x", language="en"),
        ],
    )
    with store.read() as conn:
        row = conn.execute(
            text("SELECT actors_key, countries_key, sources_key, langs_key, loc_precision, record FROM events")
        ).one()
    assert row[:5] == (";QAT;TUR;", ";QAT;TUR;", ";bbc.co.uk;الجزيرة;", ";ar;en;", "city")
    assert "زار" in str(row[5])  # JSON kept as UTF-8 text, not escapes
    store.close()


def test_a_version_1_store_is_migrated_and_its_columns_filled(tmp_path) -> None:
    path = str(tmp_path / "old.sqlite")
    store = open_store(path)
    ingest(store, [make_article("A", VISIT_AR, source="Al Jazeera", language="ar"), make_article("B", ATTACK)])
    store.close()
    db = sqlite3.connect(path)
    db.execute("DROP INDEX ix_event_sources_raw_event_id")
    for name in ("loc_precision", "actors_key", "countries_key", "sources_key", "langs_key"):
        db.execute(f"ALTER TABLE events DROP COLUMN {name}")
    db.execute("UPDATE store_meta SET value = '1' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    store = open_store(path)
    assert store.schema_version() == SCHEMA_VERSION == 2
    with store.read() as conn:
        rows = dict(conn.execute(text("SELECT event_type, sources_key || '|' || langs_key || '|' || actors_key FROM events")).all())
    assert rows == {"visit": ";Al Jazeera;|;ar;|;QAT;TUR;", "attack": ";unknown;||;SYR;"}
    ingest(store, [make_article("C", VISIT_EN)])  # the migrated store takes new articles
    assert counts(store)["events"] == 2
    store.close()
