"""A day of "that month" ("on the 4th of that month", "في الثالث من ذلك الشهر", "on 9 of the same
month") is that day of the month told before, and "that month" on its own is that month
(calendar.json `same_as_before`); "the following day" in the same sentence counts from such a
day even in a relative clause; and one catalogued act told by two words of one sentence is one
event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "اندلعت المظاهرات في أكتوبر/تشرين الأول 2016 في المدن الكبرى. وفي الثالث من ذلك الشهر اقتحم محتجون المبنى.",
            "الثالث من ذلك الشهر",
            "2016-10-03",
        ),
        (
            "بدأت الأزمة في آب 2015. وفي 12 من ذلك الشهر أغلقت السلطات المعبر.",
            "12 من ذلك الشهر",
            "2015-08-12",
        ),
        (
            "The strikes began in October 2016. On the 3rd of that month, protesters stormed the building.",
            "the 3rd of that month",
            "2016-10-03",
        ),
        (
            "The crisis began in August 2015. On 12 of the same month the authorities closed the crossing.",
            "12 of the same month",
            "2015-08-12",
        ),
        (
            "The crisis began in August 2015. Police arrested dozens of activists that month.",
            "that month",
            "2015-08",
        ),
        (
            "بدأت الأزمة في آب 2015. واعتقلت الشرطة العشرات في ذلك الشهر.",
            "ذلك الشهر",
            "2015-08",
        ),
    ],
)
def test_a_day_of_that_month_is_that_day_of_the_month_told_before(text, phrase, value):
    found = {m.text: m.value for m in find_dates(text, "2017-03-01")}
    assert found.get(phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "وتذكّر الأزمة بإضراب تشرين الأول 2016، الذي انتهى باستقالة الوزير في الثالث من ذلك الشهر، "
            "وتعيين خلفه في اليوم التالي.",
            "في اليوم التالي",
            "2016-10-04",
        ),
        (
            "The crisis recalls the strike of October 2016, which ended with the minister's resignation on the "
            "3rd of that month and the naming of his successor the following day.",
            "the following day",
            "2016-10-04",
        ),
    ],
)
def test_the_following_day_in_a_clause_counts_from_its_own_day(text, phrase, value):
    found = {m.text: m.value for m in find_dates(text, "2017-03-01")}
    assert found.get(phrase) == value


@pytest.mark.parametrize(
    "text",
    [
        "تعود الأزمة إلى موجة الغضب التي شهدها الأردن في حزيران 2018، والتي انتهت باستقالة رئيس الوزراء هاني "
        "الملقي في الرابع من ذلك الشهر، وتكليف الملك عمر الرزاز في اليوم التالي بتأليف حكومة جديدة.",
        "Jordan's anger of June 2018, which ended with the resignation of Prime Minister Hani Mulki on the 4th of "
        "that month and the appointment of Omar al-Razzaz the following day to form a new government, is remembered.",
    ],
)
def test_a_resignation_and_the_next_day_s_designation_keep_their_days(text):
    dates = sorted(e["date"] for e in of_type(extract(text, "2022-12-20"), "appointment"))
    assert dates == ["2018-06-04", "2018-06-05"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The war broke out in 2014. Hamas and Israel agreed a ceasefire that year.", "that year", "2014"),
        ("اندلعت الحرب في 2014. وتوصلت حماس وإسرائيل إلى وقف لإطلاق النار في ذلك العام.", "ذلك العام", "2014"),
        ("اندلعت الحرب عام 2014. وانتهت في تلك السنة بهدنة.", "تلك السنة", "2014"),
        # a month before it keeps the month of that year
        ("The war broke out in 2014. Odinga boycotted the re-run in October that year.", "October that year", "2014-10"),
        # this year is the publication's, not the year told before
        ("The war broke out in 2014. The ceasefire agreed this year held.", "this year", "2018"),
        ("اندلعت الحرب في 2014. وصمدت الهدنة هذا العام.", "هذا العام", "2018"),
    ],
)
def test_that_year_on_its_own_is_the_year_told_before(text, phrase, value):
    found = {m.text: m.value for m in find_dates(text, "2018-05-30")}
    assert found.get(phrase) == value


@pytest.mark.parametrize(
    "text",
    [
        # no time told before: that year names none
        "Hamas and Israel agreed a ceasefire that year.",
        "وتوصلت حماس وإسرائيل إلى وقف لإطلاق النار في ذلك العام.",
    ],
)
def test_that_year_with_no_time_before_names_no_date(text):
    assert find_dates(text, "2018-05-30") == []


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت حرب غزة في 2014. وتوصلت حماس وإسرائيل إلى وقف لإطلاق النار في ذلك العام.",
        "The Gaza war broke out in 2014. Hamas and Israel reached a ceasefire that year.",
    ],
)
def test_a_deed_of_that_year_is_dated_to_the_year_told_before(text):
    truces = of_type(extract(text, "2018-05-30"), "ceasefire")
    assert [e["date"] for e in truces] == ["2014"]
