"""A state joined to the doer of a one-sided deed (an attack, a sanction, a deployment, aid) by
"and", و or a comma of their list does the deed with it and is no target of it: the target is the
next side its sentence names, or none. The sides of a meeting, listed alike, stay each other's
counterparts (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        ("وإثر ذلك قطعت اليمن وجزر المالديف وليبيا علاقاتها مع قطر.", "sanctions", "QAT"),
        ("Yemen, the Maldives and Libya then cut ties with Qatar.", "sanctions", "QAT"),
        ("أوردت وكالة رويترز خبرا مفاده ايقاف عدد من البنوك السعودية والإماراتية التعامل مع مصارف قطرية.", "sanctions", "QAT"),
        ('كما شنّت الولايات المتحدة وفرنسا كذلك غارات جوية "ردا على هجوم كيماوي".', "attack", None),
        ('The United States and France also launched air strikes "in response to a chemical attack".', "attack", None),
    ],
)
def test_a_co_doer_is_no_target(text: str, event_type: str, target: str | None) -> None:
    found = of_type(extract(text, "2017-06-06"), event_type)
    assert found and found[0]["actor2"] == target, found


@pytest.mark.parametrize(
    "text",
    ["التقى أردوغان وبوتين في سوتشي الاثنين.", "Erdogan and Putin met in Sochi on Monday."],
)
def test_the_sides_of_a_meeting_stay_counterparts(text: str) -> None:
    found = [e for e in extract(text, "2017-06-06") if e["event_type"] in ("meeting", "visit")]
    assert found and {found[0]["actor1"], found[0]["actor2"]} == {"recep_tayyip_erdogan", "vladimir_putin"}, found


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Israeli and Palestinian forces clashed in Hebron on Monday.", {"ISR", "PSE"}),
        ("اشتبكت القوات السورية والتركية في إدلب يوم الاثنين.", {"SYR", "TUR"}),
    ],
)
def test_sides_fighting_each_other_stay_opponents(text: str, sides: set[str]) -> None:
    found = of_type(extract(text, "2018-06-26"), "attack")
    assert found and found[0]["actor2"] is not None and set(found[0]["countries"]) == sides, found
