"""The year of a numbered law, decree or resolution (القانون رقم 10 لسنة 2016، Law No. 10 of
2016, Resolution 2216 (2015)) names the document and dates no deed; a year told as the time
of a deed stays a date."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("صدر الحكم بموجب القانون رقم 12 لسنة 2014 الخاص بمكافحة الإرهاب.", []),
        ("واستندت الحكومة إلى قرارات مجلس الأمن ذات الصلة لسنة 2015.", []),
        ("ونص المرسوم رقم 7 لعام 2013 على إنشاء الهيئة.", []),
        ("The court applied Law No. 12 of 2014 on terrorism.", []),
        ("The council recalled Resolution No. 2216 of 2015 on the conflict.", []),
        # a year of a deed, or of an election named with it, is kept
        ("وصدر القانون في عام 2014 بعد جدل طويل.", ["2014"]),
        ("وفاز الحزب في الانتخابات البرلمانية لعام 2014.", ["2014"]),
        ("The law was passed in 2014 after a long debate.", ["2014"]),
    ],
)
def test_document_years(text: str, years: list[str]) -> None:
    assert [m.value for m in find_dates(text, "2018-06-14")] == years


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the catalogued intervention, named beside a resolution's year, keeps its own day
        (
            "وتأتي العملية في إطار الأسباب التي دعت إلى تدخل التحالف عسكرياً في اليمن، وأبرزها القرار رقم 2216 لسنة 2015.",
            "2015-03-26",
        ),
        (
            "The operation follows the Saudi-led coalition's intervention in Yemen, backed by Resolution No. 2216 of 2015.",
            "2015-03-26",
        ),
    ],
)
def test_deeds_beside_document_years(text: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, "2018-06-14"), "attack")] == [date]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # an order numbered in brackets, as the Gulf agencies write it
        ("أصدر أمير البلاد الأمر الأميري رقم (1) لسنة 2023 بقبول استقالة رئيس مجلس الوزراء.", []),
        ("وصدر القرار الجمهوري رقم (145) لعام 2024 بتعيين المحافظين الجدد.", []),
        ("The emir issued Amiri Decree No. (1) of 2023 accepting the prime minister's resignation.", []),
        ("The ministry cited Order No. 5 of 2020 on public gatherings.", []),
        # a verb of ordering and the year of its deed stay a date
        ("وأمر الرئيس بالإفراج عن المعتقلين عام 2023.", ["2023"]),
        ("The president ordered the release of the detainees in 2023.", ["2023"]),
    ],
)
def test_orders_numbered_in_brackets(text: str, years: list[str]) -> None:
    assert [m.value for m in find_dates(text, "2023-03-07")] == years


def test_an_acceptance_by_a_numbered_order_takes_the_day_of_the_news() -> None:
    text = (
        "الدوحة - قنا: أصدر حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد، اليوم، الأمر الأميري رقم (1) "
        "لسنة 2023 بقبول استقالة رئيس مجلس الوزراء القطري."
    )
    assert [e["date"] for e in of_type(extract(text, "2023-03-07"), "appointment")] == ["2023-03-07"]
