""""Since then", «منذ ذلك الحين» take up the time told last before them, in their sentence or the
one right before it: a deed going on since then began at that time (calendar.json `since_then`).
After a comparison it is the time compared with; a time of a relative clause describing a name is
none they take up; a deal told before by a definite noun that has stalled since then is no deed
of that time."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("It seized Crimea in 2014 and backs separatists who have been fighting government forces since then.", "2022-02-10", "2014"),
        ("سيطر الحوثيون على صنعاء في سبتمبر 2014، ويخوضون منذ ذلك الحين حربا ضد القوات الحكومية.", "2018-05-01", "2014-09"),
        ("Troops crossed the border on March 3. They have held the town ever since then.", "2018-05-01", "2018-03-03"),
        ("وقعت مصر وحماس الاتفاق في أكتوبر الماضي. وتفتح مصر معبر رفح منذ ذلك الوقت.", "2018-05-01", "2017-10"),
    ],
)
def test_since_then_takes_the_time_told_before(text, published, value):
    found = [d for d in find_dates(text, published) if d.text.lower() in ("then", "ذلك الحين", "ذلك الوقت")]
    assert [d.value for d in found] == [value]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the time a relative clause gives a name described is not the story's
        ("غادر الوفد القاهرة إلى قطاع غزة الذي تديره حماس منذ عام 2007. ومنذ ذلك الحين لم يعد.", "2018-05-01"),
        ("The envoy left for the region, which rebels have held since 2014. He has not come back since then.", "2018-05-01"),
        # told two sentences back: no longer the time spoken of
        ("Rebels took the town in 2014. The army left. Officials said little. Fighting has gone on since then.", "2018-05-01"),
        # opening its clause: a setting of the deeds told after it, not their time
        ("Rebels took the town in 2014. Since then, the army has struck it many times.", "2018-05-01"),
        ("سيطر المتمردون على البلدة في 2014. ومنذ ذلك الحين يقصفها الجيش.", "2018-05-01"),
    ],
)
def test_since_then_takes_no_time_of_a_relative_or_told_far_back(text, published):
    assert all(d.text.lower() not in ("then", "ذلك الحين") for d in find_dates(text, published))


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        (
            "Russia seized Crimea from Ukraine in 2014 and backs separatists who have been fighting "
            "government forces in the eastern Donbas region since then.",
            "attack",
            "2014",
        ),
        # told in the sentence before, which names no deed of its own
        ("انسحبت القوات السودانية من مدينة كادوقلي في مارس 2015. ويشن المتمردون منذ ذلك الحين هجمات على القوات الحكومية السودانية.", "attack", "2015-03"),
        ("Sudanese troops withdrew from the town of Kadugli in March 2015. Rebels have attacked government forces in the area ever since then.", "attack", "2015-03"),
    ],
)
def test_a_deed_going_on_since_then_began_at_that_time(text, kind, date):
    assert date in [e["date"] for e in of_type(extract(text, "2022-02-10"), kind)]


@pytest.mark.parametrize(
    ("text", "kind", "not_date"),
    [
        # a comparison: the time compared with, no deed of it
        ("Protests erupted in Baghdad in 2019. Police clashed with protesters on Tuesday in the worst violence since then.", "attack", "2019"),
        ("اندلعت احتجاجات في بغداد في 2019. واشتبكت الشرطة مع المحتجين الثلاثاء في أسوأ أعمال عنف منذ ذلك الحين.", "attack", "2019"),
        # opening the clause: strikes told after that time, each at a time of its own
        (
            "On Sunday, Turkey declared the area around Tal Rifaat a closed military zone. "
            "Since then, Turkish artillery has struck YPG positions near Tal Rifaat.",
            "attack",
            "2018-04-29",
        ),
        (
            "أعلنت تركيا يوم الأحد المنطقة المحيطة بتل رفعت منطقة عسكرية مغلقة. "
            "ومنذ ذلك الحين تقصف المدفعية التركية مواقع الوحدات الكردية قرب تل رفعت.",
            "attack",
            "2018-04-29",
        ),
        # a deal told before that has stalled since then: its stalling, no new deal
        ("نجحت مصر في أكتوبر الماضي في جمع فتح وحماس حيث أعلن عن اتفاق مصالحة. لكن الاتفاق تعثر منذ ذلك الحين.", "agreement", None),
    ],
)
def test_since_then_of_a_comparison_or_of_another_deed_dates_nothing(text, kind, not_date):
    found = of_type(extract(text, "2018-05-01"), kind)
    if not_date is None:
        assert len(found) <= 1, found
    else:
        assert all(e["date"] != not_date for e in found), found
