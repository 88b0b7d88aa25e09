"""A supply or a backing told as what a side is accused of, in an aside or a participle that
describes the side ("Iran, which Gulf states accuse of arming the Houthis, condemned the
strikes"; «إيران المتهمة بأنها تزود الحوثيين بمعدات متطورة»), is a standing charge: no aid told.
An accusation that is the sentence's own news ("Saudi Arabia accused Iran of arming the
Houthis"), or a supply told plainly, still tells the aid.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2018-04-15"


@pytest.mark.parametrize(
    "text",
    [
        "Iran, which Gulf states accuse of arming the Houthis, condemned the strikes as a dangerous step.",
        "Tehran, which Washington accuses of supplying missiles to the Houthis, rejected the report.",
        "ستسعى الرياض إلى تعبئة شركائها ضد إيران المتهمة بأنها تزود الحوثيين بمعدات متطورة.",
        "ونددت إيران، التي تتهمها دول الخليج بتسليح الحوثيين، بالغارات على صنعاء.",
    ],
)
def test_a_charge_describing_a_side_tells_no_aid(text: str) -> None:
    found = extract(text, PUB)
    assert of_type(found, "aid") == [], [(e["event_type"], e["trigger"]) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia accused Iran of arming the Houthis.",
        "وقال المتحدث إن إيران زودت الحوثيين بالأسلحة.",
    ],
)
def test_a_charge_told_as_news_or_a_supply_told_plainly_stays_aid(text: str) -> None:
    assert of_type(extract(text, PUB), "aid"), text
