"""Venues: where talks, a deal, forces sent or a body's decision took place, and not
the country of a party. A setting phrase (`خلال قمة في سوتشي`, "at a summit in Sochi") names
the venue of a deal whose terms name another place; the sender's own name gives way to the land
forces are sent to (`نشرت روسيا مرتزقة في ليبيا`), and forces sent to back a side go to that
side's country ("sent troops to back the GNA"), and aid to the side named right after its word
(`تزويد الحوثيين بالأسلحة`); a body's decision about a state (the Arab League
reinstating Syria) is not placed in that state; a capital named by its nationality after "in the"
("talks in the Chinese capital") is the place, not a subject."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _places(text: str, published: str, kind: str) -> list[str | None]:
    return [(e.get("location") or {}).get("country") for e in of_type(extract(text, published), kind)]


@pytest.mark.parametrize(
    ("text", "published", "kind", "country"),
    [
        # a setting phrase names the venue of the deal; the zone agreed on is elsewhere
        ("توصل الرئيسان الروسي والتركي، الاثنين، إلى اتفاق يقضي بإنشاء منطقة عازلة في محافظة إدلب، وذلك خلال قمة جمعتهما في منتجع سوتشي.", "2018-09-18", "agreement", "RUS"),
        ("Russia and Turkey reached an agreement on Monday to set up a buffer zone in Idlib, at a summit in the Russian resort of Sochi.", "2018-09-18", "agreement", "RUS"),
        ("The two sides agreed on Monday to a truce in Hodeidah during talks in Sweden.", "2018-12-14", "ceasefire", "SWE"),
        ("اتفق الطرفان الأحد على تبادل الأسرى في تعز خلال مشاورات في الكويت.", "2016-05-02", "agreement", "KWT"),
        # "in the" before a capital named by its nationality: the talks' place, not their subject
        ("The deal followed four days of negotiations in the Chinese capital between Iranian and Saudi officials, state media reported.", "2023-03-10", "meeting", "CHN"),
        ("Iranian and Saudi officials held talks in the Iraqi capital on Monday.", "2023-03-10", "meeting", "IRQ"),
        # the sender's own name gives way to the land the forces are sent to
        ("نشرت روسيا مئات المرتزقة في ليبيا يوم الاثنين.", "2020-10-20", "deployment", "LBY"),
        ("نشرت إيران آلاف المقاتلين في سوريا خلال الشهر الماضي.", "2016-03-10", "deployment", "SYR"),
        # forces or aid sent to back a side go to that side's country
        ("أرسلت تركيا جنودا ومقاتلين لدعم حكومة الوفاق الليبية في يناير.", "2020-10-23", "deployment", "LBY"),
        ("Turkey, which sent troops to back the GNA in January, was sceptical.", "2020-10-23", "deployment", "LBY"),
        ("Russia's Wagner Group has deployed hundreds of mercenaries to support Haftar, according to UN monitors.", "2020-10-23", "deployment", "LBY"),
        # aid given to a side named right after its word is placed in that side's country
        ("انتقدت الخارجية الانتهاكات التي قامت بها طهران، وأبرزها تزويد الحوثيين بالأسلحة.", "2018-08-12", "aid", "YEM"),
        ("Iran has been supplying the Houthis with weapons since 2015.", "2018-08-12", "aid", "YEM"),
        # what must stay: aid placed where it went, and a gift with no side named stays at the giver's
        ("قدمت قطر مساعدات لقطاع غزة.", "2018-08-12", "aid", "PSE"),
        ("Saudi Arabia pledged $3 billion in aid to Egypt on Monday.", "2019-05-12", "aid", "EGY"),
        ("قدمت قطر مساعدات.", "2018-08-12", "aid", "QAT"),
        # what must stay: a destination named after the verb, a place of the sender's own ground
        ("أرسلت السعودية قوات إلى البحرين أمس.", "2011-03-15", "deployment", "BHR"),
        ("Iran sent fighters to Syria last year to support Hezbollah.", "2016-03-10", "deployment", "SYR"),
        ("نشرت تركيا قوات في ولاية هاتاي الحدودية الاثنين.", "2020-10-20", "deployment", "TUR"),
        ("Iran deployed troops along its border with Iraq on Monday.", "2020-10-20", "deployment", "IRN"),
        # what must stay: a setting phrase inside a relative clause is the setting of the deal it tells
        ("وكانت الهدنة في الحديدة قد دخلت حيز التنفيذ الثلاثاء، تنفيذا للاتفاق الذي توصل إليه الطرفان الخميس الماضي في ختام مشاورات في السويد.", "2018-12-19", "ceasefire", "YEM"),
        # what must stay: a deal named with its own venue, and a visit's own venue
        ("Iran and Iraq signed an agreement in Baghdad on Monday during a visit to Iraq by the Iranian president.", "2018-12-11", "agreement", "IRQ"),
        ("Saudi Arabia and Iran signed an agreement in Beijing on Friday to restore relations.", "2023-03-11", "agreement", "CHN"),
        ("The Arab League voted on Sunday in Cairo to reinstate Syria's membership.", "2023-05-08", "relations", "EGY"),
        # what must stay: a state's own measure against another is placed at home
        ("فرضت الولايات المتحدة الجمعة عقوبات على إيران.", "2019-05-11", "sanctions", "USA"),
        # what must stay: a parliament's vote, though a body is named further on
        ("Lebanon's parliament on Wednesday failed to elect a new president, as a vote pitting Frangieh against former IMF official Jihad Azour ended without a majority.", "2023-06-15", "election", "LBN"),
    ],
)
def test_placed(text, published, kind, country):
    assert _places(text, published, kind)[:1] == [country]


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        # a body's decision about a state: the state is what it is about, not where it was taken
        ("The Arab League voted on Sunday to reinstate Syria's membership.", "2023-05-08", "relations"),
        ("قررت جامعة الدول العربية الأحد تعليق عضوية سوريا.", "2011-11-13", "sanctions"),
        ("صوتت جامعة الدول العربية الأحد على إعادة عضوية سوريا.", "2023-05-08", "election"),
        ("The UN Security Council imposed sanctions on Libya on Friday.", "2011-03-13", "sanctions"),
        ("فرض مجلس الأمن الدولي الجمعة عقوبات على ليبيا.", "2011-03-13", "sanctions"),
    ],
)
def test_placed_nowhere(text, published, kind):
    assert _places(text, published, kind)[:1] == [None]


@pytest.mark.parametrize(
    ("text", "published", "kind", "country"),
    [
        # a topic after the gathering is no venue ("talks on the war in Yemen")
        ("The ministers agreed in Geneva on Monday to a prisoner swap, at talks on the war in Yemen.", "2018-12-14", "agreement", "YEM"),
        # nor a purpose ("talks to end the war in Yemen")
        ("The two sides agreed in Geneva on Monday to a prisoner swap during talks to end the war in Yemen.", "2018-12-14", "agreement", "YEM"),
        ("اتفق الطرفان في جنيف الاثنين على تبادل الأسرى خلال محادثات حول الحرب في اليمن.", "2018-12-14", "agreement", "YEM"),
    ],
)
def test_not_placed_at(text, published, kind, country):
    assert country not in _places(text, published, kind)
