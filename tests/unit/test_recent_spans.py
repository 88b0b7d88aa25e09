"""A deed told within a short stretch up to the publication ("in recent weeks", "over the past
few months", "خلال الأسابيع الماضية", "في الأشهر الأخيرة"), or an uncounted time back
("a few weeks ago", "قبل أشهر"), took place within it: weeks date it to
the month a fortnight before the publication, months to the year two months before it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "published", "value", "precision"),
    [
        ("Rebels have clashed with the army in recent weeks.", "2022-05-20", "2022-05", "month"),
        ("Rebels have clashed with the army over the past few weeks.", "2022-05-03", "2022-04", "month"),
        ("The air force stepped up its raids over the past few months.", "2022-05-20", "2022", "year"),
        ("The air force stepped up its raids in recent months.", "2022-01-20", "2021", "year"),
        ("وتصاعدت الاشتباكات بين الجيش والمتمردين خلال الأسابيع الماضية.", "2022-05-20", "2022-05", "month"),
        ("وكثف الطيران غاراته في الأشهر الأخيرة على مواقع المسلحين.", "2022-05-20", "2022", "year"),
        # written without the hamza
        ("وتصاعدت الاشتباكات خلال الاسابيع الماضية.", "2022-05-20", "2022-05", "month"),
        ("The two sides began indirect talks a few weeks ago.", "2022-05-20", "2022-05", "month"),
        ("The envoy stepped down months ago.", "2022-05-20", "2022", "year"),
        ("وبدأ الطرفان محادثات غير مباشرة قبل بضعة أسابيع.", "2022-05-20", "2022-05", "month"),
        ("واستقال المبعوث قبل أشهر.", "2022-05-20", "2022", "year"),
    ],
)
def test_a_recent_stretch_is_a_time(text, published, value, precision):
    found = [(d.value, d.precision) for d in find_dates(text, published)]
    assert found == [(value, precision)]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # the stretch, not a year that names an accord
        ("In Mali, the army and rebels have clashed repeatedly in recent weeks, straining the 2015 accord.", "attack", "2022-05"),
        ("وانتشرت قوات روسية في سوريا خلال الأسابيع الماضية، تنفيذا لاتفاق 2015.", "deployment", "2022-05"),
    ],
)
def test_a_deed_of_a_recent_stretch_is_dated_by_it(text, event_type, date):
    assert [e["date"] for e in of_type(extract(text, "2022-05-20"), event_type)] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Riyadh halted oil shipments after the Houthi attack on two Saudi oil tankers a few weeks ago.",
        "وأوقفت الرياض شحنات النفط بعد الهجوم الحوثي على ناقلتي النفط السعوديتين قبل أسابيع قليلة.",
    ],
)
def test_a_catalogued_event_keeps_its_own_day_within_the_stretch(text):
    assert "2018-07-25" in [e["date"] for e in of_type(extract(text, "2018-08-12"), "attack")]
