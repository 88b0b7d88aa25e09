"""A participle of sending forces right after a noun of forces, as its reduced relative clause
("an inspection tour of forces deployed in Sinjar"), names the forces by where they stand, as
«جولة تفقدية للقوات المنتشرة في سنجار» does: no deployment on the sentence's day. With a time of
its own in its clause, or as a finite verb, it still tells a deployment (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "The army chief of staff repeated the same message during an inspection tour he made on Wednesday "
        "of forces deployed in Sinjar.",
        "وكرر رئيس أركان الجيش الرسالة نفسها أثناء جولة تفقدية قام بها اليوم للقوات المنتشرة في سنجار.",
        "Turkey's forces deployed in Qatar held a parade.",
        "أقامت القوات التركية المنتشرة في قطر عرضا عسكريا.",
        "The minister praised the Iraqi units deployed along the border.",
        "أشاد الوزير بالوحدات العراقية المنتشرة على طول الحدود.",
        "The campaign would risk a confrontation with U.S. troops deployed alongside Kurdish fighters in northern Syria.",
        "ومن شأن الحملة أن تهدد بمواجهة القوات الأميركية المنتشرة إلى جانب المقاتلين الأكراد في شمال سوريا.",
    ],
)
def test_forces_named_by_where_they_were_sent_are_no_deployment(text: str) -> None:
    found = of_type(extract(text, "2018-03-28"), "deployment")
    assert not found, found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The troops deployed in Sinjar on Monday took over the checkpoints.", "2018-03-26"),
        ("Iraq deployed forces in Sinjar on Tuesday.", "2018-03-27"),
        ("نشر العراق قوات في سنجار يوم الثلاثاء.", "2018-03-27"),
        ("The general visited the forces deployed in Qatar since 2017.", "2017"),
    ],
)
def test_forces_sent_with_a_time_of_their_own_are_still_deployed(text: str, date: str) -> None:
    found = of_type(extract(text, "2018-03-28"), "deployment")
    assert date in [e["date"] for e in found], found
