"""Where people fled, told by a word of flight or refuge, who fled and a word of where to, with
the names listed after the first, is no side nor place of a deed told in another clause."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "not_sides", "sides"),
    [
        # the lands the displaced fled to took no part in the fighting
        (
            "وأسفر القتال عن مقتل مئات المدنيين ونزوح أكثر من مليون شخص، فيما لجأ عشرات الآلاف إلى مصر وتشاد.",
            {"EGY", "TCD"},
            set(),
        ),
        (
            "وأسفر القتال في السودان عن مقتل مئات المدنيين، فيما لجأ عشرات الآلاف إلى مصر وتشاد وجنوب السودان.",
            {"EGY", "TCD", "SSD"},
            {"SDN"},
        ),
        (
            "The fighting in Sudan has killed hundreds of civilians, while tens of thousands have fled to Egypt, "
            "Chad and South Sudan.",
            {"EGY", "TCD", "SSD"},
            {"SDN"},
        ),
        (
            "The fighting has killed hundreds of civilians and displaced more than a million people, while tens "
            "of thousands have taken refuge in Egypt and Chad.",
            {"EGY", "TCD"},
            set(),
        ),
        # a state struck, named before the clause of refuge, stays a side
        ("قصفت طائرات سودانية مواقع في تشاد يوم السبت، فيما فر آلاف المدنيين إلى مصر.", {"EGY"}, {"SDN", "TCD"}),
        ("Sudanese jets struck positions in Chad on Saturday, while thousands of civilians fled to Egypt.", {"EGY"}, {"SDN", "TCD"}),
    ],
)
def test_where_people_fled_is_no_side(text, not_sides, sides):
    found = of_type(extract(text, "2023-05-21"), "attack")
    assert all(not not_sides & set(e["countries"]) for e in found), found
    if sides:
        assert len(found) == 1 and sides <= set(found[0]["countries"]), found
