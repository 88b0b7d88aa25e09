"""A head of state signing the instruments of accession to a treaty, or the letter that carries
the state's approval of a deal, ratifies it: no new agreement is signed (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "date", "country"),
    [
        (
            "وكان الرئيس محمود عباس قد وقّع في 31 ديسمبر/كانون الأول الماضي وثائق الانضمام إلى نظام روما "
            "و19 معاهدة دولية أخرى.",
            "2015-04-01",
            "2014-12-31",
            "PSE",
        ),
        ("وقع الرئيس الموريتاني أمس صك انضمام بلاده إلى اتفاقية باريس للمناخ.", "2016-05-12", "2016-05-11", "MRT"),
        (
            "وقّع الرئيس اللبناني ميشال عون، اليوم الخميس، الرسالة التي تتضمن موافقة لبنان على اتفاق ترسيم "
            "الحدود البحرية مع إسرائيل.",
            "2022-10-27",
            "2022-10-27",
            "LBN",
        ),
        (
            "President Abbas signed the instruments of accession to the Rome Statute on December 31.",
            "2015-04-01",
            "2014-12-31",
            "PSE",
        ),
    ],
)
def test_signed_consent_is_a_ratification(text, published, date, country):
    found = extract(text, published)
    ratified = [e for e in found if e["event_type"] == "ratification"]
    assert [e["date"] for e in ratified] == [date], found
    assert country in ratified[0]["countries"], found
    # the signing is the ratification's, no new deal signed by it
    assert not any(e["event_type"] == "agreement" and e["trigger"] == ratified[0]["trigger"] for e in found), found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("وقع وزيرا خارجية البلدين اتفاقية تعاون أمني أمس في الرياض.", "2019-03-05"),
        ("The two foreign ministers signed a security cooperation agreement in Riyadh on Monday.", "2019-03-05"),
    ],
)
def test_a_deal_signed_stays_an_agreement(text, published):
    assert {e["event_type"] for e in extract(text, published)} == {"agreement"}
