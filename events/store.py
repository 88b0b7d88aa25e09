"""The events store: an SQLite file (WAL mode) by default, PostgreSQL when given a URL.

Tables
------
- ``articles``: one row per ingested article, with its content hash (idempotent
  re-ingest), a text hash, a MinHash signature (near-identical wire copies,
  found through ``article_bands``) and the wire group it belongs to.
- ``raw_events``: the events the pipeline extracted from each article, as
  extracted (never merged). ``block`` is the merge block (type and month).
- ``events``: the table the dashboard reads: merged extracted events and
  imported events, with corrections applied. ``base`` keeps the uncorrected
  record so a correction can be undone without re-extracting.
- ``event_actors``, ``event_countries``, ``event_sources``: one row per actor,
  country and source of each event (indexed for the dashboard's filters).
- ``event_aliases``: every id an event was ever shown under (the ids of its
  parts) pointing to the event that holds it now.
- ``corrections``: analyst corrections, kept apart from the data they correct.
- ``store_meta``: the schema version.

The dashboard reads ``events`` alone, in one query: every field it filters
on is a plain column (dates, type, basis, confidence, location, mentions,
status) and the multi-valued ones are delimited keys (``;QAT;TUR;``) for
actors, countries, sources and the articles' languages, written with the row.

Writers serialise: SQLite takes its write lock at the start of the transaction
(``BEGIN IMMEDIATE``), PostgreSQL a transaction-level advisory lock. A write
transaction holds one article, so a killed ingest leaves whole articles only.
Readers get a snapshot (a deferred SQLite transaction in WAL mode, a
``REPEATABLE READ`` PostgreSQL transaction).
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Connection,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    bindparam,
    create_engine,
    event,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

SCHEMA_VERSION = 2
DEFAULT_DB_ENV = "EVENTS_DB"
SQLITE_MAGIC = b"SQLite format 3\x00"
_PG_WRITE_LOCK = 0x6576656E7473  # one advisory lock key for every writer of a store
BUSY_TIMEOUT_MS = 120_000


def dumps_json(value: Any) -> str:
    """JSON as stored: UTF-8 text as itself (Arabic in escapes would take three times the room)."""
    return json.dumps(value, ensure_ascii=False)


class StoreError(Exception):
    """A store that cannot be opened or written, with a message meant for the user."""


class Base(DeclarativeBase):
    type_annotation_map = {dict: JSON, list: JSON}  # noqa: RUF012


class StoreMeta(Base):
    __tablename__ = "store_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ArticleRow(Base):
    __tablename__ = "articles"
    article_id: Mapped[str] = mapped_column(String(512), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    text_hash: Mapped[str] = mapped_column(String(64), index=True)
    signature: Mapped[list | None] = mapped_column(JSON)  # MinHash of the text's word shingles
    wire_group: Mapped[str] = mapped_column(String(512), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10))
    published_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))
    n_events: Mapped[int] = mapped_column(Integer, default=0)
    ingested_at: Mapped[str] = mapped_column(String(32))


class ArticleBandRow(Base):
    """LSH bands of each article's MinHash: articles sharing a band are candidate wire copies."""

    __tablename__ = "article_bands"
    band: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    article_id: Mapped[str] = mapped_column(String(512), ForeignKey("articles.article_id"), primary_key=True, index=True)


class RawEventRow(Base):
    __tablename__ = "raw_events"
    event_id: Mapped[str] = mapped_column(String(256), primary_key=True)
    article_id: Mapped[str] = mapped_column(String(512), ForeignKey("articles.article_id"), index=True)
    event_type: Mapped[str] = mapped_column(String(32))
    block: Mapped[str] = mapped_column(String(64), index=True)
    record: Mapped[dict] = mapped_column(JSON)


class EventRow(Base):
    __tablename__ = "events"
    event_id: Mapped[str] = mapped_column(String(256), primary_key=True)
    origin: Mapped[str] = mapped_column(String(16))  # extracted | gdelt | acled
    block: Mapped[str | None] = mapped_column(String(64), index=True)
    event_type: Mapped[str] = mapped_column(String(32))
    cameo: Mapped[str | None] = mapped_column(String(8))
    date: Mapped[str | None] = mapped_column(String(10))
    date_precision: Mapped[str | None] = mapped_column(String(8))
    date_basis: Mapped[str | None] = mapped_column(String(16))
    end_date: Mapped[str | None] = mapped_column(String(10))
    date_start: Mapped[str | None] = mapped_column(String(10))
    date_end: Mapped[str | None] = mapped_column(String(10))
    title: Mapped[str | None] = mapped_column(Text)
    quote: Mapped[str | None] = mapped_column(Text)
    actor1: Mapped[str | None] = mapped_column(String(128))
    actor2: Mapped[str | None] = mapped_column(String(128))
    countries: Mapped[str | None] = mapped_column(Text)
    location_name: Mapped[str | None] = mapped_column(Text)
    location_country: Mapped[str | None] = mapped_column(String(3))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    loc_precision: Mapped[str | None] = mapped_column(String(8))
    actors_key: Mapped[str | None] = mapped_column(Text)
    countries_key: Mapped[str | None] = mapped_column(Text)
    sources_key: Mapped[str | None] = mapped_column(Text)
    langs_key: Mapped[str | None] = mapped_column(Text)
    mention_count: Mapped[int] = mapped_column(Integer, default=1)
    num_articles: Mapped[int] = mapped_column(Integer, default=1)
    num_sources: Mapped[int] = mapped_column(Integer, default=1)
    num_reports: Mapped[int] = mapped_column(Integer, default=1)
    confidence: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(16), default="active")
    corrected: Mapped[bool] = mapped_column(Boolean, default=False)
    search_text: Mapped[str | None] = mapped_column(Text)
    base: Mapped[dict] = mapped_column(JSON)
    record: Mapped[dict] = mapped_column(JSON)

    __table_args__ = (
        Index("ix_events_date", "date_start"),
        Index("ix_events_type_date", "event_type", "date_start"),
        Index("ix_events_status", "status"),
    )


class EventActorRow(Base):
    __tablename__ = "event_actors"
    event_id: Mapped[str] = mapped_column(String(256), ForeignKey("events.event_id"), primary_key=True)
    actor_id: Mapped[str] = mapped_column(String(128), primary_key=True, index=True)


class EventCountryRow(Base):
    __tablename__ = "event_countries"
    event_id: Mapped[str] = mapped_column(String(256), ForeignKey("events.event_id"), primary_key=True)
    country: Mapped[str] = mapped_column(String(3), primary_key=True, index=True)


class EventSourceRow(Base):
    __tablename__ = "event_sources"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(256), ForeignKey("events.event_id"), index=True)
    article_id: Mapped[str | None] = mapped_column(String(512), index=True)
    raw_event_id: Mapped[str | None] = mapped_column(String(256), index=True)
    origin: Mapped[str] = mapped_column(String(16))
    source: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10))
    quote: Mapped[str | None] = mapped_column(Text)


class EventAliasRow(Base):
    __tablename__ = "event_aliases"
    alias_id: Mapped[str] = mapped_column(String(256), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(256), index=True)


class CorrectionRow(Base):
    __tablename__ = "corrections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    target_id: Mapped[str] = mapped_column(String(256), index=True)
    action: Mapped[str] = mapped_column(String(16))  # reject | type | date | actors | location
    value: Mapped[dict | None] = mapped_column(JSON)
    author: Mapped[str | None] = mapped_column(String(128))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(32))
    undone_at: Mapped[str | None] = mapped_column(String(32))
    undone_by: Mapped[str | None] = mapped_column(String(128))


Migration = Callable[[Connection], None]


def default_store_location() -> str:
    """`EVENTS_DB` if set, else `events.sqlite` in the user's data folder.

    The per-user folder (``$XDG_DATA_HOME/geo-timeline``, by default
    ``~/.local/share/geo-timeline``) lets the command line and the dashboard
    find the same store whatever folder they are started from.
    """
    env = os.environ.get(DEFAULT_DB_ENV)
    if env:
        return env
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(base) / "geo-timeline" / "events.sqlite")


def to_url(location: str) -> str:
    """A SQLAlchemy URL for a path or URL (``postgresql://`` uses psycopg 3)."""
    if "://" not in location:
        return "sqlite:///" + str(Path(location).expanduser().resolve())
    if location.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + location.split("://", 1)[1]
    return location


def display_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def describe_error(exc: BaseException) -> str:
    """The first line of a database error, without SQLAlchemy's boilerplate."""
    orig = getattr(exc, "orig", None) or exc
    msg = str(orig).strip().splitlines()
    return msg[0] if msg else exc.__class__.__name__


def explain(label: str, exc: BaseException, doing: str) -> str:
    """A message for the user about a database error."""
    detail = describe_error(exc)
    if "not a database" in detail:
        return f"{label} is not an events store ({detail}); nothing was written"
    if "disk is full" in detail or "No space left" in detail:
        return f"{label}: the disk is full ({detail}); the transaction was rolled back, nothing of it was kept"
    return f"{label}: {doing}: {detail}"


@dataclass
class Store:
    """An open store: its engine and how to run read and write transactions on it."""

    engine: Engine
    url: str

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def label(self) -> str:
        if self.is_sqlite:
            return make_url(self.url).database or self.url
        return display_url(self.url)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction; writers of the same store run one at a time."""
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(events_write=True)
                with conn.begin():
                    if not self.is_sqlite:
                        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_WRITE_LOCK})
                    yield conn
        except DBAPIError as exc:
            raise StoreError(explain(self.label, exc, "write failed, nothing of it was kept")) from exc

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """One read transaction that sees a single consistent state of the store."""
        try:
            with self.engine.connect() as conn:
                if not self.is_sqlite:
                    conn = conn.execution_options(isolation_level="REPEATABLE READ")
                with conn.begin():
                    yield conn
        except DBAPIError as exc:
            raise StoreError(explain(self.label, exc, "read failed")) from exc

    def schema_version(self) -> int:
        with self.read() as conn:
            return _read_version(conn) or 0

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, json_serializer=dumps_json)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None  # transactions are begun explicitly below
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA cache_size = -65536")  # 64 MB of page cache: bulk writes touch many index pages
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("events_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _check_sqlite_file(url: str) -> None:
    """Refuse, before SQLite touches it, a file that is not a SQLite database."""
    database = make_url(url).database
    if not database or database == ":memory:":
        return
    path = Path(database)
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not an events store")
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
        if head != SQLITE_MAGIC:
            raise StoreError(f"{path} is not an events store (not a SQLite database); nothing was written")
    elif not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder of the store {path}: {exc}") from exc


def _read_version(conn: Connection) -> int | None:
    names = set(inspect(conn).get_table_names())
    if StoreMeta.__tablename__ not in names:
        return None
    value = conn.execute(select(StoreMeta.value).where(StoreMeta.key == "schema_version")).scalar()
    return int(value) if value is not None else None


def _foreign_tables(conn: Connection) -> set[str]:
    return set(inspect(conn).get_table_names())


def migrate(conn: Connection, current: int, target: int, migrations: dict[int, Migration]) -> int:
    """Run `migrations[v]` for v = current .. target-1 and record the new version."""
    for version in range(current, target):
        step = migrations.get(version)
        if step is None:
            raise StoreError(f"no migration from schema version {version} to {version + 1}")
        step(conn)
    conn.execute(
        StoreMeta.__table__.update().where(StoreMeta.key == "schema_version").values(value=str(target))
    )
    return target


def _prepare(store: Store, create: bool, migrations: dict[int, Migration], target: int) -> None:
    with store.write() as conn:
        version = _read_version(conn)
        if version is None:
            if _foreign_tables(conn):
                raise StoreError(
                    f"{store.label} holds a database that is not an events store "
                    "(no store_meta table); refusing to write to it"
                )
            if not create:
                raise StoreError(f"{store.label} is empty: not an events store yet (ingest or import creates one)")
            Base.metadata.create_all(conn)
            conn.execute(StoreMeta.__table__.insert().values(key="schema_version", value=str(target)))
        elif version > target:
            raise StoreError(
                f"{store.label} was written by a newer version of this program (schema {version}, "
                f"this program knows {target}); nothing was written"
            )
        elif version < target:
            migrate(conn, version, target, migrations)
    if store.is_sqlite:
        _use_wal(store.engine)


def _use_wal(engine: Engine, timeout: float = BUSY_TIMEOUT_MS / 1000) -> None:
    """Switch the file to WAL mode (persistent; needs no transaction open on this connection).

    The switch needs the file to itself. While another process holds a write
    lock, SQLite refuses at once ("database is locked") instead of waiting,
    so the switch is retried until `timeout` seconds have passed.
    """
    deadline = time.monotonic() + timeout
    pause = 0.01
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        while driver.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            try:
                driver.execute("PRAGMA journal_mode = WAL")
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if time.monotonic() >= deadline:
                    raise StoreError(
                        f"the store is held by another process: could not switch it to WAL mode in {timeout:.0f} s"
                    ) from exc
                time.sleep(pause)
                pause = min(pause * 2, 0.5)
    finally:
        raw.close()


def open_store(
    location: str | None = None,
    *,
    create: bool = True,
    migrations: dict[int, Migration] | None = None,
    schema_version: int = SCHEMA_VERSION,
) -> Store:
    """Open (creating when `create`) the store at a path or SQLAlchemy URL.

    Raises `StoreError` with a message for the user when the location is not
    a store, cannot be reached, or was written by a newer schema.
    """
    url = to_url(location or default_store_location())
    try:
        if url.startswith("sqlite"):
            _check_sqlite_file(url)
            engine = _sqlite_engine(url)
        else:
            engine = create_engine(url, pool_pre_ping=True, json_serializer=dumps_json)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise StoreError(f"not a usable store location: {display_url(url)}: {exc}") from exc
    store = Store(engine, url)
    try:
        _prepare(store, create, MIGRATIONS if migrations is None else migrations, schema_version)
    except StoreError as exc:
        engine.dispose()
        if isinstance(exc.__cause__, DBAPIError):
            raise StoreError(explain(store.label, exc.__cause__, "cannot be opened")) from exc.__cause__
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise StoreError(explain(store.label, exc, "cannot be opened")) from exc
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"{store.label} cannot be opened: {describe_error(exc)}") from exc
    return store


def table_counts(conn: Connection) -> dict[str, int]:
    """Row counts of the main tables (for reports and tests)."""
    out: dict[str, int] = {}
    for table in (ArticleRow, RawEventRow, EventRow, EventSourceRow, CorrectionRow):
        name = table.__tablename__
        out[name] = int(conn.execute(text(f"SELECT COUNT(*) FROM {name}")).scalar() or 0)
    return out


def resolve_event_id(conn: Connection, event_id: str) -> str | None:
    """The id of the event that now holds `event_id`: itself, or the merged event it became part of."""
    target = conn.execute(select(EventAliasRow.event_id).where(EventAliasRow.alias_id == event_id)).scalar()
    for candidate in (target, event_id):
        if candidate and conn.execute(select(EventRow.event_id).where(EventRow.event_id == candidate)).scalar():
            return candidate
    return None


KEY_SEP = ";"
UNKNOWN_SOURCE = "unknown"


def _joined(values: Any) -> str:
    return ";".join(str(v) for v in values or () if v)


def make_key(values: Iterable[Any]) -> str:
    """`;A;B;` for the values (sorted, unique, separators removed); '' for none.

    A filter on a multi-valued field is then one substring test for `;A;`.
    """
    items = sorted({str(v).replace(KEY_SEP, ",").strip() for v in values if v and str(v).strip()})
    return KEY_SEP + KEY_SEP.join(items) + KEY_SEP if items else ""


def source_label(source: str | None, url: str | None, origin: str | None) -> str:
    """What the `source` filter calls an article's publisher: its name, else the site, else the origin."""
    if isinstance(source, str) and source.strip():
        return " ".join(source.replace(",", " ").split())[:200]
    if isinstance(url, str) and url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    if isinstance(origin, str) and origin and origin != "extracted":
        return origin
    return UNKNOWN_SOURCE


def dashboard_keys(record: Mapping[str, Any], origin: str | None = None) -> dict[str, str]:
    """The delimited keys of an event the dashboard filters on: actors, countries, sources, languages.

    Sources are labelled by `source_label`; an event without sources is
    labelled by its own source fields. Languages are those of the sources'
    articles, else the event's own.
    """
    origin = origin or record.get("origin")
    sources = [s for s in record.get("sources") or () if isinstance(s, Mapping)]
    labels = [source_label(s.get("source"), s.get("url"), s.get("origin") or origin) for s in sources]
    if not labels:
        labels = [source_label(record.get("source"), record.get("url"), origin)]
    langs = {s.get("language") for s in sources if s.get("language")} or {record.get("language")}
    return {
        "actors_key": make_key(record.get("actors") or ()),
        "countries_key": make_key(record.get("countries") or ()),
        "sources_key": make_key(labels),
        "langs_key": make_key(langs),
    }


def search_text_of(record: Mapping[str, Any]) -> str:
    """Folded text the `text` filter searches: title, quote, trigger, actors, place, source quotes."""
    from events.text.normalize import fold_str

    loc = record.get("location") or {}
    parts = [
        record.get("title"),
        record.get("quote"),
        record.get("trigger"),
        " ".join(record.get("actors") or ()),
        loc.get("name") if isinstance(loc, Mapping) else None,
    ]
    parts += [s.get("quote") for s in record.get("sources") or () if isinstance(s, Mapping)]
    return fold_str(" ".join(p for p in parts if p))


def _chunks(items: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def delete_events(conn: Connection, event_ids: Iterable[str]) -> None:
    ids = list(event_ids)
    for chunk in _chunks(ids):
        for table in (EventActorRow, EventCountryRow, EventSourceRow, EventRow):
            t = table.__table__
            conn.execute(t.delete().where(t.c.event_id.in_(chunk)))


# (base, shown, origin, block): the uncorrected record, the record as shown, where it came from, its merge block
EventWrite = tuple[Mapping[str, Any], Mapping[str, Any], str, "str | None"]


def event_row(base: Mapping[str, Any], shown: Mapping[str, Any], origin: str, block: str | None) -> dict[str, Any]:
    """The `events` row of one event (`shown` = `base` with its corrections applied)."""
    from events.merge import date_interval

    interval = date_interval(shown.get("date"), shown.get("date_precision"))
    end = date_interval(shown.get("end_date"), None) if shown.get("end_date") else None
    loc = shown.get("location") if isinstance(shown.get("location"), Mapping) else None
    row = {
        "event_id": str(shown["event_id"]),
        "origin": origin,
        "block": block,
        "event_type": shown.get("event_type"),
        "cameo": shown.get("cameo"),
        "date": shown.get("date"),
        "date_precision": shown.get("date_precision"),
        "date_basis": shown.get("date_basis"),
        "end_date": shown.get("end_date"),
        "date_start": interval[0].isoformat() if interval else None,
        "date_end": (end or interval)[1].isoformat() if (end or interval) else None,
        "title": shown.get("title"),
        "quote": shown.get("quote"),
        "actor1": shown.get("actor1"),
        "actor2": shown.get("actor2"),
        "countries": _joined(shown.get("countries")),
        "location_name": loc.get("name") if loc else None,
        "location_country": loc.get("country") if loc else None,
        "lat": loc.get("lat") if loc else None,
        "lon": loc.get("lon") if loc else None,
        "loc_precision": loc.get("precision") if loc else None,
        "mention_count": int(shown.get("mention_count") or 1),
        "num_articles": int(shown.get("num_articles") or 1),
        "num_sources": int(shown.get("num_sources") or 1),
        "num_reports": int(shown.get("num_reports") or 1),
        "confidence": shown.get("confidence"),
        "status": shown.get("status") or "active",
        "corrected": bool(shown.get("corrections")),
        "search_text": search_text_of(shown),
        "base": dict(base),
        "record": dict(shown),
    }
    row.update(dashboard_keys(shown, origin))
    return row


def write_events(conn: Connection, items: Iterable[EventWrite]) -> int:
    """Write event rows with their actors, countries and sources, each table in one bulk insert."""
    rows: list[dict[str, Any]] = []
    actors: list[dict[str, Any]] = []
    countries: list[dict[str, Any]] = []
    sources: list[dict[str, Any]] = []
    for base, shown, origin, block in items:
        event_id = str(shown["event_id"])
        rows.append(event_row(base, shown, origin, block))
        actors += [{"event_id": event_id, "actor_id": a} for a in sorted({str(a) for a in shown.get("actors") or () if a})]
        countries += [
            {"event_id": event_id, "country": c} for c in sorted({str(c) for c in shown.get("countries") or () if c})
        ]
        sources += [
            {
                "event_id": event_id,
                "article_id": s.get("article_id"),
                "raw_event_id": s.get("event_id"),
                "origin": s.get("origin") or origin,
                "source": s.get("source"),
                "url": s.get("url"),
                "published": s.get("published"),
                "quote": s.get("quote"),
            }
            for s in shown.get("sources") or ()
            if isinstance(s, Mapping)
        ]
    for table, values in ((EventRow, rows), (EventActorRow, actors), (EventCountryRow, countries), (EventSourceRow, sources)):
        bulk_insert(conn, table, values)
    return len(rows)


def bulk_insert(conn: Connection, table: type[Base], rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows (dicts with the same keys) in one driver-level executemany.

    SQLAlchemy's per-row parameter processing costs more than the insert
    itself on large batches; here JSON columns are serialised once by
    `dumps_json` and every other value goes to the driver as it is.
    """
    if not rows:
        return
    t = table.__table__
    columns = list(rows[0])
    as_json = [isinstance(t.c[name].type, JSON) for name in columns]
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO {t.name} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"
    params = [
        tuple(
            dumps_json(row[name]) if j else row[name] for name, j in zip(columns, as_json, strict=True)
        )
        for row in rows
    ]
    conn.exec_driver_sql(sql, params)


def write_event(
    conn: Connection, base: Mapping[str, Any], shown: Mapping[str, Any], origin: str, block: str | None
) -> None:
    """Write one event row (`shown` = `base` with its corrections applied) with its actors, countries and sources."""
    write_events(conn, [(base, shown, origin, block)])


def set_aliases(conn: Connection, pairs: Mapping[str, str]) -> None:
    """Point each alias id at the event that holds it now (insert or update)."""
    if not pairs:
        return
    keys = list(pairs)
    existing: dict[str, str] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        existing.update(
            conn.execute(
                select(EventAliasRow.alias_id, EventAliasRow.event_id).where(EventAliasRow.alias_id.in_(chunk))
            ).all()
        )
    new = [{"alias_id": k, "event_id": v} for k, v in pairs.items() if k not in existing]
    if new:
        conn.execute(EventAliasRow.__table__.insert(), new)
    moved = [{"k": k, "v": v} for k, v in pairs.items() if k in existing and existing[k] != v]
    if moved:
        t = EventAliasRow.__table__
        conn.execute(t.update().where(t.c.alias_id == bindparam("k")).values(event_id=bindparam("v")), moved)


# --- migrations -------------------------------------------------------------------------------------

_V2_EVENT_COLUMNS = (
    ("loc_precision", "VARCHAR(8)"),
    ("actors_key", "TEXT"),
    ("countries_key", "TEXT"),
    ("sources_key", "TEXT"),
    ("langs_key", "TEXT"),
)


def _migrate_1_to_2(conn: Connection) -> None:
    """Version 2: the dashboard's plain columns on `events` (filled from each record) and an index of sources by part."""
    for name, sql_type in _V2_EVENT_COLUMNS:
        conn.execute(text(f"ALTER TABLE events ADD COLUMN {name} {sql_type}"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_event_sources_raw_event_id ON event_sources (raw_event_id)"))
    languages = dict(conn.execute(select(ArticleRow.article_id, ArticleRow.language)).all())
    rows = conn.execute(select(EventRow.event_id, EventRow.origin, EventRow.record)).all()
    update_sql = text(
        "UPDATE events SET loc_precision = :loc_precision, actors_key = :actors_key, countries_key = :countries_key, "
        "sources_key = :sources_key, langs_key = :langs_key WHERE event_id = :event_id"
    )
    for chunk in _chunks(rows, 5000):
        values = []
        for event_id, origin, record in chunk:
            record = dict(record or {})
            record["sources"] = [
                {**s, "language": s.get("language") or languages.get(s.get("article_id"))}
                for s in record.get("sources") or ()
                if isinstance(s, Mapping)
            ]
            loc = record.get("location") if isinstance(record.get("location"), Mapping) else None
            values.append(
                {"event_id": event_id, "loc_precision": loc.get("precision") if loc else None}
                | dashboard_keys(record, origin)
            )
        conn.execute(update_sql, values)


# MIGRATIONS[v] upgrades a store at schema version v to v + 1, inside the open transaction.
MIGRATIONS: dict[int, Migration] = {1: _migrate_1_to_2}
