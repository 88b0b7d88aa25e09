"""A deed told right after, before or during the weekly prayer («عقب صلاة الجمعة»، «بعد خطبة
الجمعة», "after Friday prayers") was done on the last such day before the publication, as the
English weekday already tells. The prayer named as a rite («أدى المصلون صلاة الجمعة», «خطيب صلاة
الجمعة») or told with a word of every week («من كل أسبوع»، «أسبوعيا»، «كل جمعة») names no day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates

PUB = "2017-12-09"  # a Saturday: the Friday before is 2017-12-08


def _days(text: str) -> list[str | None]:
    return [m.value for m in find_dates(text, PUB, "ar")]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("وتظاهر آلاف الأردنيين في وسط عمّان عقب صلاة الجمعة مرددين هتافات مناهضة للقرار الأمريكي.", "protest", "2017-12-08"),
        ("وتظاهر مئات المصلين في الجامع الأزهر بالقاهرة بعد صلاة الجمعة احتجاجا على القرار.", "protest", "2017-12-08"),
        ("واندلعت مواجهات بين الشبان والشرطة الإسرائيلية في القدس بعد صلاة الجمعة.", "attack", "2017-12-08"),
        ("Thousands of Jordanians protested in central Amman after Friday prayers.", "protest", "2017-12-08"),
    ],
)
def test_a_deed_after_the_weekly_prayer_is_of_the_last_friday(text: str, event_type: str, date: str) -> None:
    found = of_type(extract(text, PUB), event_type)
    assert found, text
    assert found[0]["date"] == date


@pytest.mark.parametrize(
    "text",
    [
        "وأدى آلاف المصلين صلاة الجمعة في المسجد الأقصى.",
        "وقال خطيب صلاة الجمعة في المسجد الكبير إن الأمة تمر بمحنة.",
        "ويخرج المحتجون في الجزائر عقب صلاة الجمعة من كل أسبوع للمطالبة برحيل النظام.",
        "وتعود الاحتجاجات أسبوعيا بعد صلاة الجمعة في ساحة البريد المركزي.",
        "ويتجمع الناشطون كل جمعة عقب الصلاة أمام السفارة.",
        "ويعتاد المحتجون التجمع كل أسبوع عقب صلاة الجمعة أمام البرلمان.",
    ],
)
def test_the_prayer_as_a_rite_or_of_every_week_names_no_day(text: str) -> None:
    assert "2017-12-08" not in _days(text)


def test_a_prayer_of_next_friday_is_that_friday() -> None:
    assert "2017-12-15" in _days("ودعا الناشطون إلى التظاهر عقب صلاة الجمعة المقبلة أمام السفارة.")


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # a time of its own in the sentence dates the deed, not the last Friday
        ("تظاهر آلاف الفلسطينيين بعد صلاة الجمعة في المسجد الأقصى في 6 أكتوبر.", "protest", "2017-10-06"),
        ("في 28 يناير 2011، خرج آلاف المصريين عقب صلاة الجمعة في مظاهرات حاشدة.", "protest", "2011-01-28"),
        ("اعتقلت الشرطة المصرية عشرات المتظاهرين بعد صلاة الجمعة في القاهرة يوم 28 يناير 2011.", "protest", "2011-01-28"),
        # «كل» of "all the parts of" is no word of every week
        ("وتظاهر الآلاف في كل أنحاء الأردن عقب صلاة الجمعة.", "protest", "2017-12-08"),
        # a count, a resolution's number, a former office or a time of another clause tells no time of the prayer's deed
        ("قتل 3 أشخاص عقب صلاة الجمعة في هجوم على مسجد في سيناء.", "attack", "2017-12-08"),
        ("تظاهر آلاف المصريين عقب صلاة الجمعة في القاهرة للمطالبة بالإفراج عن الرئيس السابق محمد مرسي.", "protest", "2017-12-08"),
        ("تظاهر آلاف اليمنيين عقب صلاة الجمعة في صنعاء رفضا للقرار 2216.", "protest", "2017-12-08"),
        (
            "خرج آلاف الأردنيين عقب صلاة الجمعة في عمان احتجاجا على القرار الأمريكي، ودعوا إلى مظاهرات أخرى الأسبوع المقبل.",
            "protest",
            "2017-12-08",
        ),
    ],
)
def test_a_time_of_its_own_beats_the_prayer(text: str, event_type: str, date: str) -> None:
    found = of_type(extract(text, PUB), event_type)
    assert [e["date"] for e in found] == [date], found
