"""A count of days standing bare after بعد ("وصادق عليه الرئيس بعد يومين", "اعتقل بعد أسبوع")
dates the deed so many days after the day told before it, as "a fortnight later" does in
English; followed by من, على, هو or هي it counts from a deed or names a time of its own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


def _values(text: str, published: str) -> dict[str, str]:
    return {m.text: m.value for m in find_dates(text, published)}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("أقر مجلس الشورى القانون في الرابع من مارس/آذار، ووقعه الملك بعد يومين.", "بعد يومين", "2021-03-06"),
        ("اعتقلت الشرطة الناشط في 10 أبريل/نيسان، ثم اعتقلت شقيقه بعد أسبوع في مدينة أخرى.", "بعد أسبوع", "2021-04-17"),
        ("وصل الوفد الأول إلى العاصمة في 2 فبراير/شباط، ولحق به الوفد الثاني بعد أسبوعين.", "بعد أسبوعين", "2021-02-16"),
        ("غادر السفير البلاد في 5 مايو/أيار، وعاد بعد ثلاثة أيام حاملا رسالة.", "بعد ثلاثة أيام", "2021-05-08"),
        ("The senate passed the bill on March 4. A fortnight later, the king signed it.", "A fortnight later", "2021-03-18"),
        ("The envoy left on May 5 and returned eight days later.", "eight days later", "2021-05-13"),
        ("The envoy left on May 5 and returned nine days later.", "nine days later", "2021-05-14"),
        # followed by من or على it counts from a deed; by هو or هي it names a time of its own
        ("وقعت الاشتباكات في 3 مايو/أيار، بعد يومين من اندلاع الأزمة بين البلدين.", "بعد يومين", None),
        ("قتل عشرة أشخاص في 3 مايو/أيار. وجاءت الاستقالة بعد أسبوع هو الأكثر دموية في البلاد.", "بعد أسبوع", None),
        ("وقعت الاشتباكات في 3 مايو/أيار، بعد أسبوع واحد على توقيع الاتفاق.", "بعد أسبوع", None),
    ],
)
def test_a_bare_count_dates_the_deed_after_the_day_told_before(text, phrase, value):
    assert _values(text, "2021-06-01").get(phrase) == value


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "اعتقلت الشرطة الإيرانية الصحفية سارة في طهران في 4 مارس/آذار، واعتقلت زميلتها بعد أسبوع في مدينة أخرى.",
            ["2021-03-04", "2021-03-11"],
        ),
        (
            "Iranian police arrested the journalist Sara in Tehran on March 4, and arrested her colleague a week later in another city.",
            ["2021-03-04", "2021-03-11"],
        ),
    ],
)
def test_the_deed_after_the_bare_count_takes_its_day(text, dates):
    found = of_type(extract(text, "2021-06-01"), "arrest")
    assert sorted(e["date"] for e in found) == dates, found


@pytest.mark.parametrize(
    ("text", "kind", "not_date"),
    [
        # "بعد" before a month or a year names a time ("after Ramadan", "after the year 2020"),
        # it counts nothing: the deed is not dated inside it
        ("زار الرئيس التونسي الجزائر في 4 مارس/آذار. واعتقلت الشرطة التونسية ناشطين بعد شهر رمضان الماضي في العاصمة.", "arrest", "2021-04"),
        ("هاجم مسلحون معسكرا للجيش المالي في 4 مارس. وشنوا هجوما آخر بعد عام 2020 الذي شهد الانقلاب في مالي.", "attack", "2020"),
        ("Gunmen attacked a Malian army camp on March 4. They launched another attack after the year 2020 that saw the coup.", "attack", "2020"),
    ],
)
def test_after_a_month_or_a_year_is_no_count(text, kind, not_date):
    found = of_type(extract(text, "2021-06-01"), kind)
    assert found and all(e["date"] != not_date for e in found), found


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        # the time counted from is told two sentences back, past one with no date
        (
            "His downfall began when Mugabe fired his deputy on Nov. 6. The deputy fled, saying he had been threatened.\n\n"
            "Nine days later, the army sent armoured vehicles onto the streets of Harare.",
            "deployment",
            "2017-11-15",
        ),
        (
            "ألقى الرئيس موغابي خطابا في 6 نوفمبر. وقال النائب إنه تلقى تهديدات بالقتل.\n\n"
            "وبعد ذلك بأسبوع، أرسل الجيش الزيمبابوي مدرعات إلى شوارع هراري.",
            "deployment",
            "2017-11-13",
        ),
    ],
)
def test_a_count_reads_back_past_undated_sentences(text, kind, date):
    assert [e["date"] for e in of_type(extract(text, "2017-11-24"), kind)] == [date]


@pytest.mark.parametrize(
    "text",
    [
        # told four sentences back, past three with no date: no longer the time the text speaks of
        "Mugabe fired his deputy on Nov. 6. The deputy fled. He said he had been threatened. Officials were silent.\n\n"
        "Nine days later, the army sent armoured vehicles onto the streets of Harare.",
        "ألقى الرئيس موغابي خطابا في 6 نوفمبر. وقال النائب إنه تلقى تهديدات. ولم يعلق المسؤولون. وساد الهدوء.\n\n"
        "وبعد ذلك بأسبوع، أرسل الجيش الزيمبابوي مدرعات إلى شوارع هراري.",
    ],
)
def test_a_count_reads_back_no_further_than_three_sentences(text):
    assert all(e["date"] == "2017-11-24" for e in of_type(extract(text, "2017-11-24"), "deployment"))
