"""A bare month that names an event by its date dates that event: in English between "the" and
a noun of an event ("the February earthquake", "the August floods"), in Arabic right after such a
noun («زلزال فبراير»، «احتجاجات أكتوبر»), the most recent such month on or before the
publication. A month before a name of no event ("the March for Our Lives", "the August House"),
"May" as a word of its own, a street named by a day («شارع 26 يوليو»), and a revolution or a
war named by a bare month («ثورة يوليو»، «حرب أكتوبر»), which is an event of its own year, are no
such date. An adjective may stand between the month and the noun ("the May parliamentary
election"), as it stands after the Arabic noun («انتخابات مايو البرلمانية»)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates

PUB = "2024-05-10"


def _lang(text: str) -> str:
    return "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"


def _months(text: str, published: str = PUB) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, published, _lang(text)) if m.precision == "month"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Rescue teams are still clearing the rubble of the February earthquake.", ("February", "2024-02")),
        ("Farmers lost their crops in the August floods.", ("August", "2023-08")),
        ("Investigators blamed a gas leak for the December explosion at the plant.", ("December", "2023-12")),
        ("Two firefighters died in the July fire at the warehouse.", ("July", "2023-07")),
        ("The November shooting at the school shocked the town.", ("November", "2023-11")),
        ("ما زالت فرق الإنقاذ ترفع أنقاض زلزال فبراير في المدينة.", ("فبراير", "2024-02")),
        ("خسر المزارعون محاصيلهم في فيضانات أغسطس.", ("أغسطس", "2023-08")),
        ("قتل ثلاثة متظاهرين خلال احتجاجات أكتوبر في العاصمة.", ("أكتوبر", "2023-10")),
        ("حمّل المحققون تسرب الغاز مسؤولية انفجار ديسمبر في المصنع.", ("ديسمبر", "2023-12")),
    ],
)
def test_a_bare_month_naming_an_event_is_its_month(text, found):
    assert found in _months(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands joined the March for Our Lives in the capital.",
        "The bill now goes to the August House for a vote.",
        "Officials said the storm may reach the coast tonight.",
        "يحيي المصريون ذكرى ثورة يوليو كل عام.",
        "شارك جنود من الفرقة في حرب أكتوبر.",
        "أغلقت الشرطة شارع 26 يوليو أمام السيارات.",
        "وصل الوفد إلى القاهرة في الثالثة عصرا.",
    ],
)
def test_a_month_that_names_no_dated_event_is_no_month(text):
    assert _months(text) == []


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("عنوان\n\nأرسلت السعودية مساعدات إلى سوريا بعد فيضانات أغسطس.", "aid", "2023-08"),
        ("عنوان\n\nقتل ثلاثة متظاهرين في احتجاجات أكتوبر في بغداد بحسب الشرطة.", "protest", "2023-10"),
        ("Title\n\nAfter the February earthquake, Saudi Arabia sent aid to Syria.", "aid", "2024-02"),
        ("عنوان\n\nأرسلت السعودية مساعدات إلى سوريا بعد زلزال فبراير.", "aid", "2024-02"),
    ],
)
def test_the_event_named_by_a_month_takes_it(text, event_type, date):
    events = of_type(extract(text, published=PUB), event_type)
    assert date in {e["date"] for e in events}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("No cabinet has been formed since the May parliamentary election.", [("May", "2022-05")]),
        ("The opposition rejected the results of the March presidential vote.", [("March", "2022-03")]),
        ("Turnout fell sharply in the June municipal elections.", [("June", "2022-06")]),
        ("لم تتشكل حكومة منذ انتخابات مايو البرلمانية.", [("مايو", "2022-05")]),
        ("رفضت المعارضة نتائج انتخابات مارس الرئاسية.", [("مارس", "2022-03")]),
        # "May" as a verb, and a month before an adjective with no noun of an event after it
        ("The parliamentary election may be delayed again.", []),
        ("The May parliamentary session ended without a vote on the budget.", []),
    ],
)
def test_month_before_a_qualified_event(text, found):
    assert _months(text, "2022-10-27") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the month's possessive stands for "the": the most recent such month
        ("Sisi won December's presidential election with 89.6 percent of the vote.", [("December", "2023-12")]),
        ("Thousands marched again, weeks after March's protests in the capital.", [("March", "2024-03")]),
        # May's is a person's as often as the month's; a lower-case month is no name
        ("Theresa May's election gamble cost her the majority.", []),
        ("The vote was held in a december's cold wind.", []),
    ],
)
def test_a_month_s_possessive_names_its_event(text: str, found: list[tuple[str, str]]) -> None:
    assert _months(text) == found
