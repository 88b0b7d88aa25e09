"""«آنذاك» right after an office («وزير الخارجية التركي آنذاك») names the then holder of it: a
time written later in its clause («القاهرة في مارس») is the deed's, not the time told before;
«آنذاك» alone in its clause still takes the time told before."""

from __future__ import annotations

from test_extraction_support import extract

from events.temporal import find_dates


def test_the_clauses_own_month_dates_the_visit() -> None:
    text = (
        "تلاها اتصال هاتفي أجراه السيسي بأردوغان للتعزية في ضحايا الزلزال الذي ضرب جنوب تركيا في فبراير/شباط 2023. "
        "وزار وزير الخارجية التركي آنذاك مولود جاووش أوغلو القاهرة في مارس/آذار من العام نفسه."
    )
    found = [(e["event_type"], e["date"]) for e in extract(text, "2024-02-15")]
    assert ("visit", "2023-03") in found, found
    assert [d.value for d in find_dates(text, "2024-02-15", "ar") if d.text == "آنذاك"] == [], "no time of its own"


def test_then_alone_in_its_clause_takes_the_time_told_before() -> None:
    text = "وقطعت السعودية علاقاتها مع إيران في يناير 2016. وحذت البحرين حذو السعودية آنذاك، فيما خفضت الإمارات تمثيلها الدبلوماسي."
    assert [d.value for d in find_dates(text, "2023-03-11", "ar") if d.text == "آنذاك"] == ["2016-01"]
