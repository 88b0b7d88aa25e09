"""An office left again, told by a verb of following with its pronoun joined to it («ولحقتها وزيرة
العدل أمس»), is the follower's resignation on its own time. A year written out after a
participle in the first clause of a sentence ("اتفاق فض الاشتباك الموقع مع سوريا عام 1974",
"the agreement signed with Syria in 1974") dates the noun it describes, not the deed a connector
of contrast opens after it (فيما أعلن الجيش نشر قوات, while the army deployed troops)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _found(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(e["event_type"], e["date"]) for e in extract(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وجاءت الخطوة بعد أن قدمت وزيرة الإعلام اللبنانية منال عبد الصمد استقالتها الأحد، ولحقتها وزيرة العدل ماري كلود نجم أمس.",
            [("appointment", "2020-08-09"), ("appointment", "2020-08-10")],
        ),
        (
            "قدم وزير البيئة اللبناني استقالته الأحد، ولحقه وزير المالية أمس.",
            [("appointment", "2020-08-09"), ("appointment", "2020-08-10")],
        ),
    ],
)
def test_the_office_left_again(text: str, expected: list[tuple[str, str]]) -> None:
    found = _found(text, "2020-08-11")
    for item in expected:
        assert item in found, found


@pytest.mark.parametrize(
    ("text", "published", "expected", "absent"),
    [
        (
            "أعلن نتنياهو أن اتفاق فض الاشتباك الموقع مع سوريا عام 1974 انهار، فيما أعلن الجيش الإسرائيلي نشر قوات في المنطقة العازلة قرب الحدود.",
            "2024-12-08",
            [("agreement", "1974"), ("deployment", "2024-12-08")],
            [("deployment", "1974")],
        ),
        (
            "Netanyahu said the disengagement agreement signed with Syria in 1974 had collapsed, while the Israeli army deployed troops in the buffer zone.",
            "2024-12-08",
            [("agreement", "1974"), ("deployment", "2024-12-08")],
            [("deployment", "1974")],
        ),
        # a date of the first clause's own deed is the time of the deed contrasted with it
        (
            "قطعت السعودية علاقاتها مع إيران في 3 يناير 2016، فيما خفضت الإمارات تمثيلها الدبلوماسي.",
            "2016-01-05",
            [("sanctions", "2016-01-03")],
            [("sanctions", "2016-01-05")],
        ),
    ],
)
def test_the_year_of_the_described_noun(
    text: str, published: str, expected: list[tuple[str, str]], absent: list[tuple[str, str]]
) -> None:
    found = _found(text, published)
    for item in expected:
        assert item in found, found
    for item in absent:
        assert item not in found, found
