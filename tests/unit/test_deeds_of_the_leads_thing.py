"""A later sentence that takes up by a definite noun the thing the first sentence names (the
orders, the statement, the deal; الأوامر، البيان، الاتفاق) tells a deed of the lead's day,
whatever its tense or saying: not one of the publication's day, nor one set at another time."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_AR_ORDERS = "أصدر أمير الكويت أمس الأحد أوامر أميرية بحل مجلس الأمة وتعليق بعض مواد الدستور.\n"
_AR_STATEMENT = "أعلنت الأردن وسوريا، أمس الخميس، رفع التمثيل الدبلوماسي بينهما إلى مستوى السفراء، في بيان مشترك.\n"
_EN_STATEMENT = "Jordan and Syria issued a joint statement on Thursday announcing the restoration of full ties.\n"
_EN_DECREES = "Kuwait's emir issued decrees on Sunday dissolving parliament and suspending parts of the constitution.\n"


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            _AR_ORDERS + "كما قضت الأوامر بتعيين الشيخ خالد السالم الصباح وزيرا للمالية الكويتية بدلا من فهد العلي.",
            "2024-03-11",
            "appointment",
            "2024-03-10",
        ),
        (
            _AR_STATEMENT + "وأفاد البيان بأن الأردن رشحت السفير سامر الخطيب سفيرا لها في دمشق، فيما رشحت سوريا السفير عمار الحسن سفيرا لها في عمان.",
            "2024-03-08",
            "appointment",
            "2024-03-07",
        ),
        (
            _EN_STATEMENT + "The statement said Jordan had nominated Samer al-Khatib as its ambassador to Damascus.",
            "2024-03-08",
            "appointment",
            "2024-03-07",
        ),
        (
            _EN_DECREES + "Under the decrees, Khaled al-Salem is appointed finance minister, replacing Fahd al-Ali.",
            "2024-03-11",
            "appointment",
            "2024-03-10",
        ),
    ],
)
def test_a_deed_of_the_leads_thing_takes_the_leads_day(text: str, published: str, event_type: str, date: str) -> None:
    later = text.index("\n")
    found = [e for e in of_type(extract(text, published), event_type) if e["spans"]["trigger"][0] > later]
    assert found and {e["date"] for e in found} == {date}


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # a word of another time between the noun and the deed
        (
            _AR_STATEMENT + "وأفاد البيان بأن الأردن كانت قد رشحت السفير سامر الخطيب سفيرا لها في دمشق.",
            "2024-03-08",
            "appointment",
            "2024-03-07",
        ),
        (
            _EN_STATEMENT + "The statement said Jordan will nominate Samer al-Khatib as its ambassador to Damascus.",
            "2024-03-08",
            "appointment",
            "2024-03-07",
        ),
        # a noun the first sentence does not name
        (
            _AR_ORDERS + "كما قضى القرار بتعيين الشيخ خالد السالم الصباح وزيرا للمالية الكويتية بدلا من فهد العلي.",
            "2024-03-11",
            "appointment",
            "2024-03-10",
        ),
    ],
)
def test_a_deed_set_apart_from_the_leads_thing_keeps_no_lead_day(
    text: str, published: str, event_type: str, date: str
) -> None:
    found = of_type(extract(text, published), event_type)
    # the lead's own dissolution («بحل مجلس الأمة») is an appointment of the lead's day
    found = [e for e in found if not e["trigger"].startswith(("بحل", "dissolv"))]
    assert date not in [e["date"] for e in found]
