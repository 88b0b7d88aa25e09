"""A state named as the one that wants or hunts a person (المطلوب للقاهرة، الملاحق من قبل
السلطات المصرية, wanted by Cairo) qualifies that person: it is no party to the deed the
sentence tells."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "absent"),
    [
        (
            "قال المتحدث إن القيادي سليمان أحمد، المطلوب للقاهرة، شارك في الهجوم الذي شنه تنظيم داعش على مدينة الرقة السورية عام 2015.",
            "attack",
            "EGY",
        ),
        (
            "قال المتحدث إن القيادي سليمان أحمد، الملاحق من قبل مصر، شارك في الهجوم الذي شنه تنظيم داعش على مدينة الرقة السورية عام 2015.",
            "attack",
            "EGY",
        ),
        (
            "The spokesman said the commander, who is wanted by Egypt, took part in the attack Islamic State carried out on the Syrian city of Raqqa in 2015.",
            "attack",
            "EGY",
        ),
    ],
)
def test_wanting_state_is_no_party(text: str, event_type: str, absent: str) -> None:
    found = of_type(extract(text, "2021-05-10"), event_type)
    assert found
    assert all(absent not in e["countries"] for e in found)
