"""A ratification told with the catalogued agreement it approves stands beside that agreement
(signed on a day of its own); a bill or a law on sending troops ratified is a ratification, as
one approved is; and a deed told before a relative clause set off by commas takes the day of
the source it is told after, when its own clause gives none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "صادق مجلس الوزراء البحريني على اتفاقيات أبراهام مع إسرائيل.",
        "صدّق البرلمان المصري على اتفاقية تيران وصنافير مع السعودية.",
        "Bahrain's cabinet ratified the Abraham Accords with Israel.",
        "Egypt's parliament ratified the Tiran and Sanafir agreement with Saudi Arabia.",
    ],
)
def test_a_catalogued_deal_ratified_keeps_the_ratification(text: str) -> None:
    found = extract(text, "2020-10-20")
    assert len(of_type(found, "ratification")) == 1
    assert len(of_type(found, "agreement")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "صادق البرلمان الألباني، بأغلبية واسعة، على مشروع قانون يسمح بنشر قوات في كوسوفو.",
        "وجاءت مصادقة الرئيس الألباني على القانون الذي يتيح نشر القوات بعد تصويت البرلمان.",
        "The Albanian parliament ratified a bill allowing troops to deploy to Kosovo.",
    ],
)
def test_a_bill_on_troops_ratified_is_a_ratification(text: str) -> None:
    assert len(of_type(extract(text, "2019-03-02"), "ratification")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "صادق الرئيس الموريتاني على اتفاقية التعاون الأمني مع السنغال، التي تنظم الدوريات على الحدود، "
        "بحسب ما نشرته الجريدة الرسمية أمس الجمعة.",
        "Mauritania's president ratified the security cooperation agreement with Senegal, which "
        "regulates border patrols, according to the official gazette on Friday.",
    ],
)
def test_the_day_of_the_source_after_an_aside_dates_the_deed(text: str) -> None:
    (event,) = of_type(extract(text, "2019-03-02"), "ratification")
    assert event["date"] == "2019-03-01"
