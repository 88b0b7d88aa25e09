"""The store's subcommands: `ingest`, `export`, `import`, `corrections`.

`register(subparsers)` adds them to the CLI's argparse subparsers and returns
their handlers by name. The store is `--db` (a path or SQLAlchemy URL), else
`EVENTS_DB`, else `events.sqlite` in the user's data folder
(`$XDG_DATA_HOME/geo-timeline`, by default `~/.local/share/geo-timeline`).

Exit status: 0 done, 3 some input skipped, 2 usage error, 1 failure (a store
that cannot be opened or written is named with the reason; nothing half-written).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any, TextIO

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3
Handler = Callable[[argparse.Namespace], int]


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help="store path or SQLAlchemy URL (default: $EVENTS_DB, else ~/.local/share/geo-timeline/events.sqlite)",
    )


def _date(value: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--actor", help="actor id(s), comma-separated")
    parser.add_argument("--country", help="ISO alpha-3 code(s), comma-separated")
    parser.add_argument("--type", dest="event_type", help="event type(s), comma-separated")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    parser.add_argument("--text", help="words to find in the title, quote, actors or place")
    parser.add_argument("--include-rejected", action="store_true", help="keep events an analyst rejected")


def register(subparsers: Any) -> dict[str, Handler]:
    """Add `ingest`, `export`, `import` and `corrections` to the CLI; their handlers by name."""
    ing = subparsers.add_parser("ingest", help="extract the events of articles and store them (merged across articles)")
    ing.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for standard input")
    _add_db(ing)
    ing.add_argument("--published", type=_date, help="publication date for articles that give none")
    ing.add_argument("--workers", type=int, default=1, help="extraction processes (default 1)")
    ing.add_argument("--quiet", action="store_true", help="no progress on stderr")

    exp = subparsers.add_parser("export", help="write the stored events in one of several formats")
    _add_db(exp)
    exp.add_argument("--format", choices=("csv", "jsonl", "geojson", "timelinejs", "gdelt"), default="jsonl")
    _add_filters(exp)
    exp.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")

    imp = subparsers.add_parser("import", help="load a GDELT or ACLED events file into the store")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--format", choices=("gdelt", "acled"), required=True)
    _add_db(imp)

    cor = subparsers.add_parser("corrections", help="list, add or undo analyst corrections")
    cor_sub = cor.add_subparsers(dest="corrections_command", required=True, metavar="ACTION")
    lst = cor_sub.add_parser("list", help="every correction, with who made it and when")
    _add_db(lst)
    lst.add_argument("--active", action="store_true", help="leave out undone corrections")
    lst.add_argument("--format", choices=("table", "jsonl"), default="table")
    und = cor_sub.add_parser("undo", help="undo a correction by its number")
    und.add_argument("correction_id", type=int)
    _add_db(und)
    und.add_argument("--by", help="who undoes it (default: the current user)")
    rej = cor_sub.add_parser("reject", help="reject an event (it leaves exports and the dashboard)")
    rej.add_argument("event_id")
    _add_db(rej)
    rej.add_argument("--by")
    rej.add_argument("--note")
    fix = cor_sub.add_parser("correct", help="correct an event's type, date, actors or location")
    fix.add_argument("event_id")
    _add_db(fix)
    fix.add_argument("--type", dest="new_type", help="the right event type")
    fix.add_argument("--date", dest="new_date", help="the right date: YYYY, YYYY-MM or YYYY-MM-DD")
    fix.add_argument("--actors", help="the right actor ids, comma-separated (first two: initiator, target)")
    fix.add_argument(
        "--location", help="NAME,ISO3[,LAT,LON] (e.g. Doha,QAT,25.29,51.53), or 'none' to remove the place"
    )
    fix.add_argument("--by")
    fix.add_argument("--note")
    return {"ingest": cmd_ingest, "export": cmd_export, "import": cmd_import, "corrections": cmd_corrections}


def _open(args: argparse.Namespace, create: bool = True) -> Any:
    from events.store import open_store

    return open_store(getattr(args, "db", None), create=create)


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_FAILURE


class _Progress:
    def __init__(self, stream: TextIO, every: float = 1.0) -> None:
        self.stream, self.every, self.last, self.shown = stream, every, time.monotonic(), False

    def __call__(self, report: Any) -> None:
        now = time.monotonic()
        if now - self.last < self.every:
            return
        self.last = now
        done = report.new + report.replaced + report.unchanged + len(report.failed)
        rate = done / report.seconds if report.seconds else 0.0
        end = "\r" if self.stream.isatty() else "\n"
        self.stream.write(f"{done}/{report.read} articles, {report.raw_events} events ({rate:.1f} articles/s){end}")
        self.stream.flush()
        self.shown = True


def cmd_ingest(args: argparse.Namespace) -> int:
    from events.ingest import ingest_paths
    from events.store import StoreError

    if args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        store = _open(args)
    except StoreError as exc:
        return _fail(str(exc))
    progress = None if args.quiet else _Progress(sys.stderr)
    stdin = sys.stdin.buffer if "-" in args.paths else None
    try:
        report = ingest_paths(store, args.paths, published=args.published, workers=args.workers, progress=progress,
                              stdin=stdin)  # fmt: skip
    except StoreError as exc:
        return _fail(f"{exc} (the articles stored before it are complete; run again to finish)")
    finally:
        store.close()
    if progress is not None and progress.shown and sys.stderr.isatty():
        sys.stderr.write("\n")
    for item in report.notes:
        print(f"note: {item}", file=sys.stderr)
    for item in report.skipped:
        print(f"skipped: {item}", file=sys.stderr)
    for item in report.failed:
        print(f"skipped: {item}", file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    return EXIT_SKIPPED if report.skipped or report.failed else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from events.exporters import EventFilter, export_events
    from events.store import StoreError

    flt = EventFilter(
        actor=args.actor,
        country=args.country,
        event_type=args.event_type,
        date_from=args.date_from,
        date_to=args.date_to,
        text=args.text,
        include_rejected=args.include_rejected,
    )
    try:
        store = _open(args, create=False)
    except StoreError as exc:
        return _fail(str(exc))
    tmp = f"{args.output}.part-{os.getpid()}" if args.output else None
    try:
        if tmp is None:
            n = export_events(store, args.format, sys.stdout, flt)
        else:
            with open(tmp, "w", encoding="utf-8", newline="") as out:
                n = export_events(store, args.format, out, flt)
            os.replace(tmp, args.output)  # the file appears whole or not at all
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        raise  # the reader of standard output went away (`| head`): the caller stops quietly
    except (StoreError, OSError) as exc:
        return _fail(str(exc))
    finally:
        store.close()
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
    print(f"{n} events", file=sys.stderr)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from events.importers import import_file
    from events.store import StoreError

    if not os.path.isfile(args.file):
        return _fail(f"{args.file}: no such file")
    try:
        store = _open(args)
    except StoreError as exc:
        return _fail(str(exc))
    try:
        report = import_file(store, args.file, args.format)
    except (StoreError, OSError) as exc:
        return _fail(str(exc))
    finally:
        store.close()
    for problem in report.problems[:20]:
        print(f"skipped: {args.file}: {problem}", file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    return EXIT_SKIPPED if report.problems else EXIT_OK


def _location_value(spec: str) -> dict[str, Any] | None:
    if spec.strip().lower() == "none":
        return None
    parts = [p.strip() for p in spec.split(",")]
    value: dict[str, Any] = {"name": parts[0], "country": parts[1] if len(parts) > 1 else None}
    if len(parts) >= 4:
        value["lat"], value["lon"] = parts[2], parts[3]
    return value


def cmd_corrections(args: argparse.Namespace) -> int:
    from events import corrections as corr
    from events.store import StoreError

    try:
        store = _open(args, create=False)
    except StoreError as exc:
        return _fail(str(exc))
    try:
        if args.corrections_command == "list":
            rows = corr.list_corrections(store, include_undone=not args.active)
            for row in rows:
                if args.format == "jsonl":
                    print(json.dumps(row, ensure_ascii=False))
                else:
                    state = f"undone {row['undone_at']}" if row["undone_at"] else "active"
                    value = json.dumps(row["value"], ensure_ascii=False) if row["value"] else ""
                    print(f"{row['id']}\t{row['created_at']}\t{row['author'] or '-'}\t{row['action']}\t"
                          f"{row['target_id']}\t{value}\t{state}")  # fmt: skip
            return EXIT_OK
        if args.corrections_command == "undo":
            row = corr.undo_correction(store, args.correction_id, author=args.by)
            print(f"undone: correction {row['id']} ({row['action']} of {row['target_id']})", file=sys.stderr)
            return EXIT_OK
        if args.corrections_command == "reject":
            row = corr.add_correction(store, args.event_id, "reject", None, author=args.by, note=args.note)
            print(f"correction {row['id']}: rejected {row['event_id']}", file=sys.stderr)
            return EXIT_OK
        changes: list[tuple[str, dict[str, Any] | None]] = []
        if args.new_type:
            changes.append(("type", {"event_type": args.new_type}))
        if args.new_date:
            changes.append(("date", {"date": args.new_date}))
        if args.actors:
            actors = [a.strip() for a in args.actors.split(",") if a.strip()]
            changes.append(("actors", {"actors": actors}))
        if args.location:
            changes.append(("location", _location_value(args.location)))
        if not changes:
            print("error: nothing to correct (give --type, --date, --actors or --location)", file=sys.stderr)
            return EXIT_USAGE
        for action, value in changes:
            corr.validate(action, value)
        for action, value in changes:
            row = corr.add_correction(store, args.event_id, action, value, author=args.by, note=args.note)
            print(f"correction {row['id']}: {action} of {row['event_id']}", file=sys.stderr)
        return EXIT_OK
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except StoreError as exc:
        return _fail(str(exc))
    finally:
        store.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the store's subcommands on their own: `python -m events.store_cli ingest ...`."""
    parser = argparse.ArgumentParser(prog="python -m events.store_cli")
    handlers = register(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    args = parser.parse_args(argv)
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
