"""`python -m events bench` measures the pipeline against dateparser on the same articles."""

from __future__ import annotations

import re

from events.bench import distinct_articles, run_bench

ARTICLES = [
    ("ar.txt", "عنوان\nقطعت السعودية علاقاتها مع قطر في 5 يونيو 2017، وزار وزير الخارجية التركي الدوحة أمس.\n"),
    ("en.txt", "Title\nSaudi Arabia cut ties with Qatar on 5 June 2017. The Turkish minister visited Doha on Friday.\n"),
    ("copy.txt", "عنوان\nقطعت السعودية علاقاتها مع قطر في 5 يونيو 2017، وزار وزير الخارجية التركي الدوحة أمس.\n"),
]


def test_bench_reports_each_stage_and_both_ratios(tmp_path, capsys) -> None:
    for name, text in ARTICLES:
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert len(distinct_articles([str(tmp_path)])) == 2  # the copy is measured once
    assert run_bench([str(tmp_path)], repeat=1) == 0
    out = capsys.readouterr().out
    assert "articles: 2 distinct" in out
    for stage in ("normalise", "sentences", "dates", "actors", "places", "triggers", "references", "assemble"):
        assert re.search(rf"^\s+{stage}\s+[\d.]+ ms/article$", out, re.M), stage
    assert re.search(r"^ratio: pipeline is [\d.]+x faster than dateparser.search_dates alone$", out, re.M)
    assert re.search(r"guessing the language itself: [\d.]+ ms/article \([\d.]+x the pipeline\)$", out, re.M)
    assert re.search(r"start-up of `python -m events extract`: median [\d.]+ s", out)


def test_bench_without_readable_articles_says_so(tmp_path, capsys) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert run_bench([str(tmp_path)], repeat=1) == 2
    assert "no readable articles" in capsys.readouterr().err
