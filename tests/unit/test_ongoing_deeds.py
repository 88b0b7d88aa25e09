"""A deed told as going on in a clause of its own, before a comma, "and" / و and a later deed
of another type ("ويحشد الأسد جيشه ...، وشاركت الطائرات الروسية في قصف المسلحين"; "Assad is
massing his army ..., and Russian warplanes bombed the rebels"), is a deed of its own beside
the later one, with the names of its own clause only; a deed only threatened, planned or
feared before the comma is not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

SEPT = "2018-09-07"


@pytest.mark.parametrize(
    ("text", "first", "later"),
    [
        (
            "ويحشد الرئيس السوري بشار الأسد جيشه على الخطوط الأمامية في إدلب، وشاركت الطائرات الروسية في قصف المسلحين هناك.",
            "deployment",
            "attack",
        ),
        (
            "Syrian President Bashar al-Assad is massing his army on the front lines in Idlib, and Russian warplanes bombed the rebels there.",
            "deployment",
            "attack",
        ),
        (
            "Syrian President Bashar al-Assad is massing his army on the front lines in Idlib, and Russian warplanes have joined in bombing the rebels there.",
            "deployment",
            "attack",
        ),
    ],
)
def test_an_ongoing_deed_stays_beside_the_later_one(text: str, first: str, later: str) -> None:
    found = extract(text, SEPT)
    ongoing, done = of_type(found, first), of_type(found, later)
    assert len(ongoing) == 1 and done, text
    assert ongoing[0]["countries"] == ["SYR"], text  # the warplanes' country is the later deed's
    assert (ongoing[0]["location"] or {}).get("country") == "SYR", text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # only threatened or prepared: no deed going on
        ("تهدد دمشق بإرسال قوات إلى إدلب، وقصفت الطائرات الروسية المسلحين هناك.", "deployment"),
        ("Damascus is threatening to send troops to Idlib, and Russian warplanes bombed the rebels there.", "deployment"),
        ("يستعد الجيش السوري لهجوم على إدلب، وقصفت الطائرات الروسية المسلحين هناك.", "deployment"),
        ("Damascus is preparing to send more troops to Idlib, and Russian warplanes bombed the rebels there.", "deployment"),
    ],
)
def test_a_deed_not_going_on_gives_none(text: str, event_type: str) -> None:
    assert not of_type(extract(text, SEPT), event_type), text
