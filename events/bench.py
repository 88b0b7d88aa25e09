"""`python -m events bench`: extraction speed against dateparser.search_dates.

Both run in the same process on the same distinct articles, after a warm-up,
pass for pass in turn, each timed as the best of `--repeat` passes, so the
ratio does not depend on the machine or on its other load. Start-up time is measured by
running `python -m events extract` on a one-article file in a fresh process.

The ratio is taken against `search_dates` told each article's language (its
fastest use); the default call, which guesses the language first, is printed
beside it for reference only.
"""

from __future__ import annotations

import hashlib
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from events.model import Article

BUNDLED_CORPUS = Path(__file__).resolve().parent.parent / "assets" / "corpus"
STARTUP_GOAL_SECONDS = 1.5


def distinct_articles(paths: Sequence[str], limit: int = 0) -> list[Article]:
    """Readable articles from `paths`, each text once."""
    from events.readers import read_inputs

    seen: set[str] = set()
    out: list[Article] = []
    for item in read_inputs(paths):
        if not isinstance(item, Article):
            continue
        digest = hashlib.sha1(item.text.encode("utf-8")).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        out.append(item)
        if limit and len(out) >= limit:
            break
    return out


@dataclass
class Timings:
    """Best-of-N seconds for each side over all the articles."""

    pipeline: float = float("inf")
    stages: dict[str, float] = field(default_factory=dict)
    events: int = 0
    search_dates: float = float("inf")


def pipeline_pass(articles: list[Article]) -> Callable[[], tuple[float, dict[str, float], int]]:
    """A function that runs the whole pipeline over `articles` once (warmed up):
    (seconds, seconds per stage, events found)."""
    from events.pipeline import StageTimer, extract_article
    from events.resources import load_resources

    resources = load_resources()
    for a in articles[:3]:
        extract_article(a, resources)

    def run() -> tuple[float, dict[str, float], int]:
        timer = StageTimer()
        start = time.perf_counter()
        n_events = sum(len(extract_article(a, resources, timer)) for a in articles)
        return time.perf_counter() - start, dict(timer.seconds), n_events

    return run


def search_dates_pass(articles: list[Article], detect_language: bool = False) -> Callable[[], float]:
    """A function that runs dateparser.search_dates over `articles` once (warmed up): seconds.

    By default each call is told the article's language, dateparser's fastest
    use; with `detect_language` it is called as `search_dates(text)`, its
    default, which first guesses the language itself.
    """
    from dateparser.search import search_dates

    from events.pipeline import prepare_article

    prepared = [prepare_article(a) for a in articles]

    def call(a: Article) -> None:
        if detect_language:
            search_dates(a.text)
        else:
            search_dates(a.text, languages=[a.language or "ar"])

    call(replace(prepared[0], text=prepared[0].text[:200]))

    def run() -> float:
        start = time.perf_counter()
        for a in prepared:
            call(a)
        return time.perf_counter() - start

    return run


def time_both(articles: list[Article], repeat: int) -> Timings:
    """The pipeline and search_dates, pass for pass in turn, each the best of `repeat`.

    Alternating the two means a change in the machine's load or speed during
    the run reaches both sides alike, so their ratio holds still.
    """
    pipeline, search = pipeline_pass(articles), search_dates_pass(articles)
    best = Timings()
    for _ in range(max(1, repeat)):
        seconds, stages, n_events = pipeline()
        if seconds < best.pipeline:
            best.pipeline, best.stages, best.events = seconds, stages, n_events
        best.search_dates = min(best.search_dates, search())
    return best


def time_search_dates(articles: list[Article], repeat: int = 1, detect_language: bool = False) -> float:
    """Best-of-`repeat` seconds for dateparser.search_dates over every article."""
    run = search_dates_pass(articles, detect_language)
    return min(run() for _ in range(max(1, repeat)))


def time_startup(runs: int = 3) -> list[float]:
    """Wall seconds of `python -m events extract` on a one-article file, per run."""
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.txt"
        sample.write_text("عنوان\nزار وزير الخارجية التركي الدوحة أمس.\n", encoding="utf-8")
        times: list[float] = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "events", "extract", str(sample), "--published", "2020-11-10"],
                capture_output=True,
                check=False,
                cwd=tmp,
            )
            times.append(time.perf_counter() - start)
    return times


def run_bench(paths: Sequence[str], limit: int = 0, repeat: int = 5) -> int:
    if not paths:
        if not BUNDLED_CORPUS.exists():
            print("bench: no articles given and no bundled corpus found", file=sys.stderr)
            return 2
        paths = [str(BUNDLED_CORPUS)]
    articles = distinct_articles(paths, limit)
    if not articles:
        print("bench: no readable articles", file=sys.stderr)
        return 2
    n = len(articles)
    kb = sum(len(a.text.encode("utf-8")) for a in articles) / 1024
    timings = time_both(articles, repeat)
    pipeline_s, stages, n_events, search_s = timings.pipeline, timings.stages, timings.events, timings.search_dates
    detect_s = time_search_dates(articles, max(1, repeat // 2), detect_language=True)
    startup = time_startup()

    print(f"articles: {n} distinct ({kb:.0f} KB), events found: {n_events}")
    print(f"pipeline:          {pipeline_s * 1000 / n:8.2f} ms/article  {n / pipeline_s:8.1f} articles/s")
    for stage, seconds in stages.items():
        print(f"  {stage:<16} {seconds * 1000 / n:8.3f} ms/article")
    print(f"dateparser search: {search_s * 1000 / n:8.2f} ms/article  {n / search_s:8.1f} articles/s")
    print(f"ratio: pipeline is {search_s / pipeline_s:.1f}x faster than dateparser.search_dates alone")
    print(
        f"for reference, search_dates(text) guessing the language itself: {detect_s * 1000 / n:.2f} ms/article "
        f"({detect_s / pipeline_s:.1f}x the pipeline)"
    )
    median = statistics.median(startup)
    verdict = "within" if median < STARTUP_GOAL_SECONDS else "OVER"
    print(
        f"start-up of `python -m events extract`: median {median:.2f} s over {len(startup)} runs "
        f"({verdict} the {STARTUP_GOAL_SECONDS} s goal)"
    )
    return 0
