"""A sentence that opens with a count of hours set off by a comma («وبعد ساعتين تقريبا،», "Hours
later,") tells a deed of the day of the sentence before, or, when that one names no day, of the
day of the last event told before it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_MOGADISHU = (
    "ارتفعت حصيلة التفجير الذي هز العاصمة الصومالية مقديشو بعد ظهر السبت إلى 276 قتيلا، بحسب ما أعلنه وزير "
    "الإعلام اليوم الاثنين.\n"
    "وانفجرت شاحنة محملة بالمتفجرات عند تقاطع مزدحم في منطقة تجارية، ما أدى إلى انهيار مبان. "
)


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        (  # the sentence before names no day: the last event told, the blast of Saturday
            _MOGADISHU + "وبعد ساعتين تقريبا، انفجرت سيارة مفخخة ثانية في حي المدينة، وأسفرت عن مقتل شخصين.",
            "2017-10-16",
            "attack",
            {"2017-10-14"},
        ),
        (  # a day in the sentence before
            "واقتحمت قوات الأمن مقر الحزب في العاصمة تونس مساء الخميس. وبعد ساعات، اعتقلت الشرطة عشرة من قادته.",
            "2021-07-26",
            "arrest",
            {"2021-07-22"},
        ),
        (
            "Security forces stormed the party's headquarters in Tunis. Protesters had gathered outside on "
            "Thursday evening.\nHours later, police arrested ten of its leaders.",
            "2021-07-26",
            "arrest",
            {"2021-07-22"},
        ),
    ],
)
def test_a_deed_told_hours_later_takes_the_day_told_before(
    text: str, published: str, event_type: str, dates: set[str]
) -> None:
    assert {e["date"] for e in of_type(extract(text, published), event_type)} == dates


@pytest.mark.parametrize(
    ("text", "published", "event_type"),
    [
        (  # a count inside the sentence, not its opening
            "وقال وزير الداخلية مساء الخميس إن الوضع في العاصمة تونس مستقر. وقال شهود إن الشرطة اعتقلت عشرة من "
            "قادة الحزب بعد ساعتين، في العاصمة.",
            "2021-07-26",
            "arrest",
        ),
        (  # no day told before and no event before: nothing to count from
            "وقال وزير الداخلية إن الوضع في العاصمة تونس مستقر. وبعد ساعتين، اعتقلت الشرطة عشرة من قادة الحزب.",
            "2021-07-26",
            "arrest",
        ),
        (
            "The interior minister said the capital was calm. Hours later, police in Tunis arrested ten party leaders.",
            "2021-07-26",
            "arrest",
        ),
    ],
)
def test_no_day_to_count_from_leaves_the_publication_day(text: str, published: str, event_type: str) -> None:
    assert {e["date"] for e in of_type(extract(text, published), event_type)} == {published}
