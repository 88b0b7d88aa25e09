"""A date after since/منذ that closes a list of event nouns ("demonstrations, strikes and sit-ins
since May", "احتجاجات، واعتصامات، وإضرابات منذ أكتوبر الماضي") tells when the events of the list
began: the commas of the list end no clause, and the list's first noun takes that month too."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

NOVEMBER = "2019-11-12"


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("Farmers have held demonstrations, strikes and sit-ins since May in Khartoum.", "protest", "2019-05"),
        ("Teachers have staged protests, strikes and sit-ins in Basra since October.", "protest", "2019-10"),
        ("The army has carried out air strikes, raids and arrests in Idlib since last month.", "attack", "2019-10"),
        ("يشهد العراق احتجاجات، واعتصامات، وإضرابات منذ أكتوبر الماضي.", "protest", "2019-10"),
        ("تشهد مدن الجزائر مظاهرات، واعتصامات، وإضرابات منذ مارس الماضي.", "protest", "2019-03"),
    ],
)
def test_a_list_of_events_takes_the_month_they_began(text: str, event_type: str, date: str) -> None:
    found = of_type(extract(text, NOVEMBER), event_type)
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # a clause of its own after the comma: its since is its own verb's
        ("Police arrested the opposition leader Ali Hassan in Algiers on Monday, and protests have continued since May.", "arrest", "2019-11-11"),
        ("اعتقلت الشرطة المعارض علي حسن في الجزائر يوم الاثنين، وتتواصل الاحتجاجات منذ مايو.", "arrest", "2019-11-11"),
    ],
)
def test_a_clause_after_the_comma_keeps_its_since(text: str, event_type: str, date: str) -> None:
    found = of_type(extract(text, NOVEMBER), event_type)
    assert [e["date"] for e in found] == [date], found
