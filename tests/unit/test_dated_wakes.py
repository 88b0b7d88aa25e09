"""A deed with no time of its own told right after a deed named by a definite noun whose
relative clause writes its day ("وضع قيد الإقامة الجبرية إثر الانقلاب الذي نفذه البرهان في 25
أكتوبر", "placed under house arrest shortly after the coup that Burhan staged on Oct. 25") came
that day. A bare "after" tells no such nearness, and a time of the deed's own holds."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2022-01-03"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("الخرطوم - وكان حمدوك قد وضع قيد الإقامة الجبرية إثر الانقلاب الذي نفذه البرهان في 25 أكتوبر الماضي.", "2021-10-25"),
        ("الخرطوم - اعتقل حمدوك عقب الانقلاب الذي نفذه الجيش السوداني يوم 25 أكتوبر.", "2021-10-25"),
        ("KHARTOUM - Hamdok was placed under house arrest shortly after the coup that Burhan staged on Oct. 25.", "2021-10-25"),
        # a bare "after": no day of the deed's
        ("KHARTOUM - Hamdok was placed under house arrest after the coup that Burhan staged on Oct. 25.", "2022-01-03"),
        # a time of the deed's own
        ("KHARTOUM - Hamdok was placed under house arrest on Oct. 26, shortly after the coup that Burhan staged on Oct. 25.", "2021-10-26"),
    ],
)
def test_a_deed_right_after_a_dated_deed_takes_its_day(text: str, value: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), "arrest")] == [value]
