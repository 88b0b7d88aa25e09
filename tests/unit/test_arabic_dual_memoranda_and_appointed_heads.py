"""Two memoranda signed, told by the construct dual (وقع الرئيسان مذكرتي تفاهم), are an
agreement, as two memoranda of understanding are; one appointed at the head of a body or a
department (عُين على رأس الدبلوماسية) was appointed, as one appointed to head it was."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _events(text: str, published: str) -> list[tuple[str, str | None, list[str]]]:
    return sorted((e["event_type"], e["date"], sorted(e["countries"])) for e in extract(text, published))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "وفي نوفمبر 2019 وقع رئيس الحكومة الليبية والرئيس التركي رجب طيب أردوغان في إسطنبول مذكرتي تفاهم.",
            "2020-10-24",
            [("agreement", "2019-11", ["LBY", "TUR"])],
        ),
        (
            "In November 2019 the Libyan prime minister and Turkish President Recep Tayyip Erdogan signed two memoranda of understanding in Istanbul.",
            "2020-10-24",
            [("agreement", "2019-11", ["LBY", "TUR"])],
        ),
    ],
)
def test_two_memoranda_signed_are_an_agreement(text, published, expected):
    assert _events(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "وكان الدبلوماسي المخضرم قد عُين على رأس الخارجية الجزائرية في يوليو الماضي.",
            "2021-09-23",
            [("appointment", "2021-07", ["DZA"])],
        ),
        (
            "The veteran diplomat had been appointed to head Algeria's foreign ministry in July.",
            "2021-09-23",
            [("appointment", "2021-07", ["DZA"])],
        ),
    ],
)
def test_one_set_at_the_head_of_a_department_was_appointed(text, published, expected):
    assert _events(text, published) == expected
