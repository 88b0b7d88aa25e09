"""A deal withdrawn from, pulled out of, or whose working is suspended is a deal of the past undone,
no new agreement, whoever stands between the verb and the deal: «وانسحبت الولايات المتحدة يوم
الثلاثاء من الاتفاق مع إيران», «وعلقت مصر العمل بالاتفاق مع السودان», "The United States withdrew
on Tuesday from the agreement with Iran" (data/modality.json cues.left, `before_head`). The
deal's own signing, named in a clause of its own, keeps its date, and an agreement of another
clause after a withdrawal of troops stays one. The US withdrawal from the Iran nuclear deal, a
catalogued event, is read under its English names with accord as with deal. A demonstrative with
a preposition on it (بهذا الاتفاق) points back at the deal told before, as هذا الاتفاق does."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2018-05-10"


@pytest.mark.parametrize(
    "text",
    [
        "وانسحبت الولايات المتحدة يوم الثلاثاء من الاتفاق مع إيران.",
        "The United States withdrew on Tuesday from the agreement with Iran.",
        "وانسحبت الولايات المتحدة من اتفاق باريس للمناخ يوم الخميس.",
        "The United States pulled out of the Paris climate accord on Thursday.",
        "Egypt pulled out on Sunday of the deal with Sudan.",
        "وعلقت مصر العمل بالاتفاق مع السودان يوم الأحد.",
        "وأوقفت الحكومة المصرية العمل بالاتفاقية مع السودان يوم الأحد.",
        "Egypt suspended the agreement with Sudan on Sunday.",
        "وألغت الحكومة المصرية الاتفاقية مع قبرص يوم الأحد.",
        "The Egyptian government cancelled the agreement with Cyprus on Sunday.",
    ],
)
def test_a_deal_withdrawn_from_or_suspended_is_no_new_agreement(text):
    assert [e for e in of_type(extract(text, PUBLISHED), "agreement") if e["date"].startswith("2018")] == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("وانسحبت تركيا يوم الثلاثاء من الاتفاق الذي وقعته مع اليونان عام 2016.", "2016"),
        ("Turkey withdrew from the agreement it signed with Greece in 2016.", "2016"),
        # the deal undone named with its own year is the deal of that year
        ("وتصاعد التوتر منذ انسحاب مصر من اتفاق التعاون مع السودان لعام 2012.", "2012"),
        ("Tension has risen since Egypt withdrew from the 2012 cooperation agreement with Sudan.", "2012"),
        # an agreement of its own clause after troops withdrawn stays one
        ("وانسحبت القوات السورية من حلب ووقعت الأطراف اتفاقا يوم الأحد.", "2018-05-06"),
        ("Syrian forces withdrew from Aleppo and the parties signed an agreement on Sunday.", "2018-05-06"),
        ("وتوصلت مصر والسودان يوم الأحد إلى اتفاق بعد انسحاب إثيوبيا من المفاوضات.", "2018-05-06"),
    ],
)
def test_the_deals_own_signing_and_other_deals_stay(text, date):
    assert date in [e["date"] for e in of_type(extract(text, PUBLISHED), "agreement")]


@pytest.mark.parametrize(
    "text",
    [
        "وانسحبت الولايات المتحدة من الاتفاق النووي مع إيران يوم الثلاثاء.",
        "The United States withdrew from the nuclear accord with Iran on Tuesday.",
        "The United States pulled out of the Iran nuclear deal on Tuesday.",
    ],
)
def test_the_catalogued_withdrawal_from_the_nuclear_deal_in_both_languages(text):
    found = extract(text, PUBLISHED)
    assert [(e["event_type"], e["date"]) for e in found if e["date"].startswith("2018")] == [("sanctions", "2018-05-08")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "وقال ترامب الثلاثاء معلنا انسحاب بلاده من الاتفاق النووي الإيراني: "
            '"لن نستطيع منع إيران من تصنيع قنبلة نووية بهذا الاتفاق الضعيف".',
            "2018-05-13",
            ["2015-07-14"],
        ),
        ("وقال الوزير إن هذا الاتفاق ضعيف.", "2018-05-13", []),
        ("وقال الوزير لهذه الاتفاقية إنها ضعيفة.", "2018-05-13", []),
    ],
)
def test_a_demonstrative_with_a_preposition_points_back(text, published, expected):
    assert [e["date"] for e in of_type(extract(text, published), "agreement")] == expected
