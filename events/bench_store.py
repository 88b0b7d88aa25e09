"""`python -m events bench --store`: ingest throughput into the store, with 1 and 2 workers.

Each run ingests the same distinct articles into an empty store: a fresh
SQLite file in a temporary folder, and, when `EVENTS_TEST_PG_URL` is set, the
PostgreSQL test database (emptied first: it must be a database for tests).
It also times a second, idempotent pass (every article already stored) and
reports the raw and merged event counts.

Each configuration is measured twice: end to end (extraction included) and
store only, replaying events extracted beforehand (a zero-cost extractor),
which is what the store itself sustains.
"""

from __future__ import annotations

import os
import pickle
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

PG_ENV = "EVENTS_TEST_PG_URL"


def _empty_pg(url: str) -> None:
    from sqlalchemy import create_engine

    from events.store import Base, to_url

    engine = create_engine(to_url(url))
    Base.metadata.drop_all(engine)
    engine.dispose()


@lru_cache(maxsize=4)
def _replayed(path: str) -> dict[str, tuple[dict[str, Any], ...]]:
    return pickle.loads(Path(path).read_bytes())


@dataclass(frozen=True)
class Replay:
    """An extractor that returns events extracted beforehand.

    It holds only the path of the pickled events, so sending it to a worker
    process per article costs nothing; each process reads the file once.
    """

    path: str

    def __call__(self, article: Any) -> list[dict[str, Any]]:
        return [dict(e) for e in _replayed(self.path).get(article.id, ())]


def pre_extract(articles: list[Any], folder: str, extract: Any = None) -> tuple[Replay, float]:
    """Extract every article once (events pickled in `folder`); the replaying extractor and the seconds it took."""
    from events.ingest import default_extract

    extract = extract or default_extract
    start = time.perf_counter()
    events = {
        a.id: tuple(e.to_dict() if hasattr(e, "to_dict") else dict(e) for e in extract(a)) for a in articles
    }
    seconds = time.perf_counter() - start
    path = Path(folder) / "extracted.pickle"
    path.write_bytes(pickle.dumps(events))
    return Replay(str(path)), seconds


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
        replay, extract_seconds = pre_extract(articles, tmp, extract)
        print(
            f"  (extraction alone, one process: {len(articles) / extract_seconds if extract_seconds else 0.0:.1f} "
            f"articles/s; 'store only' replays its events)",
            file=out,
        )
        for name, url in backends:
            for n in workers:
                for label, extractor in (("end to end", extract), ("store only", replay)):
                    if url is None:
                        location = str(Path(tmp) / f"bench-{n}-{label[0]}.sqlite")
                    else:
                        _empty_pg(url)
                        location = url
                    r = bench_one(location, articles, n, extractor)
                    print(
                        f"  {name:<10} workers={n} {label:<10}: {r['rate']:7.1f} articles/s ({r['seconds']:.2f} s; "
                        f"{r['raw_events']} events extracted, {r['events']} after merging; "
                        f"re-ingest of unchanged articles {r['again_seconds']:.2f} s)"
                        + (f"; {r['failed']} articles failed" if r["failed"] else ""),
                        file=out,
                    )
    return 0
