"""A deed with no date of its own told right after an announcement the article told before
came on the day of that announcement, an act of its own beside the day's other deeds."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # the crowds answered the announcement told with its day: that day, beside the day's protest
        (
            "Saied announced late on Sunday that he had removed the prime minister. "
            "Army troops surrounded the parliament building in Tunis early on Monday. "
            "On Sunday, thousands of people protested against the government in several cities. "
            "After Saied's announcement, crowds took to the streets of the capital to celebrate.",
            "2021-07-26",
            ["2021-07-25", "2021-07-25"],
        ),
        (
            "وقعت حركتا فتح وحماس، أمس الخميس، في القاهرة اتفاق مصالحة. "
            "وقال الرئيس الفلسطيني إن ما تم التوصل إليه اتفاق نهائي. "
            "وخرج آلاف الفلسطينيين إلى شوارع مدينة غزة عقب الإعلان عن الاتفاق، ورفعوا الأعلام.",
            "2017-10-13",
            ["2017-10-12"],
        ),
        # crowds celebrating the announcement answered it as those after it do
        (
            "The Sudanese army announced on Friday that it had retaken the Heglig oil field. "
            "Thousands of Sudanese took to the streets of Khartoum celebrating the announcement.",
            "2012-04-21",
            ["2012-04-20"],
        ),
        (
            "أعلن الجيش السوداني، الجمعة، أنه استعاد السيطرة على منطقة هجليج النفطية. "
            "وقال وزير الدفاع إن القوات المسلحة حررت المنطقة بالقوة. "
            "وخرج آلاف السودانيين إلى شوارع الخرطوم ومدن أخرى احتفالا بالإعلان، وخاطب الرئيس حشدا أمام مقر القيادة.",
            "2012-04-21",
            ["2012-04-20"],
        ),
        # no announcement told before with its day: the day of the publication
        (
            "Tunisia's parties talked for weeks. After the announcement, crowds took to the streets of Tunis to celebrate.",
            "2021-07-26",
            ["2021-07-26"],
        ),
        ("وخرج آلاف الفلسطينيين إلى شوارع مدينة غزة عقب الإعلان عن الاتفاق، ورفعوا الأعلام.", "2017-10-13", ["2017-10-13"]),
    ],
)
def test_a_deed_after_an_announcement_takes_its_day(text, published, dates):
    found = of_type(extract(text, published), "protest")
    assert sorted(e["date"] for e in found) == dates, found
