"""`python -m events bench --store`: ingest throughput into the store, with 1 and 2 workers.

Each run ingests the same distinct articles into an empty store: a fresh
SQLite file in a temporary folder, and, when `EVENTS_TEST_PG_URL` is set, the
PostgreSQL test database (emptied first: it must be a database for tests).
It also times a second, idempotent pass (every article already stored) and
reports the raw and merged event counts.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

PG_ENV = "EVENTS_TEST_PG_URL"


def _empty_pg(url: str) -> None:
    from sqlalchemy import create_engine

    from events.store import Base, to_url

    engine = create_engine(to_url(url))
    Base.metadata.drop_all(engine)
    engine.dispose()


def bench_one(location: str, articles: list[Any], workers: int, extract: Any = None) -> dict[str, Any]:
    """Ingest `articles` into the (empty) store at `location`; timings and counts."""
    from events.ingest import ingest_articles
    from events.store import open_store, table_counts

    store = open_store(location)
    try:
        start = time.perf_counter()
        first = ingest_articles(store, articles, extract=extract, workers=workers)
        seconds = time.perf_counter() - start
        start = time.perf_counter()
        second = ingest_articles(store, articles, extract=extract, workers=workers)
        again = time.perf_counter() - start
        with store.read() as conn:
            counts = table_counts(conn)
    finally:
        store.close()
    return {
        "articles": len(articles),
        "stored": first.stored,
        "failed": len(first.failed),
        "seconds": seconds,
        "rate": len(articles) / seconds if seconds else 0.0,
        "again_seconds": again,
        "again_unchanged": second.unchanged,
        "raw_events": counts["raw_events"],
        "events": counts["events"],
    }


def run_store_bench(
    paths: Sequence[str] = (),
    *,
    limit: int = 0,
    workers: Sequence[int] = (1, 2),
    pg_url: str | None = None,
    extract: Any = None,
    out: TextIO = sys.stdout,
) -> int:
    """Print ingest throughput (articles/s) per backend and worker count; the exit status."""
    from events.bench import BUNDLED_CORPUS, distinct_articles

    paths = list(paths) or [str(BUNDLED_CORPUS)]
    articles = distinct_articles(paths, limit)
    if not articles:
        print("bench --store: no readable articles", file=sys.stderr)
        return 2
    pg_url = pg_url if pg_url is not None else os.environ.get(PG_ENV)
    backends: list[tuple[str, str | None]] = [("sqlite", None)]
    if pg_url:
        backends.append(("postgresql", pg_url))
    else:
        print(f"(PostgreSQL not measured: set {PG_ENV}, e.g. by sourcing .ci/postgres.sh)", file=out)
    print(f"store ingest: {len(articles)} distinct articles", file=out)
    with tempfile.TemporaryDirectory() as tmp:
        for name, url in backends:
            for n in workers:
                if url is None:
                    location = str(Path(tmp) / f"bench-{n}.sqlite")
                else:
                    _empty_pg(url)
                    location = url
                r = bench_one(location, articles, n, extract)
                print(
                    f"  {name:<10} workers={n}: {r['rate']:7.1f} articles/s ({r['seconds']:.2f} s; "
                    f"{r['raw_events']} events extracted, {r['events']} after merging; "
                    f"re-ingest of unchanged articles {r['again_seconds']:.2f} s)"
                    + (f"; {r['failed']} articles failed" if r["failed"] else ""),
                    file=out,
                )
    return 0
