"""Troops ordered into or to a place, and troops flown into it, are sent there: a deployment, in
English as in Arabic (أمر بوتين بإرسال قوات إلى دونيتسك، وصل الجنود جوا إلى كابول); troops
ordered to withdraw or to leave, flown out or home, and the wounded flown to hospital are none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2022-02-25"  # a Friday


def _deployments(text: str) -> list[str]:
    return sorted(e["date"] for e in extract(text, PUBLISHED) if e["event_type"] == "deployment")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Putin ordered troops into Donetsk and Luhansk on Monday.", ["2022-02-21"]),
        ("The Pentagon ordered 7,000 more troops to Germany on Thursday.", ["2022-02-24"]),
        ("More U.S. troops have flown into Kabul on Monday.", ["2022-02-21"]),
        ("أمر بوتين يوم الاثنين بإرسال قوات إلى دونيتسك ولوغانسك.", ["2022-02-21"]),
        ("أمرت وزارة الدفاع الأمريكية يوم الخميس بإرسال 7000 جندي إضافي إلى ألمانيا.", ["2022-02-24"]),
        ("وصل مزيد من الجنود الأمريكيين جوا إلى كابول يوم الاثنين.", ["2022-02-21"]),
    ],
)
def test_troops_sent(text, dates):
    assert _deployments(text) == dates


@pytest.mark.parametrize(
    "text",
    [
        "Putin ordered troops to withdraw to their bases on Monday.",
        "Biden ordered troops to leave Afghanistan on Monday.",
        "U.S. troops flew out of Kabul on Monday.",
        "The wounded soldiers were flown to hospital in Germany on Monday.",
    ],
)
def test_no_troops_sent(text):
    assert _deployments(text) == []
