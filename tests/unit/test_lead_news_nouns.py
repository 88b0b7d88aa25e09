"""A noun of a deed told in a later paragraph, in a sentence of the past with no time of its
own, is the news of the one recent day the report's first sentence names, as a verb in the past
is: in Arabic a noun in a sentence opened by a past verb of the lexicon ("وخرج مئات ... ليلا في
مسيرات احتفالية"), in English a noun shaped like its verb's base form after a determiner ("on
his first visit to the kingdom"). Not a deed of a sentence in the present or the pluperfect, nor
one told in the future. A visit to the bare kingdom took place in the one kingdom the article
has named before it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_AR_LEAD = "انتخب البرلمان الصومالي، أمس الأحد، حسن شيخ محمود رئيسا للبلاد.\nوجرى الاقتراع داخل مجمع المطار وسط إجراءات أمنية مشددة.\n"
_AR_DEAL = "وقعت الحكومة السودانية والجبهة الثورية، أمس السبت، اتفاق السلام في جوبا.\nوحضر المراسم رؤساء دول الجوار.\n"
_EN_LEAD = (
    "Gulf leaders signed a declaration at a summit in the Saudi city of Al-Ula on Tuesday, ending a rift with Qatar.\n"
    "The leaders also discussed regional security.\n"
)


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            _AR_LEAD + "وخرج مئات من أنصار الرئيس المنتخب ليلا في مسيرات احتفالية جابت شوارع مقديشو.",
            "2022-05-16",
            "protest",
            "2022-05-15",
        ),
        (
            _EN_LEAD
            + "Qatar's emir was greeted by the Saudi crown prince as he stepped off his plane, on his first visit"
            " to the kingdom since the dispute.",
            "2021-01-06",
            "visit",
            "2021-01-05",
        ),
    ],
)
def test_a_noun_in_a_past_sentence_takes_the_leads_day(text: str, published: str, event_type: str, date: str) -> None:
    later = text.index("\n")
    found = [e for e in of_type(extract(text, published), event_type) if e["spans"]["trigger"][0] > later]
    assert [e["date"] for e in found] == [date]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # a sentence in the present: a habit, no deed of the lead's day
        (_AR_DEAL + "ويخرج مئات المواطنين في مسيرات احتفالية في شوارع الخرطوم.", "2020-10-04", "protest", "2020-10-03"),
        # the pluperfect: background
        (_AR_DEAL + "وكان مئات المواطنين قد خرجوا في مسيرات في شوارع الخرطوم.", "2020-10-04", "protest", "2020-10-03"),
        # the present perfect: a state reached by now
        (_EN_LEAD + "Qatar's emir has made a visit to the kingdom.", "2021-01-06", "visit", "2021-01-05"),
    ],
)
def test_a_noun_of_another_tense_keeps_no_lead_day(text: str, published: str, event_type: str, date: str) -> None:
    found = of_type(extract(text, published), event_type)
    assert found and date not in [e["date"] for e in found]


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        (
            "رحبت السعودية بالمصالحة.\nوبدأ أمير قطر الشيخ تميم بن حمد، أمس الثلاثاء، زيارة إلى المملكة هي الأولى منذ الأزمة.",
            "2021-01-06",
            "SAU",
        ),
        (
            "Qatar's emir Sheikh Tamim was greeted by Saudi Crown Prince Mohammed bin Salman on Tuesday on his first"
            " visit to the kingdom since the dispute.",
            "2021-01-06",
            "SAU",
        ),
        # the kingdom named: its own name places the visit
        ("Qatar's emir Sheikh Tamim arrived on Tuesday on a visit to the kingdom of Bahrain.", "2021-01-06", "BHR"),
    ],
)
def test_a_visit_to_the_bare_kingdom_is_in_the_kingdom_named_before(text: str, published: str, country: str) -> None:
    found = of_type(extract(text, published), "visit")
    assert [e["location"]["country"] for e in found] == [country]
    assert country in found[0]["countries"]
