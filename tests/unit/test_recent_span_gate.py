"""The search for phrases of a recent stretch ("in recent weeks", "قبل أشهر") is tried only
where a phrase can begin, and finds just what the search without that gate finds."""

from __future__ import annotations

import re

import pytest

from events.temporal import _recent_spans
from events.text.normalize import fold


def _ungated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    gate = re.match(r"\(\?=\[[^\]]+\]\)", pattern.pattern)
    assert gate is not None  # the search is gated
    return re.compile(pattern.pattern[gate.end() :], pattern.flags)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("In recent weeks the two ministers met twice.", ["weeks"]),
        ("The border was closed several months ago, and reopened IN THE PAST FEW WEEKS.", ["months", "weeks"]),
        ("Officials said the talks resumed over the last few months.", ["months"]),
        ("The recent weekslong talks ended.", []),
        ("وفي الأسابيع الأخيرة التقى الوزيران مرتين", ["weeks"]),
        ("أغلقت الحدود قبل أشهر ثم أعيد فتحها خلال الأسابيع القليلة الماضية", ["months", "weeks"]),
        ("فالشهور الماضية شهدت محادثات", []),
        ("وقال إن المحادثات استؤنفت في الشهور الماضية", ["months"]),
        ("لم يحدث شيء جديد", []),
    ],
)
def test_the_gated_search_finds_what_the_plain_one_finds(text, units):
    pattern = _recent_spans()[0]
    folded = fold(text).text
    found = [(m.span(), m.lastgroup) for m in pattern.finditer(folded)]
    assert found == [(m.span(), m.lastgroup) for m in _ungated(pattern).finditer(folded)]
    assert [unit for _, unit in found] == units
