"""Faults a review of this round's rules found, each mended: a deed only discussed or rejected
at a meeting, the end of a day told long before, a ceremony coinciding with the deed of a clause
of after, a pact denounced or drafts finished, protesters released, quarantines, a month-dated
deed beside a day-dated one, a comparison since a month, sanctions over internet curbs, looting
in protests, catalog keywords of later deeds, a news item on the same day as the one told just
before, titles read as names, and a relative clause that goes on."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.titled_names import titled_names
from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "published", "event_type"),
    [
        ("رفض وزراء الخارجية الأوروبيون في اجتماعهم في بروكسل أمس فرض عقوبات جديدة على تركيا.", "2019-05-31", "sanctions"),
        ("ناقش الرئيسان في اجتماعهما بالقصر الرئاسي في أنقرة أمس إرسال قوات إلى ليبيا.", "2020-01-10", "deployment"),
        ("China on Thursday denounced the AUKUS security pact between Australia, Britain and the United States.", "2021-09-17", "sanctions"),
        ("أنهى الوفدان العراقي والأمريكي أمس صياغة الاتفاقية الأمنية بين البلدين.", "2008-11-15", "sanctions"),
        ("Sudanese authorities on Thursday released detained protesters, state media reported.", "2019-01-10", "protest"),
        ("وافق الملك سلمان بن عبد العزيز أمس على عزل بلدة القطيف مؤقتا للحد من انتشار فيروس كورونا.", "2020-03-09", "appointment"),
        ("شهدت مدينة طرابلس اللبنانية أمس عمليات تخريب ونهب للمحلات التجارية خلال الاحتجاجات على تدهور الأوضاع المعيشية.", "2021-01-29", "attack"),
        ("Students from General Santos City in the Philippines visited Manila on Monday. Secretary General Antonio Guterres spoke.", "2021-01-29", "visit"),
    ],
)
def test_no_such_event(text: str, published: str, event_type: str) -> None:
    assert not of_type(extract(text, published), event_type)


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        (
            "تسيطر حركة حماس على قطاع غزة منذ أن طردت حركة فتح منه في 14 يونيو 2007. وقصفت الطائرات الإسرائيلية "
            "مواقع لحماس في غزة مع نهاية اليوم، بحسب ما أعلن الجيش الإسرائيلي.",
            "2021-06-17",
            "attack",
            ["2021-06-17"],
        ),
        (
            "Israel, the UAE and Bahrain signed the Abraham Accords at the White House on Tuesday, a month after Israel "
            "and the UAE agreed to establish diplomatic relations on August 13. The ceremony coincided with rocket fire "
            "from Gaza at Ashdod in Israel.",
            "2020-09-17",
            "attack",
            ["2020-09-15"],
        ),
        (
            "Israeli drones struck the southern suburbs of Beirut on Sunday, August 25. It was the first Israeli attack "
            "on the Lebanese capital since Israel bombed the area in July 2006. Hezbollah fired anti-tank missiles at an "
            "Israeli army base two days after the drone strike.",
            "2019-09-03",
            "attack",
            ["2006-07", "2019-08-25", "2019-08-27"],
        ),
        (
            "فرضت الولايات المتحدة أمس عقوبات على شركات إيرانية، في أكبر حزمة عقوبات منذ نوفمبر 2018.",
            "2020-09-21",
            "sanctions",
            ["2020-09-20"],
        ),
        (
            "The US Treasury on Monday sanctioned Iranian officials responsible for cutting internet service to "
            "millions of Iranians.",
            "2022-09-27",
            "sanctions",
            ["2022-09-26"],
        ),
        (
            "Millions of South Africans voted on Wednesday in the country's fifth democratic election, the first since "
            "Nelson Mandela died, twenty years after the end of apartheid.",
            "2014-05-08",
            "election",
            ["2014-05-07"],
        ),
    ],
)
def test_the_right_days(text: str, published: str, event_type: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, published), event_type)) == dates


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("EU finance ministers reached an agreement on Monday to relax the Maastricht deficit rules.", "2005-03-21"),
        ("Bosnia's Serb, Croat and Bosniak leaders reached an agreement on Wednesday to amend the constitution drawn up at Dayton.", "2009-10-21"),
        ("Karzai and international donors agreed in Bonn on Monday to support Afghanistan for a decade after foreign troops leave.", "2011-12-06"),
    ],
)
def test_a_later_deal_is_no_catalogued_one(text: str, published: str) -> None:
    assert all(e["date_basis"] != "reference" for e in of_type(extract(text, published), "agreement"))


def test_the_same_year_after_a_relative_that_goes_on() -> None:
    text = (
        "Tension rose after Trump pulled out in May 2018 from the nuclear deal that Iran signed with world powers in "
        "July 2015, which led the UN Security Council to lift sanctions on Iran in January of the following year."
    )
    found = [m for m in find_dates(text, "2019-06-21", "en") if "January" in m.text]
    assert [m.value for m in found] == ["2016-01"], found


def test_titles_that_run_on_are_no_names() -> None:
    assert not {"General", "Prince", "Mohammed"} & set(
        titled_names("Secretary General Antonio Guterres met Crown Prince Mohammed bin Salman.")
    )
