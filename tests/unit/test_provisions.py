"""What a law, a deal or a mandate provides, bars or allows is a rule, no deed done: "U.S. law
bars aid to a country whose elected leader has been deposed", "The agreement also bars the use
of Iraqi territory as a launch pad for attacks", «ويمنع الاتفاق استخدام الأراضي العراقية منطلقا
لشن هجمات». The deeds told beside it, the deal's own approval among them, still come out."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The Egyptian army removed President Mohamed Mursi on Wednesday. "
            "U.S. law bars aid to a country whose elected leader has been deposed in a military coup.",
            "2013-07-04",
            [("appointment", "2013-07-03")],
        ),
        (
            "عزل الجيش المصري الرئيس محمد مرسي يوم الأربعاء. "
            "ويحظر القانون الأمريكي تقديم المساعدات لدولة أطيح برئيسها المنتخب في انقلاب عسكري.",
            "2013-07-04",
            [("appointment", "2013-07-03")],
        ),
        (
            "Iraq's parliament on Thursday approved a security pact with the United States. "
            "The agreement also bars the use of Iraqi territory as a launch pad for attacks on neighbouring countries.",
            "2008-11-27",
            [("ratification", "2008-11-27")],
        ),
        (
            "وافق البرلمان العراقي يوم الخميس على الاتفاقية الأمنية مع الولايات المتحدة. "
            "ويمنع الاتفاق استخدام الأراضي العراقية منطلقا لشن هجمات على الدول المجاورة.",
            "2008-11-27",
            [("ratification", "2008-11-27")],
        ),
        (
            "It replaces a U.N. mandate in Iraq that expires on December 31 and gives Iraq a say over U.S. military operations.",
            "2008-11-27",
            [],
        ),
        # near misses: a deed a relative clause dates as done, one told after a clause break, or
        # with no instrument, stays
        ("ويسمح الاتفاق برفع القيود الأمريكية التي شددت على المصارف الروسية عام 2014.", "2015-08-01", [("sanctions", "2014")]),
        (
            "Israel barred Palestinians from entering Jerusalem on Thursday after militants attacked a checkpoint.",
            "2008-11-27",
            [("attack", "2008-11"), ("sanctions", "2008-11-27")],
        ),
        (
            "Russia and Ukraine signed a deal on Friday that allows grain exports, "
            "but Russian missiles struck the port of Odesa on Saturday.",
            "2022-07-23",
            [("agreement", "2022-07-22"), ("attack", "2022-07-23")],
        ),
        (
            "وقعت روسيا وأوكرانيا اتفاقا يوم الجمعة يسمح بتصدير الحبوب، "
            "وبعد ذلك قصفت القوات الروسية ميناء أوديسا الأوكراني يوم السبت.",
            "2022-07-23",
            [("agreement", "2022-07-22"), ("attack", "2022-07-23")],
        ),
    ],
)
def test_a_provision_tells_no_deed(text, published, expected):
    found = sorted((e["event_type"], e["date"]) for e in extract(text, published))
    assert found == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deal's own outcome it provides for is agreed: a truce, ties restored
        (
            "أعلن مايك بنس، مساء أمس الخميس، توصل الولايات المتحدة وتركيا إلى اتفاق يقضي بوقف إطلاق النار.",
            [("ceasefire", "2019-10-17")],
        ),
        (
            "أعلن نائب الرئيس الأمريكي مايك بنس، مساء أمس الخميس، توصل الولايات المتحدة وتركيا إلى اتفاق يقضي "
            "بتعليق العملية العسكرية التركية في شمال شرقي سوريا لمدة 120 ساعة.",
            [("ceasefire", "2019-10-17")],
        ),
        ("Armenia and Azerbaijan signed an accord on Thursday that provides for a ceasefire.", [("agreement", "2019-10-17")]),
        # what a deal bars or allows stays a rule, and so does a resolution's or a law's truce
        ("ويقضي القرار الأممي بوقف إطلاق النار بين إسرائيل وحماس خلال شهر رمضان.", []),
        ("The UN resolution provides for a ceasefire between Israel and Hamas during Ramadan.", []),
        ("ويمنع الاتفاق وقف إطلاق النار من جانب واحد.", []),
    ],
)
def test_an_outcome_a_deal_provides_for_is_agreed(text, expected):
    found = sorted((e["event_type"], e["date"]) for e in extract(text, "2019-10-18"))
    assert found == sorted(expected), found
