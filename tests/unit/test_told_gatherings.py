"""Arabic dating: a gathering named again by its definite noun (وشارك في القمة وزير الخارجية),
after an earlier sentence told it held on a day in a relative clause of holding (القمة ... التي
انعقدت أمس الثلاثاء), is that gathering, on that day, not on the publication's. Not an old day;
a summit told closed on a day (اختتمت القمة أمس أعمالها) is that summit too."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2023-05-10"  # a Wednesday

LEAD = (
    "عمان – اختتمت القمة الثلاثية بين مصر والأردن والعراق، التي انعقدت أمس الثلاثاء "
    "في العاصمة الأردنية، أعمالها بالدعوة إلى تعزيز التعاون الاقتصادي. "
)
BETWEEN = "وأكد البيان الختامي أهمية التنسيق. "
TOLD = "وشارك في القمة وزير الخارجية المصري ونظيره العراقي."


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (LEAD + BETWEEN + TOLD, ["2023-05-09"]),
        (LEAD + TOLD, ["2023-05-09"]),
        # an old gathering, held on the day its clause of holding tells: no news of the days before,
        # and the summit named again is that one
        (LEAD.replace("أمس الثلاثاء", "في العاشر من أبريل") + BETWEEN + TOLD, ["2023-04-10"]),
        # no clause of holding in the earlier telling: the summit that closed on Tuesday, named again
        (LEAD.replace("، التي انعقدت أمس الثلاثاء", " أمس الثلاثاء") + BETWEEN + TOLD, ["2023-05-09"]),
    ],
)
def test_a_gathering_named_again_takes_the_day_told(text, dates):
    found = of_type(extract(text, PUB), "meeting")
    assert [e["date"] for e in found] == dates, [(e["trigger"], e["date"]) for e in found]


ARRIVED = "وكان وزير الخارجية العراقي قد وصل إلى عمان قبيل انطلاق القمة، حيث استقبله نظيره الأردني."


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a deed a short time before the gathering's start: the day the gathering was told held
        (LEAD + ARRIVED, ["2023-05-09"]),
        (LEAD + ARRIVED.replace("قبيل", "قبل ساعات من"), ["2023-05-09"]),
        # an old gathering's day is not carried
        (LEAD.replace("أمس الثلاثاء", "في العاشر من أبريل") + ARRIVED, ["2023-05-10"]),
        # no gathering told held before
        ("عمان – أكد البيان الختامي أهمية التنسيق بين الدول الثلاث. " + ARRIVED, ["2023-05-10"]),
    ],
)
def test_a_deed_just_before_a_gathering_takes_its_day(text, dates):
    found = of_type(extract(text, PUB), "visit")
    assert [e["date"] for e in found] == dates, [(e["trigger"], e["date"]) for e in found]


# The gathering's day told in the main clause, by a deed done at the gathering on that day
AR_AT = (
    "الرياض – وقع قادة الدول الأربع أمس الثلاثاء على إعلان مشترك خلال القمة الرباعية "
    "التي استضافتها العاصمة السعودية، في خطوة تنهي خلافا طويلا. "
)
AR_SIDELINES = "والتقى وزير الخارجية الأردني نظيره المصري على هامش القمة، وبحثا العلاقات الثنائية."
AR_ATTENDED = "وحضر القمة وزير الخارجية الأردني ونظيره المصري."
EN_AT = (
    "Jordan, Egypt and Iraq pledged closer economic ties at a regional summit in Amman on Tuesday, "
    "the first such gathering in two years. "
)
EN_SIDELINES = "Jordan and Egypt also signed a trade agreement on the sidelines of the summit."


EN_BETWEEN = "The final statement stressed the need for coordination. "


@pytest.mark.parametrize(
    ("text", "trigger", "dates"),
    [
        (AR_AT + BETWEEN + AR_SIDELINES, "والتقى", ["2023-05-09"]),
        # named again, the same gathering, held where told: one event
        (AR_AT + BETWEEN + AR_ATTENDED, "القمة", ["2023-05-09"]),
        (EN_AT + EN_BETWEEN + EN_SIDELINES, "signed", ["2023-05-09"]),
        # an old gathering's day is not carried
        (AR_AT.replace("أمس الثلاثاء", "في العاشر من أبريل") + BETWEEN + AR_SIDELINES, "والتقى", ["2023-05-10"]),
        (EN_AT.replace("on Tuesday", "on April 10") + EN_BETWEEN + EN_SIDELINES, "signed", ["2023-05-10"]),
        # another gathering of the name: not the one told held
        (EN_AT + EN_BETWEEN + EN_SIDELINES.replace("the summit", "the next summit"), "signed", ["2023-05-10"]),
    ],
)
def test_a_deed_at_a_gathering_dated_in_the_main_clause_takes_its_day(text, trigger, dates):
    found = [e for e in extract(text, PUB) if e["trigger"] == trigger]
    assert [e["date"] for e in found] == dates, [(e["trigger"], e["date"]) for e in found]
