"""`python -m events`: extract events and time expressions, and measure speed.

Exit status (SCHEMA.md): 0 when every input was read, 3 when some input was
skipped (each skip is named on stderr with its file and line), 2 for a usage
error, 1 for any other failure. Tracebacks are shown only with EVENTS_DEBUG=1.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import TextIO

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3


def _published(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m events", description="Dated geopolitical events from news articles.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser("extract", help="print the events of each article (never merged across articles)")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for standard input")
    ex.add_argument("--published", type=_published, help="publication date for articles that give none")
    ex.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl")

    dt = sub.add_parser("dates", help="print every time expression found in the articles")
    dt.add_argument("paths", nargs="+", metavar="PATH")
    dt.add_argument("--published", type=_published)
    dt.add_argument("--format", choices=("jsonl", "table"), default="jsonl")

    be = sub.add_parser("bench", help="measure extraction speed against dateparser.search_dates")
    be.add_argument("paths", nargs="*", metavar="PATH", help="articles to measure on (default: the bundled corpus)")
    be.add_argument("--limit", type=int, default=0, help="use at most this many articles")
    be.add_argument("--repeat", type=int, default=5, help="timed passes over the articles (the best counts)")
    be.add_argument("--store", action="store_true", help="measure ingest throughput into SQLite (and PostgreSQL)")
    be.add_argument("--pg-url", help="PostgreSQL URL for --store (default: EVENTS_TEST_PG_URL when set)")
    be.add_argument(
        "--dashboard", action="store_true", help="measure the dashboard's filter changes at 10k, 100k and 1M events"
    )
    be.add_argument("--sizes", help="comma-separated event counts for --dashboard (default 10000,100000,1000000)")

    from events.store_cli import register

    COMMANDS.update(register(sub))
    return parser


class Progress:
    """Progress on stderr once a run takes longer than a couple of seconds."""

    def __init__(self, stream: TextIO, every: float = 2.0) -> None:
        self.stream = stream
        self.every = every
        self.start = time.monotonic()
        self.last = self.start
        self.shown = False

    def update(self, articles: int, events: int) -> None:
        now = time.monotonic()
        if now - self.last < self.every:
            return
        self.last = now
        rate = articles / max(now - self.start, 1e-9)
        end = "\r" if self.stream.isatty() else "\n"
        self.stream.write(f"{articles} articles, {events} events ({rate:.0f} articles/s){end}")
        self.stream.flush()
        self.shown = True

    def done(self, articles: int, events: int) -> None:
        if self.shown:
            self.stream.write(f"\n{articles} articles, {events} events\n" if self.stream.isatty() else "")
            self.stream.write(f"done: {articles} articles, {events} events\n")


def _articles(paths: Sequence[str], published: str | None, problems: list[str]) -> Iterator:
    from events.model import Article
    from events.readers import ReadNotice, read_inputs

    stdin = sys.stdin.buffer if "-" in paths else None
    for item in read_inputs(paths, published=published, stdin=stdin):
        if isinstance(item, Article):
            yield item
        elif isinstance(item, ReadNotice):
            print(f"note: {item}", file=sys.stderr)
        else:
            problems.append(str(item))
            print(f"skipped: {item}", file=sys.stderr)


def cmd_extract(args: argparse.Namespace) -> int:
    from events.output import EVENT_COLUMNS, TABLE_COLUMNS, RowWriter
    from events.pipeline import extract_article
    from events.resources import load_resources

    resources = load_resources()
    problems: list[str] = []
    writer = RowWriter(sys.stdout, args.format, EVENT_COLUMNS, TABLE_COLUMNS)
    progress = Progress(sys.stderr)
    n_articles = n_events = 0
    for article in _articles(args.paths, args.published, problems):
        try:
            found = extract_article(article, resources)
        except Exception as exc:  # one bad article must not end the run
            if os.environ.get("EVENTS_DEBUG"):
                raise
            problems.append(article.id)
            print(f"skipped: {article.id}: extraction failed: {exc.__class__.__name__}: {exc}", file=sys.stderr)
            continue
        n_articles += 1
        for event in found:
            writer.write(event.to_dict())
            n_events += 1
        progress.update(n_articles, n_events)
    progress.done(n_articles, n_events)
    return EXIT_SKIPPED if problems else EXIT_OK


def cmd_dates(args: argparse.Namespace) -> int:
    from events.output import DATE_COLUMNS, RowWriter
    from events.pipeline import prepare_article
    from events.temporal import find_dates

    problems: list[str] = []
    writer = RowWriter(sys.stdout, args.format, DATE_COLUMNS, DATE_COLUMNS)
    for article in _articles(args.paths, args.published, problems):
        article = prepare_article(article)
        for m in find_dates(article.text, article.published, article.language):
            writer.write(
                {
                    "article_id": article.id,
                    "text": m.text,
                    "start": m.start,
                    "end": m.end,
                    "value": m.value,
                    "precision": m.precision,
                    "basis": m.basis,
                    "end_value": m.end_value,
                    "recurring": m.recurring,
                }
            )
    return EXIT_SKIPPED if problems else EXIT_OK


def cmd_bench(args: argparse.Namespace) -> int:
    if args.dashboard:
        from events.bench_dashboard import run_dashboard_bench

        if args.sizes:
            try:
                sizes = tuple(int(x) for x in args.sizes.split(","))
            except ValueError:
                print(f"bench: --sizes takes numbers separated by commas, not {args.sizes!r}", file=sys.stderr)
                return EXIT_USAGE
            return run_dashboard_bench(sizes)
        return run_dashboard_bench()
    if args.store:
        from events.bench_store import run_store_bench

        pg_url = args.pg_url or os.environ.get("EVENTS_TEST_PG_URL")
        return run_store_bench(args.paths, limit=args.limit, pg_url=pg_url)
    from events.bench import run_bench

    return run_bench(args.paths, limit=args.limit, repeat=args.repeat)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "extract": cmd_extract,
    "dates": cmd_dates,
    "bench": cmd_bench,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (e.g. `| head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        if os.environ.get("EVENTS_DEBUG"):
            raise
        print(f"error: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILURE
