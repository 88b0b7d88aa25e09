"""Fill a store with synthetic events for the dashboard's scale test.

    python scripts/generate_events.py --db /tmp/big.sqlite --count 1000000
    EVENTS_DB=/tmp/big.sqlite streamlit run streamlit_app.py

The events come from `dashboard.synthetic` (dates with bursts, a skewed mix
of types, 1-4 countries, people and organisations, GeoNames cities, month and
year precisions, sources in Arabic and English). They are written as imported
events (origin `synthetic`), through the store's own `write_events` (one bulk
insert per table), in transactions of `--batch` events.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.synthetic import SOURCES, synthetic_records
from events.store import open_store, write_events

LANGUAGE = dict(SOURCES)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="store path or URL (created when missing)")
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=20_000)
    args = parser.parse_args(argv)
    store = open_store(args.db)
    start = time.perf_counter()
    batch: list[dict] = []
    done = 0

    def flush() -> None:
        nonlocal done
        for record in batch:
            record["origin"] = "synthetic"
            for source in record["sources"]:
                source["language"] = LANGUAGE.get(source["source"])
        with store.write() as conn:
            write_events(conn, ((record, record, "synthetic", None) for record in batch))
        done += len(batch)
        batch.clear()
        rate = done / (time.perf_counter() - start)
        print(f"{done:,} events ({rate:,.0f}/s)", file=sys.stderr)

    for record in synthetic_records(args.count, seed=args.seed):
        batch.append(record)
        if len(batch) >= args.batch:
            flush()
    if batch:
        flush()
    print(f"wrote {done:,} events to {store.label} in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
