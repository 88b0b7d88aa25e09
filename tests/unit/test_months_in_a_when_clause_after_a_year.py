"""A month or a day told without its year in a clause of "when" opened right after a year told
alone ("since 2014, when Libya Dawn seized Tripoli in August", «منذ عام 2014، عندما سيطر ... في
أغسطس») is of that year, not the one before the publication; so is "that June" told after it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        (
            "Libya has had two governments since 2014, when an armed alliance seized Tripoli in August.",
            "2015-12-18",
            ["2014", "2014-08"],
        ),
        ("The crisis began in 2011, when protests erupted on February 15 in Benghazi.", "2013-06-01", ["2011", "2011-02-15"]),
        ("تعيش ليبيا انقساما منذ عام 2014، عندما سيطر تحالف فجر ليبيا على طرابلس في أغسطس.", "2015-12-18", ["2014", "2014-08"]),
        ("بدأت الأزمة في 2011 حين اندلعت الاحتجاجات في فبراير في بنغازي.", "2013-06-01", ["2011", "2011-02"]),
        # no clause of "when" right after the year: the month before the publication
        ("Libya has been divided since 2014, and in August rivals met in Geneva.", "2015-12-18", ["2014", "2015-08"]),
        ("Libya has been divided since 2014. When rivals met in August, nothing came of it.", "2015-12-18", ["2014", "2015-08"]),
        # a comma of thousands ends no clause
        ("Libya has been split since 2014, when militias with 5,000 fighters seized Tripoli in August.", "2015-12-18", ["2014", "2014-08"]),
        # a clause joined after a comma: another deed's month
        ("Yemen has been at war since 2014, when Houthis seized Sanaa, and a truce took effect in April.", "2015-12-18", ["2014", "2015-04"]),
        ("ليبيا منقسمة منذ 2014، لما لهذا العام من أثر، وقد اجتمع الفرقاء في أغسطس.", "2015-12-18", ["2014", "2015-08"]),
        # a month told with a phrase of its own
        ("The war began in 2014, when rebels rose up last August.", "2015-12-18", ["2014", "2015-08"]),
    ],
)
def test_a_month_in_a_when_clause_takes_the_year_before_it(text: str, published: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(text, published)] == values


def test_that_june_after_the_when_clause() -> None:
    text = (
        "Libya has had two governments since 2014, when an armed alliance known as Libya Dawn seized Tripoli in "
        "August after weeks of fighting, forcing the House of Representatives, elected that June, to set up in Tobruk."
    )
    events = extract(text, "2015-12-18")
    assert [e["date"] for e in of_type(events, "election")] == ["2014-06"], events
    assert [e["date"] for e in of_type(events, "attack")] == ["2014-08"], events
