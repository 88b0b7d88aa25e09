"""Talks at whose end a deal was reached («في ختام ثلاثة أيام من المحادثات») are the deal's
circumstance: both are told, the deal on its own day. The details of a deal settled ("finalised
the details of the agreement", «اتفق الطرفان على تفاصيل الهدنة») tell the deal."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "توصلت الولايات المتحدة وروسيا أمس السبت في جنيف إلى اتفاق إطار لنزع الأسلحة الكيميائية السورية، "
            "وذلك في ختام ثلاثة أيام من المحادثات المكثفة بين وزيري خارجية البلدين، انطلقت الخميس في أحد فنادق المدينة.",
            "2013-09-15",
            [("agreement", "2013-09-14"), ("meeting", "2013-09-12")],
        ),
        (
            "وقعت الحكومة والمعارضة أمس الأحد في الدوحة اتفاقا لتقاسم السلطة، في نهاية أسبوعين من المفاوضات "
            "التي بدأت في الأول من الشهر.",
            "2022-05-16",
            [("agreement", "2022-05-15"), ("meeting", "2022-05-01")],
        ),
        (
            "The United States and Russia reached a framework deal on Syria's chemical weapons in Geneva on Saturday, "
            "at the end of three days of intensive talks between John Kerry and Sergei Lavrov that began on Thursday.",
            "2013-09-15",
            [("agreement", "2013-09-14"), ("meeting", "2013-09-12")],
        ),
    ],
)
def test_a_deal_reached_at_the_end_of_talks_is_told_beside_them(text, published, expected):
    found = extract(text, published)
    assert sorted((e["event_type"], e["date"]) for e in found) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        ("On Friday, negotiators finalised the details of the agreement in Vienna.", "2015-07-12", "agreement", "2015-07-10"),
        ("Israel and Hamas agreed on Sunday on the details of a ceasefire in Gaza.", "2014-08-12", "ceasefire", "2014-08-10"),
        ("اتفق الطرفان أمس على تفاصيل الهدنة في غزة.", "2014-08-12", "ceasefire", "2014-08-11"),
    ],
)
def test_details_settled_tell_the_deal(text, published, kind, day):
    assert [e["date"] for e in of_type(extract(text, published), kind)] == [day]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # what a vote or a deal crowned (تتويجا ل) is its circumstance, told beside it
        (
            "انتخب البرلمان الأرميني، أمس الثلاثاء، زعيم المعارضة نيكول باشينيان رئيسا للوزراء، تتويجا لأسابيع من "
            "الاحتجاجات الشعبية التي أطاحت بالزعيم المخضرم.",
            "2018-05-09",
            {"election", "appointment", "protest"},  # a body's vote for an office holder: test_bodies_electing_office_holders.py
        ),
        (  # the tanween written before the alef
            "انتخب البرلمان الأرميني، أمس الثلاثاء، زعيم المعارضة نيكول باشينيان رئيسا للوزراء، تتويجًا لأسابيع من "
            "الاحتجاجات الشعبية.",
            "2018-05-09",
            {"election", "appointment", "protest"},
        ),
        (
            "وقعت الحكومة السودانية والحركات المسلحة اتفاق سلام أمس في جوبا، تتويجاً للمفاوضات التي استمرت عاما كاملا.",
            "2020-09-01",
            {"agreement", "meeting"},
        ),
    ],
)
def test_what_a_deed_crowned_is_its_circumstance(text, published, expected):
    assert {e["event_type"] for e in extract(text, published)} == expected
