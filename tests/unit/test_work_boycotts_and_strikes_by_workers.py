"""Labour protest told by words the lexicon lacked: work, classes or the courts boycotted by
those who work there (doctors boycotted work, قاطع المحامون العمل) withhold their labour, no
measure of a state; a strike named with those who hold it (a strike by public sector
employees) is a labour strike, as a strike by jets is an attack; a million-man march and a
human chain are crowds as مليونية and سلسلة بشرية are."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2022-05-11"  # a Wednesday: "on Monday" is 2022-05-09


@pytest.mark.parametrize(
    "text",
    [
        "Moroccan doctors boycotted work in public hospitals on Monday.",
        "قاطع المحامون في تونس العمل يوم الاثنين احتجاجا على اعتقال زميلهم.",
        "A strike by Lebanese public sector employees entered its second week on Monday.",
        'Thousands of Sudanese took part in a "million-man march" in Khartoum on Monday.',
        "Palestinians formed a human chain in Ramallah on Monday.",
    ],
)
def test_labour_boycotts_named_strikes_and_marches_are_protests(text: str) -> None:
    found = extract(text, PUBLISHED)
    assert [e["date"] for e in of_type(found, "protest")] == ["2022-05-09"]
    assert of_type(found, "sanctions") == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Arab states boycotted Israeli goods on Monday.", "sanctions"),
        ("قاطعت الدول الأربع قطر يوم الاثنين.", "sanctions"),
        ("A strike by Israeli jets hit Gaza on Monday.", "attack"),
    ],
)
def test_boycotts_of_states_and_strikes_by_jets_keep_their_type(text: str, event_type: str) -> None:
    found = extract(text, PUBLISHED)
    assert of_type(found, event_type) and of_type(found, "protest") == []
