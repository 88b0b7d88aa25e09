"""Referendums told in the plural («استفتاءات»، «الاستفتاءات», "referendums") are votes held, as
one referendum is. A deed declared impossible («يقر استحالة إجراء مفاوضات», "the impossibility of
talks") is no deed."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("وأجريت استفتاءات في أواخر سبتمبر في المناطق الأوكرانية الأربع.", "2022-10-04", "2022-09"),
        ("ورفضت كييف نتائج الاستفتاءات التي نظمتها موسكو في سبتمبر.", "2022-10-04", "2022-09"),
        ("Russia held referendums in four occupied regions in September.", "2022-10-04", "2022-09"),
    ],
)
def test_referendums_in_the_plural_are_votes_held(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "election")
    assert [e["date"] for e in found] == [date], found


def test_referendums_called_for_are_no_vote() -> None:
    assert not of_type(extract("وطالبت المعارضة بإجراء استفتاءات في المناطق الأربع.", "2022-10-04"), "election")


@pytest.mark.parametrize(
    "text",
    [
        "ووقع زيلينسكي اليوم مرسوما يقر استحالة إجراء مفاوضات مع بوتين.",
        "Zelensky signed a decree declaring the impossibility of talks with Putin.",
        # the word of impossibility quoted
        'ووقع زيلينسكي اليوم مرسوما يقر "استحالة" إجراء مفاوضات مع بوتين.',
        "ووقع زيلينسكي اليوم مرسوما يقر «استحالة» إجراء مفاوضات مع بوتين.",
    ],
)
def test_a_deed_declared_impossible_is_no_deed(text: str) -> None:
    assert not of_type(extract(text, "2022-10-04"), "meeting")


def test_a_deed_done_despite_an_impossibility_told_after_it_stays() -> None:
    found = of_type(extract("وعقد الطرفان مفاوضات في إسطنبول أمس رغم استحالة التوصل إلى حل.", "2022-10-04"), "meeting")
    assert [e["date"] for e in found] == ["2022-10-03"], found
