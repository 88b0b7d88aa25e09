"""Reference catalog: the region's standing conflicts as the press retells them.

News of 2017-2018 closes its stories with the same background: the Saudi-led
intervention in Yemen, the Houthi takeover of Sanaa, the blockade of Gaza and Hamas's
takeover, the outbreak of the Syrian war, Russia's intervention, ISIS's capture of Mosul,
the start of the air campaign against it, the fall of Mubarak, the US exit from the nuclear
deal, the Great March of Return. It names them with a noun phrase or with a verbal clause ("تدخل التحالف عسكريا في اليمن",
"the Saudi-led coalition intervened in Yemen", "سيطر الحوثيون على العاصمة صنعاء"); each
form reaches the catalogued event at its onset. A new strike, a tightened blockade or a
later seizure told in the same words keeps its own date.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2018-06-20"


@pytest.mark.parametrize(
    ("text", "ref_id", "date"),
    [
        ("وأشار إلى تدخل التحالف عسكرياً في اليمن.", "decisive_storm_2015", "2015-03-26"),
        ("وقتل الآلاف منذ التدخل العسكري للتحالف بقيادة السعودية في اليمن.", "decisive_storm_2015", "2015-03-26"),
        ("The war escalated after the Saudi-led coalition intervened in Yemen.", "decisive_storm_2015", "2015-03-26"),
        ("وتفاقمت الأزمة منذ أن تدخل التحالف بقيادة السعودية في الحرب.", "decisive_storm_2015", "2015-03-26"),
        ("وتدهورت الأوضاع بعد أن سيطر الحوثيون على العاصمة صنعاء.", "houthi_takeover_sanaa_2014", "2014-09-21"),
        ("وأطاح الحوثيون بحكومة الرئيس هادي.", "hadi_resignation_2015", "2015-01"),
        ("ويعاني القطاع من الحصار الإسرائيلي المفروض على غزة.", "gaza_blockade_2007", "2007"),
        ("Gaza has suffered under the Israeli blockade of the Gaza Strip for years.", "gaza_blockade_2007", "2007"),
        ("وتعثرت المصالحة منذ سيطرة حركة حماس على قطاع غزة.", "hamas_takeover_gaza_2007", "2007-06"),
        ("وقتل مئات الآلاف منذ اندلاع النزاع في سوريا.", "syria_civil_war_2011", "2011-03"),
        ("Half a million people have died since the war in Syria began.", "syria_civil_war_2011", "2011-03"),
        ("ونزح الملايين منذ بداية الحرب السورية.", "syria_civil_war_2011", "2011-03"),
        ("واستعاد النظام مناطق واسعة منذ أن تدخلت روسيا عسكريا في سوريا.", "russia_intervention_syria_2015", "2015-09-30"),
        ("Russia intervened militarily in Syria to support Assad.", "russia_intervention_syria_2015", "2015-09-30"),
        ("وتغير ميزان القوى منذ أن تدخلت روسيا عسكريا لدعم الأسد.", "russia_intervention_syria_2015", "2015-09-30"),
        ("وانهار الجيش حين اجتاح تنظيم داعش مدينة الموصل.", "isis_takes_mosul_2014", "2014-06-10"),
        ("The army collapsed when Islamic State fighters overran Mosul.", "isis_takes_mosul_2014", "2014-06-10"),
        ("The US-led coalition began bombing Islamic State targets in Iraq.", "us_strikes_iraq_isis_2014", "2014-08-08"),
        ("The Arab Spring uprising toppled Hosni Mubarak.", "mubarak_resigns_2011", "2011-02-11"),
        ("وارتفعت الأسعار منذ أن انسحبت الولايات المتحدة من الاتفاق النووي.", "us_withdrawal_jcpoa_2018", "2018-05-08"),
        ("وسقط عشرات القتلى منذ انطلاق مسيرات العودة.", "great_march_of_return_2018", "2018-03-30"),
    ],
)
def test_standing_conflict_dated_by_catalog(text: str, ref_id: str, date: str) -> None:
    found = [e for e in extract(text, PUBLISHED) if e.get("reference_id") == ref_id]
    assert found, text
    assert found[0]["date"].startswith(date)
    assert found[0]["date_basis"] == "reference"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("وشن التحالف بقيادة السعودية غارات جديدة على صنعاء.", "attack"),
        ("The Saudi-led coalition launched fresh air strikes on Sanaa.", "attack"),
        ("The US-led coalition launched new air strikes on Islamic State positions in Hajin.", "attack"),
        ("وسيطر الحوثيون على مديرية جديدة في محافظة تعز.", "attack"),
        ("وشددت إسرائيل الحصار المفروض على قطاع غزة.", "sanctions"),
        ("Israel tightened the blockade of the Gaza Strip.", "sanctions"),
    ],
)
def test_new_instance_keeps_its_own_date(text: str, event_type: str) -> None:
    found = of_type(extract(text, PUBLISHED), event_type)
    assert found, text
    assert all(e["date_basis"] != "reference" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Guatemala moved its embassy to Jerusalem.",
        "ونقلت غواتيمالا سفارتها إلى القدس.",
    ],
)
def test_another_state_moving_its_embassy_is_not_the_us_move(text: str) -> None:
    found = extract(text, PUBLISHED)
    assert all(e.get("reference_id") != "us_embassy_jerusalem_2018" for e in found), found


@pytest.mark.parametrize(
    ("text", "ref_id"),
    [
        ("وتدخل التحالف بقيادة السعودية لوقف الاشتباكات في عدن.", "decisive_storm_2015"),
        ("Russia intervened in the Ukraine crisis.", "russia_intervention_syria_2015"),
    ],
)
def test_a_later_intervention_of_the_same_power_is_not_the_landmark(text: str, ref_id: str) -> None:
    found = extract(text, PUBLISHED)
    assert all(e.get("reference_id") != ref_id for e in found), found


def test_landmark_after_the_publication_is_not_named() -> None:
    found = extract("وسقط عشرات القتلى منذ انطلاق مسيرات العودة.", "2018-01-15")
    assert all(e.get("reference_id") != "great_march_of_return_2018" for e in found), found
