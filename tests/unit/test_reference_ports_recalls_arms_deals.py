"""Reference catalog.

Well-known regional events of 2017-2018 that the press of those years retells without a
date are dated by the catalog: the coalition's closure of Yemen's ports and its partial
lifting, Turkey's recall of its ambassadors and expulsion of Israel's, the arms deals of
Trump's visit to Riyadh, the offensives on Hodeidah, Eastern Ghouta and Daraa, Israel's
strikes on Iranian targets in Syria, the Iraqi takeover of Kirkuk, Tunisia's first municipal
elections after the revolution, Egypt's strikes on Derna after the Minya attack, Israel's
strike on the T-4 base and its Northern Shield operation, the Su-25 downed over Idlib, Pence's
regional tour and the doubled tariffs on Turkish steel. A new event of the same kind keeps
its own date.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "ref_id", "date"),
    [
        (
            "وأغلق التحالف بقيادة السعودية جميع المنافذ الجوية والبحرية والبرية لليمن.",
            "2018-01-10",
            "sanctions",
            "yemen_ports_closure_2017",
            "2017-11-06",
        ),
        (
            "وأعاد التحالف فتح ميناء الحديدة ومطار صنعاء أمام المساعدات الإنسانية.",
            "2018-01-10",
            "aid",
            "yemen_ports_reopened_aid_2017",
            "2017-11-22",
        ),
        (
            "واستدعت تركيا سفيريها في تل أبيب وواشنطن للتشاور.",
            "2018-07-01",
            "sanctions",
            "turkey_recalls_ambassadors_2018",
            "2018-05-14",
        ),
        (
            "Turkey expelled Israel's ambassador over the killings in Gaza.",
            "2018-07-01",
            "sanctions",
            "turkey_expels_israeli_ambassador_2018",
            "2018-05-15",
        ),
        (
            "ووقع الطرفان صفقات أسلحة بمليارات الدولارات حين زار ترامب الرياض.",
            "2018-03-01",
            "agreement",
            "us_saudi_arms_deals_2017",
            "2017-05-20",
        ),
        (
            "Coalition-backed forces launched an offensive on Hodeidah.",
            "2018-09-01",
            "attack",
            "hodeidah_offensive_2018",
            "2018-06-13",
        ),
        (
            "Syrian forces launched an offensive on Eastern Ghouta.",
            "2018-06-01",
            "attack",
            "eastern_ghouta_offensive_2018",
            "2018-02-18",
        ),
        (
            "Syrian forces launched an offensive on Daraa in the south.",
            "2018-09-01",
            "attack",
            "southern_syria_offensive_2018",
            "2018-06-18",
        ),
        (
            "وقصفت إسرائيل عشرات الأهداف الإيرانية في سوريا.",
            "2018-07-01",
            "attack",
            "israel_strikes_iran_syria_may_2018",
            "2018-05-10",
        ),
        (
            "Iraqi forces took control of Kirkuk from the Kurds.",
            "2018-01-01",
            "attack",
            "kirkuk_retaken_2017",
            "2017-10-16",
        ),
        (
            "وجرت في تونس أول انتخابات بلدية بعد الثورة.",
            "2018-08-01",
            "election",
            "tunisia_municipal_election_2018",
            "2018-05-06",
        ),
        (
            "وكانت الضربات الجوية المصرية على معسكرات درنة قد جاءت ردا على هجوم المنيا.",
            "2017-07-01",
            "attack",
            "egypt_airstrikes_derna_2017",
            "2017-05-26",
        ),
        (
            "Israel struck the T-4 air base in Homs, killing Iranian military personnel.",
            "2018-06-01",
            "attack",
            "t4_airbase_strike_2018",
            "2018-04-09",
        ),
        (
            # a Su-25 over Idlib, not the Su-24 Turkey downed in 2015
            "وأسقطت فصائل المعارضة طائرة سوخوي 25 روسية فوق إدلب.",
            "2018-06-01",
            "attack",
            "su25_shootdown_idlib_2018",
            "2018-02-03",
        ),
        (
            "وأطلق الجيش الإسرائيلي عملية درع الشمال لتدمير أنفاق حزب الله.",
            "2019-01-15",
            "attack",
            "northern_shield_2018",
            "2018-12-04",
        ),
        (
            "وزار نائب الرئيس الأمريكي مايك بنس القاهرة وعمان والقدس.",
            "2018-03-01",
            "visit",
            "pence_mideast_visit_2018",
            "2018-01",
        ),
        (
            "وفرض ترامب رسوما مضاعفة على الصلب والألمنيوم التركيين.",
            "2018-10-01",
            "sanctions",
            "turkey_steel_tariffs_2018",
            "2018-08-10",
        ),
    ],
)
def test_retold_events_of_2017_2018_take_their_catalogued_date(text, published, event_type, ref_id, date):
    found = of_type(extract(text, published), event_type)
    assert found, extract(text, published)
    assert (found[0]["reference_id"], found[0]["date"], found[0]["date_basis"]) == (ref_id, date, "reference")


def test_a_campaign_told_since_a_month_of_a_year_is_the_catalogued_one():
    # "منذ مارس/آذار العام 2015": the month the text writes, and the catalog's event it names
    found = of_type(
        extract("ويشن التحالف بقيادة السعودية غارات على اليمن منذ مارس/آذار العام 2015.", "2018-06-01"),
        "attack",
    )
    assert found
    assert (found[0]["reference_id"], found[0]["date"]) == ("decisive_storm_2015", "2015-03")


@pytest.mark.parametrize(
    ("text", "published", "event_type", "not_ref"),
    [
        # a later offensive on Hodeidah, told as new
        ("وشنت القوات الحكومية هجوما جديدا على الحديدة.", "2021-03-01", "attack", "hodeidah_offensive_2018"),
        # Turkey sends Israel's ambassador home again, years later
        ("وطردت تركيا السفير الإسرائيلي مجددا.", "2023-11-10", "sanctions", "turkey_expels_israeli_ambassador_2018"),
        # the arms deals of Trump's second visit to Riyadh are not those of his first
        (
            "ووقع الطرفان صفقات أسلحة حين زار ترامب الرياض في ولايته الثانية.",
            "2025-06-14",
            "agreement",
            "us_saudi_arms_deals_2017",
        ),
        # another strike on the T-4 base, told as again
        ("وقصفت إسرائيل مطار التيفور مجددا.", "2019-01-15", "attack", "t4_airbase_strike_2018"),
        # tariffs on the steel of the whole world are not the doubled tariffs on Turkey's
        (
            "Trump imposed tariffs on steel and aluminium imports from around the world.",
            "2018-06-01",
            "sanctions",
            "turkey_steel_tariffs_2018",
        ),
    ],
)
def test_a_new_event_of_the_same_kind_is_not_the_catalogued_one(text, published, event_type, not_ref):
    found = of_type(extract(text, published), event_type)
    assert found, extract(text, published)
    assert all(e.get("reference_id") != not_ref for e in found), found
