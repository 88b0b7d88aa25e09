"""Two past deeds told in one clause, each with a time of its own, the later one after a word of
sequence with no comma before it ("cut relations with Iran in 1988 before resuming relations in
1991", «قطعت علاقاتها عام 1988 قبل أن تستأنف عام 1991»): two events, each on its own time, the
later one not taken in by the stronger type of the first. Ties told as the subject of a verb of
cutting (وكانت العلاقات ... قد قطعت), ties resumed and a crossing reopened after قبل أن with no
object of their own (قبل أن تستأنف، قبل أن يعاد فتحه) are deeds of their own; a clause that
names its parties by a pronoun of the two (بينهما) has the pair told before as its parties. A
later deed with no time of its own splits nothing (a later deed after قبل أن or before dated in
its own clause while the first deed has no time is in test_before_clauses.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "قطعت السعودية علاقاتها مع إيران عام 1988 قبل أن تستأنف عام 1991.",
            "2016-01-04",
            [("sanctions", "1988"), ("relations", "1991")],
        ),
        (
            "Saudi Arabia cut diplomatic relations with Iran in 1988 before resuming relations in 1991.",
            "2016-01-04",
            [("sanctions", "1988"), ("relations", "1991")],
        ),
        (
            "وكانت العلاقات بين السعودية وإيران قد قطعت عام 1988 قبل أن تستأنف عام 1991.",
            "2016-01-04",
            [("sanctions", "1988"), ("relations", "1991")],
        ),
        (
            "وأغلق الأردن معبر جابر مع سوريا في أبريل 2015، قبل أن يعاد فتحه في أكتوبر 2018.",
            "2021-10-04",
            [("relations", "2018-10")],
        ),
    ],
)
def test_each_deed_of_a_sequence_keeps_its_own_time(text, published, expected):
    found = [(e["event_type"], e["date"]) for e in extract(text, published)]
    for row in expected:
        assert row in found


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia cut diplomatic relations with Iran on Sunday. "
        "Ties between them had been cut in 1988, amid rivalry in Syria and Yemen.",
        "قطعت السعودية علاقاتها الدبلوماسية مع إيران الأحد. وتأتي الأزمة في ظل تنافس بين البلدين في سوريا واليمن، "
        "وكانت العلاقات بينهما قد قطعت عام 1988.",
    ],
)
def test_the_pair_of_a_pronoun_is_not_the_names_of_another_clause(text):
    found = [e for e in of_type(extract(text, "2016-01-04"), "sanctions") if e["date"] == "1988"]
    assert [sorted(e["countries"]) for e in found] == [["IRN", "SAU"]]


def test_a_pronoun_of_the_two_names_the_pair_told_before():
    text = "وأعلنت السعودية قطع العلاقات مع إيران الأحد. وكانت العلاقات بينهما قد قطعت عام 1988 قبل أن تستأنف عام 1991."
    found = extract(text, "2016-01-04")
    assert [sorted(e["countries"]) for e in of_type(found, "relations")] == [["IRN", "SAU"]]
    assert [e["date"] for e in of_type(found, "sanctions") if e["date"] != "2016-01-03"] == ["1988"]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("قطعت السعودية علاقاتها مع إيران عام 2016 قبل أن تستأنف العلاقات.", "2023-03-11"),
        ("Saudi Arabia cut diplomatic relations with Iran in 2016 before resuming relations this year.", "2023-03-11"),
    ],
)
def test_a_sequence_without_two_written_times_splits_nothing(text, published):
    assert of_type(extract(text, published), "relations") == []


def test_ties_that_came_a_long_way_were_not_cut():
    text = "وقال الوزير إن العلاقات بين السعودية والعراق قطعت شوطا كبيرا خلال العام الماضي."
    assert of_type(extract(text, "2020-01-04"), "sanctions") == []


@pytest.mark.parametrize(
    "text",
    [
        "وبحث وزير الخارجية السعودي مع نظيره العراقي العلاقات الثنائية في بغداد أمس قبل أن يعود إلى الرياض.",
        "ناقش الوزيران العلاقات الثنائية قبل أن تستأنف المفاوضات في جنيف.",
    ],
)
def test_a_return_home_or_talks_resumed_are_no_ties_resumed(text):
    assert of_type(extract(text, "2020-01-04"), "relations") == []
