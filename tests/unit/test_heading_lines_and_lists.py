"""A short line with no full stop between paragraphs is a linked report's headline, but the
items of a list and the dated lines of a timeline are the story's own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

TIMELINE = "Timeline of the year\nThe year was a busy one in the region.\n{line}\nMore reports will follow."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- 5 June 2017: Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar", [("sanctions", "2017-06-05")]),
        ("5 June 2017: Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar", [("sanctions", "2017-06-05")]),
        ("• السعودية والإمارات والبحرين ومصر تقطع علاقاتها مع قطر", [("sanctions", "2017-06-05")]),
        ("5 يونيو 2017: السعودية والإمارات والبحرين ومصر تقطع علاقاتها مع قطر", [("sanctions", "2017-06-05")]),
        # a headline of another report, undated, between the paragraphs
        ("Saudi Arabia downs a drone over Riyadh", []),
        ("إسقاط مروحية عسكرية تركية بشمال سوريا", []),
    ],
)
def test_list_items_and_dated_lines_are_no_headings(line, expected):
    found = extract(TIMELINE.format(line=line), "2021-01-10")
    assert [(e["event_type"], e["date"]) for e in found] == expected
