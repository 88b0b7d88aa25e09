"""`python -m dashboard.first_run [PATH...]`: fill an empty store from the bundled corpus before the dashboard starts.

The store is `$EVENTS_DB`, else the per-user default. A store that already
holds articles is left alone; the corpus is read with the readers' defaults
(an article with no date gets one estimated by the pipeline).
"""

from __future__ import annotations

import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "assets" / "corpus"


def main(argv: list[str] | None = None) -> int:
    from sqlalchemy import text

    from events.ingest import ingest_paths
    from events.store import StoreError, open_store

    paths = (argv if argv is not None else sys.argv[1:]) or [str(CORPUS)]
    try:
        store = open_store()
        with store.read() as conn:
            held = conn.execute(text("SELECT COUNT(*) FROM articles")).scalar() or 0
            held += conn.execute(text("SELECT COUNT(*) FROM events")).scalar() or 0
        if held:
            return 0
        print(f"first start: filling {store.label} from {', '.join(paths)}", file=sys.stderr)
        report = ingest_paths(store, paths)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(report.summary(), file=sys.stderr)
    for line in report.failed[:5]:
        print(f"skipped: {line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
