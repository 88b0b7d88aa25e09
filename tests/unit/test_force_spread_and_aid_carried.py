"""A force named before a relative clause of انتشر deployed («قوة أميصوم، التي انتشرت في البلاد
منذ مارس 2007»), protests that spread did not; a plane that carried a shipment of aid delivered
it («ونقلت طائرة شحنة من المساعدات», "a plane carried a shipment of food aid")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        (
            "ويتولى حماية المواقع الحكومية جنود قوة الاتحاد الأفريقي (أميصوم)، التي انتشرت في الصومال منذ "
            "مارس/آذار 2007 وتتكون أساسا من جنود أوغنديين وبورونديين.",
            "deployment",
            ["2007-03"],
        ),
        (
            "واشتبكت قوات الأمن مع المتظاهرين في الاحتجاجات التي انتشرت في مدن العراق منذ أكتوبر 2019.",
            "deployment",
            [],
        ),
        (
            "ونقلت طائرة رافقت الوفد التركي إلى مقديشو شحنة من المساعدات الغذائية والطبية، جرى توزيعها على "
            "مخيمات النازحين.",
            "aid",
            ["2011-08-20"],
        ),
        ("A Turkish plane carried a shipment of food aid to Mogadishu on Friday.", "aid", ["2011-08-19"]),
    ],
)
def test_events(text, event_type, dates):
    assert [e["date"] for e in of_type(extract(text, "2011-08-20"), event_type)] == dates
