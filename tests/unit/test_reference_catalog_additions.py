"""Well-known events the regional press names without a date, added to the reference catalog:
each named in either language by the aliases the press uses is dated from the catalog; a
name written with a year of its own, a new instance of the kind, or a published date before
the event names none of them."""

from __future__ import annotations

import json

import pytest
from test_extraction_support import extract

from events.reference import CATALOG_PATH

ADDED = (
    "natanz_sabotage_2021", "battle_of_aleppo_2012", "us_china_trade_war_2018",
    "sri_lanka_easter_bombings_2019", "iran_detains_us_sailors_2016", "tigray_war_2020",
    "saddam_death_sentence_2006", "israel_withdrawal_lebanon_2000", "syria_withdrawal_lebanon_2005",
    "algerian_civil_war_1991", "operation_praying_mantis_1988", "hiroshima_bombing_1945",
    "rwandan_genocide_1994", "srebrenica_massacre_1995", "entebbe_raid_1976", "operation_litani_1978",
    "battle_of_karameh_1968", "pkk_ceasefire_2025", "bashir_gemayel_assassination_1982",
    "boudiaf_assassination_1992", "bhutto_assassination_2007", "chibok_kidnapping_2014",
    "anfal_campaign_1988", "aqaba_summit_2003", "sharm_el_sheikh_summit_2005", "mecca_incident_1987",
    "us_embassy_bombings_1998", "operation_wooden_leg_1985", "al_shifa_factory_strike_1998",
    "desert_fox_1998", "un_resolution_661_1990", "turkey_russia_s400_deal_2017",
)


def _entries() -> dict[str, dict]:
    with CATALOG_PATH.open(encoding="utf-8") as f:
        return {e["id"]: e for e in json.load(f)["entries"]}


def test_each_added_entry_is_a_general_resource_entry():
    entries = _entries()
    aliases: dict[str, str] = {}
    for e in entries.values():
        for a in [*e["aliases_ar"], *e["aliases_en"]]:
            aliases.setdefault(a.casefold(), e["id"])
    for ref_id in ADDED:
        e = entries[ref_id]
        assert e["aliases_ar"] and e["aliases_en"], ref_id
        assert e["source"].startswith("Wikipedia: "), ref_id
        assert e["countries"] and len(e["date"]) in (4, 7, 10), ref_id
        # no alias is shared with another entry: each names its own event
        assert all(aliases[a.casefold()] == ref_id for a in [*e["aliases_ar"], *e["aliases_en"]]), ref_id


@pytest.mark.parametrize(
    ("text", "published", "ref_id", "date"),
    [
        ("وتوعدت طهران بالرد على تخريب منشأة نطنز.", "2021-06-01", "natanz_sabotage_2021", "2021-04-11"),
        ("Tehran vowed to avenge the Natanz sabotage.", "2021-06-01", "natanz_sabotage_2021", "2021-04-11"),
        ("وتضررت الأسواق من الحرب التجارية بين الولايات المتحدة والصين.", "2019-05-10", "us_china_trade_war_2018", "2018"),
        ("Markets have suffered from the US-China trade war.", "2019-05-10", "us_china_trade_war_2018", "2018"),
        ("وأدان الأزهر تفجيرات سريلانكا.", "2019-05-10", "sri_lanka_easter_bombings_2019", "2019-04-21"),
        ("The Azhar condemned the Sri Lanka Easter bombings.", "2019-05-10", "sri_lanka_easter_bombings_2019", "2019-04-21"),
        ("وذكّر المسؤول باحتجاز إيران للبحارة الأمريكيين.", "2017-05-10", "iran_detains_us_sailors_2016", "2016-01-12"),
        ("He recalled Iran's detention of US sailors.", "2017-05-10", "iran_detains_us_sailors_2016", "2016-01-12"),
        ("وفر آلاف السودانيين من الحرب في تيغراي.", "2021-05-10", "tigray_war_2020", "2020-11-04"),
        ("Thousands fled the war in Tigray.", "2021-05-10", "tigray_war_2020", "2020-11-04"),
        ("وتغيرت المعادلة بعد الانسحاب السوري من لبنان.", "2019-05-10", "syria_withdrawal_lebanon_2005", "2005-04-26"),
        ("The balance changed after the Syrian withdrawal from Lebanon.", "2019-05-10", "syria_withdrawal_lebanon_2005", "2005-04-26"),
        ("وقتل نحو مئتي ألف شخص خلال العشرية السوداء.", "2019-05-10", "algerian_civil_war_1991", "1991-12-26"),
        ("About 200,000 people were killed during Algeria's civil war.", "2019-05-10", "algerian_civil_war_1991", "1991-12-26"),
        ("وقتل آلاف الأكراد في حملة الأنفال.", "2019-05-10", "anfal_campaign_1988", "1988-02"),
        ("Thousands of Kurds were killed in the Anfal campaign.", "2019-05-10", "anfal_campaign_1988", "1988-02"),
        ("وقال إن قصف مصنع الشفاء للأدوية كان جريمة.", "2019-05-10", "al_shifa_factory_strike_1998", "1998-08-20"),
        ("He called the bombing of the al-Shifa pharmaceutical factory a crime.", "2019-05-10", "al_shifa_factory_strike_1998", "1998-08-20"),
        ("وخضع العراق للعقوبات منذ القرار 661.", "2002-05-10", "un_resolution_661_1990", "1990-08-06"),
        ("Iraq has been under sanctions since Resolution 661.", "2002-05-10", "un_resolution_661_1990", "1990-08-06"),
        (
            "وأكد الوزير أن العلاقات لا يجب أن تتأثر بصفقة أبرمتها أنقرة مع روسيا لشراء صواريخ S-400، وشدد على أن بلاده مستقلة.",
            "2018-05-06",
            "turkey_russia_s400_deal_2017",
            "2017-12-29",
        ),
        (
            "The minister said ties should not suffer over the deal Ankara signed with Moscow to buy S-400 missiles.",
            "2018-05-06",
            "turkey_russia_s400_deal_2017",
            "2017-12-29",
        ),
    ],
)
def test_an_added_event_named_without_a_date_is_dated_from_the_catalog(text, published, ref_id, date):
    found = [e for e in extract(text, published) if e["reference_id"] == ref_id]
    assert found, extract(text, published)
    assert (found[0]["date"], found[0]["date_basis"]) == (date, "reference"), found


@pytest.mark.parametrize(
    ("text", "published", "ref_id"),
    [
        # a trade war of other sides, a new battle in the same city, a truce of another year
        ("Europe and the United States are heading for a trade war over steel.", "2019-05-10", "us_china_trade_war_2018"),
        ("وتتجه أوروبا والولايات المتحدة نحو حرب تجارية بسبب الصلب.", "2019-05-10", "us_china_trade_war_2018"),
        ("وقتل عشرات المدنيين في معارك حلب يوم الأحد.", "2016-11-28", "battle_of_aleppo_2012"),
        ("Dozens of civilians were killed in fighting in Aleppo on Sunday.", "2016-11-28", "battle_of_aleppo_2012"),
        ("وأعلن حزب العمال الكردستاني وقف إطلاق النار من جانب واحد.", "2013-03-23", "pkk_ceasefire_2025"),
        ("The PKK declared a unilateral ceasefire.", "2013-03-23", "pkk_ceasefire_2025"),
        # the Libyan operation keeps its name; the Jordanian battle needs its own words
        ("وأطلق حفتر معركة الكرامة في بنغازي.", "2015-05-16", "battle_of_karameh_1968"),
        # a new S-400 deal, and one told before the catalogued one
        ("ووقعت تركيا مع روسيا صفقة S-400 جديدة.", "2019-05-10", "turkey_russia_s400_deal_2017"),
        ("Turkey signed a new S-400 deal with Russia.", "2019-05-10", "turkey_russia_s400_deal_2017"),
        ("Turkey signed a deal with Russia to buy S-400 missiles.", "2017-09-12", "turkey_russia_s400_deal_2017"),
    ],
)
def test_a_near_miss_names_no_added_event(text, published, ref_id):
    assert not [e for e in extract(text, published) if e["reference_id"] == ref_id]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("وشهدت المنطقة اضطرابات كبيرة منذ الربيع العربي.", "2019-05-10"),
        ("وتتهم الجزيرة الإمارات بإطفاء نيران الربيع العربي.", "2017-06-18"),
        ("The election was hailed as a milestone for the country that launched the Arab Spring.", "2014-10-28"),
        ("The region has been unstable since the Arab Spring protests.", "2019-05-10"),
    ],
)
def test_the_arab_spring_is_a_period_recalled_not_one_event(text, published):
    """A wave of uprisings across many states over years, left out of the catalog: each state's
    own deeds are its entries (the Tunisian revolution, the fall of Mubarak); its name, and the
    protest word inside it, tell none of the day's."""
    assert not [e for e in extract(text, published) if e["event_type"] == "protest"], extract(text, published)
