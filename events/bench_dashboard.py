"""`python -m events bench --dashboard`: the dashboard's cost of a filter change at 10k, 100k and 1M events.

For each size, in a fresh process (so peak memory is that size's own): build
the frame of synthetic events (`dashboard.synthetic`), then run a series of
filter changes the way the page does on a rerun (filter, timeline, map,
table) and report the server-side time of each, the bytes sent to the
browser on that rerun (the figures' JSON and the table's Arrow stream), and
the process's peak resident memory. Pure functions only: no Streamlit
server and no store are involved.
"""

from __future__ import annotations

import multiprocessing
import resource
import sys
import time
from collections.abc import Sequence
from datetime import date
from typing import Any, TextIO

DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
TIME_BUDGET_S = 1.0
BYTES_BUDGET = 5 * 1024 * 1024


def _scenarios() -> list[tuple[str, Any]]:
    from dashboard.state import ViewState

    return [
        ("all events (first page)", ViewState()),
        ("country QAT,TUR", ViewState(countries=("QAT", "TUR"))),
        ("+ type sanctions, 2017", ViewState(countries=("QAT", "TUR"), types=("sanctions",), date_from=date(2017, 1, 1), date_to=date(2017, 12, 31))),
        ("lanes by country", ViewState(lanes="country")),
        ("text search (Arabic)", ViewState(text="والمظاهرات")),
        ("text search (place)", ViewState(text="Doha")),
        ("narrow: country+type+month", ViewState(countries=("QAT",), types=("visit",), date_from=date(2017, 6, 1), date_to=date(2017, 6, 30))),
    ]


def measure_rerun(frame: Any, state: Any) -> dict[str, Any]:
    """Time and bytes of one rerun of the page for `state` (filter, both figures, the table)."""
    from dashboard.figures import figure_bytes, map_figure, timeline_figure
    from dashboard.filters import filter_events
    from dashboard.table import table_bytes, table_frame

    start = time.perf_counter()
    df = filter_events(frame, state)
    timeline = timeline_figure(df, state)
    world = map_figure(df, state)
    table = table_frame(df, None, state.lang)
    seconds = time.perf_counter() - start
    sent = figure_bytes(timeline) + figure_bytes(world) + table_bytes(table)
    return {"events": len(df), "seconds": seconds, "bytes": sent}


def bench_size(n: int) -> dict[str, Any]:
    """Build `n` synthetic events and measure every scenario (run in its own process)."""
    from dashboard.synthetic import synthetic_frame

    start = time.perf_counter()
    frame = synthetic_frame(n, seed=1)
    build = time.perf_counter() - start
    rows = []
    for name, state in _scenarios():
        measure_rerun(frame, state)  # warm (first use of each code path)
        result = measure_rerun(frame, state)
        result["scenario"] = name
        rows.append(result)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "size": n,
        "build_seconds": build,
        "frame_mb": frame.memory_usage(deep=True).sum() / 1e6,
        "peak_mb": peak_kb / 1024,
        "rows": rows,
    }


def _run_isolated(n: int) -> dict[str, Any]:
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods and sys.platform != "darwin" else "spawn")
    with ctx.Pool(1) as pool:
        return pool.apply(bench_size, (n,))


def run_dashboard_bench(sizes: Sequence[int] = DEFAULT_SIZES, out: TextIO | None = None) -> int:
    """Print the dashboard benchmark; 0 when every size stays within 1 s and 5 MB per rerun, else 1."""
    out = out or sys.stdout
    ok = True
    for n in sizes:
        report = _run_isolated(int(n))
        out.write(
            f"\n{n:,} events: frame built in {report['build_seconds']:.1f} s, "
            f"{report['frame_mb']:.0f} MB in memory, peak RSS {report['peak_mb']:.0f} MB\n"
        )
        out.write(f"  {'filter change':<30} {'matching':>10} {'server s':>9} {'sent KB':>9}\n")
        for row in report["rows"]:
            flag = ""
            if row["seconds"] > TIME_BUDGET_S or row["bytes"] > BYTES_BUDGET:
                flag = "  over budget"
                ok = False
            out.write(
                f"  {row['scenario']:<30} {row['events']:>10,} {row['seconds']:>9.3f} {row['bytes'] / 1024:>9.0f}{flag}\n"
            )
    out.write(f"\nbudget per rerun: {TIME_BUDGET_S:.0f} s server side, {BYTES_BUDGET // (1024 * 1024)} MB sent\n")
    out.flush()
    return 0 if ok else 1


if __name__ == "__main__":
    sizes = tuple(int(a) for a in sys.argv[1:]) or DEFAULT_SIZES
    raise SystemExit(run_dashboard_bench(sizes))
