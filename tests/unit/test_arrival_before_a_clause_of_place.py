"""A clause of place with no comma before it ("وصل إلى الموصل أمس الأحد حيث هنأ القوات",
"arrived in Mosul on Sunday where he congratulated the troops") tells another deed: the troops
in it are whom the visitor met, not what arrived, so the arrival stays a visit. Forces that
arrived, named before the clause, still make it a deployment."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            'وكان العبادي قد وصل إلى الموصل أمس الأحد حيث هنأ القوات بما وصفه "النصر الكبير"، فيما رفع جنود العلم العراقي على ضفاف نهر دجلة.',
            "visit",
            "2017-07-09",
        ),
        ("وصل رئيس الوزراء العراقي إلى الموصل أمس حيث التقى قادة القوات المشتركة.", "visit", "2017-07-09"),
        ("Iraqi Prime Minister Haider al-Abadi arrived in Mosul on Sunday where he congratulated the troops.", "visit", "2017-07-09"),
        ("وصلت القوات العراقية إلى الموصل أمس الأحد حيث بدأت عملية التطهير.", "deployment", "2017-07-09"),
    ],
)
def test_the_arrival_before_a_clause_of_place(text: str, event_type: str, date: str) -> None:
    events = extract(text, "2017-07-10")
    found = [(e["event_type"], e["date"]) for e in events]
    assert (event_type, date) in found, found
    assert "IRQ" in next(e for e in events if e["event_type"] == event_type)["countries"]
