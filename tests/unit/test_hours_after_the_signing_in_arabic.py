"""A deed told hours after the signing («وبعد ساعات من التوقيع، قتل عسكري في هجوم») took place on
the day of the signing told before, as one told hours after the signing in English does; a
signing no sentence before dates leaves the deed on its own time."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقّع الرئيس الروسي فلاديمير بوتين أمس الثلاثاء في الكرملين معاهدة ضم شبه جزيرة القرم. "
            "وكانت سلطات القرم قد أعلنت نتائج الاستفتاء الذي جرى الأحد. "
            "وبعد ساعات من التوقيع، قُتل عسكري أوكراني في هجوم شنه مسلحون على منشأة عسكرية في سيمفيروبول.",
            ("attack", "2014-03-18"),
        ),
        (
            "Russian President Vladimir Putin signed a treaty annexing Crimea on Tuesday. "
            "Crimean authorities had announced the referendum results on Sunday. "
            "Hours after the signing, a Ukrainian serviceman was killed in an attack by gunmen on a military base in Simferopol.",
            ("attack", "2014-03-18"),
        ),
    ],
)
def test_the_day_of_the_signing(text: str, expected: tuple[str, str]) -> None:
    found = [(e["event_type"], e["date"]) for e in extract(text, "2014-03-19")]
    assert expected in found, found
