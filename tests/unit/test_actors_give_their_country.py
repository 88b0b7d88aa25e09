"""Actors: office holders, militias and parties of the region in 2011-2020 give
their event its country when the sentence names no country (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import actors_and_countries, extract


@pytest.mark.parametrize(
    ("text", "published", "actor", "country"),
    [
        # foreign ministers and heads of government of the decade
        ("استقبل ناصر جودة، الأحد، وفدا برلمانيا في العاصمة.", "2016-05-08", "nasser_judeh", "JOR"),
        ("التقى هوشيار زيباري، الثلاثاء، السفير البريطاني.", "2013-04-09", "hoshyar_zebari", "IRQ"),
        ("زار خالد بحاح، الأربعاء، مدينة المكلا.", "2015-11-04", "khaled_bahah", "YEM"),
        ("التقى منصف المرزوقي، الخميس، وفدا من رجال الأعمال.", "2013-03-07", "moncef_marzouki", "TUN"),
        ("اجتمع إبراهيم محلب، السبت، مع المحافظين الجدد.", "2014-09-06", "ibrahim_mahlab", "EGY"),
        ("Nasser Judeh met a delegation of European lawmakers on Sunday.", "2016-05-08", "nasser_judeh", "JOR"),
        ("Hoshyar Zebari met the British ambassador on Tuesday.", "2013-04-09", "hoshyar_zebari", "IRQ"),
        # ministers and commanders named with their title only
        ("وصل بكير بوزداغ، الجمعة، إلى العاصمة في زيارة رسمية.", "2018-02-16", "bekir_bozdag", "TUR"),
        ("التقى محمد عبدالسلام، الإثنين، المبعوث الأممي في مسقط.", "2018-07-02", "mohammed_abdulsalam", "YEM"),
        ("Abdulhadi al-Hweij visited Cairo on Monday for talks.", "2018-03-12", "abdulhadi_al_hweij", "LBY"),
        # militias and armed groups
        ("هاجمت قوات النخبة الحضرمية، الأحد، مواقع لتنظيم القاعدة.", "2017-08-06", "hadrami_elite_forces", "YEM"),
        ("هاجمت كتيبة ثوار طرابلس، الخميس، مقر حكومة الإنقاذ.", "2017-03-16", "tripoli_revolutionaries_brigade", "LBY"),
        ("قصفت حركة نور الدين الزنكي، الأحد، مواقع هيئة تحرير الشام.", "2018-02-25", "nour_al_din_al_zenki", "SYR"),
        (
            "Kataib Sayyid al-Shuhada fighters attacked the camp on Friday.",
            "2017-06-16",
            "kataib_sayyid_al_shuhada",
            "IRQ",
        ),
        # parties
        ("اجتمعت ميرال أكشينار، الثلاثاء، مع قادة حزب السعادة.", "2018-05-08", "meral_aksener", "TUR"),
        # army chiefs and commanders named by their rank and family name
        ("التقى الجنرال فوتيل، الثلاثاء، قادة القوات الخاصة.", "2018-02-27", "joseph_votel", "USA"),
        ("التقى اللواء باقري، الأحد، قادة الوحدات البرية.", "2017-06-18", "mohammad_bagheri", "IRN"),
        ("التقى عثمان الغانمي، السبت، قادة العمليات في نينوى.", "2018-07-14", "othman_al_ghanimi", "IRQ"),
        ("Mahmoud Hegazy met visiting commanders on Sunday.", "2016-04-10", "mahmoud_hegazy", "EGY"),
        # envoys, clerics and activists of the decade
        ("التقى جمال بنعمر، الخميس، قادة الأحزاب في صنعاء.", "2014-09-18", "jamal_benomar", None),
        ("اعتقلت السلطات، الأحد، الشيخ سلمان العودة.", "2017-09-10", "salman_al_ouda", "SAU"),
        ("Authorities arrested Nabeel Rajab on Tuesday.", "2016-06-14", "nabeel_rajab", "BHR"),
        # bodies, agencies and forces
        ("اجتمع المجلس السياسي الأعلى، الأحد، في صنعاء.", "2018-06-10", "houthi_supreme_political_council", "YEM"),
        ("هاجمت قوات النمر، الخميس، مواقع المسلحين في ريف حماة.", "2018-02-08", "tiger_forces", "SYR"),
    ],
)
def test_a_new_actor_gives_its_country(text, published, actor, country):
    actors, countries = actors_and_countries(extract(text, published))
    assert actor in actors, (actors, countries)
    assert country is None or country in countries, (actors, countries)


@pytest.mark.parametrize(
    ("text", "published", "not_actor"),
    [
        # a name of history or of another bearer is no actor of the decade
        ("أقيمت ندوة، الأحد، عن سيرة نور الدين الزنكي في مدينة حلب.", "2018-02-25", "nour_al_din_al_zenki"),
        (
            "وعاد ثوار طرابلس اللبنانية إلى الشوارع، الأحد، احتجاجا على الغلاء.",
            "2019-10-20",
            "tripoli_revolutionaries_brigade",
        ),
    ],
)
def test_a_common_or_historical_name_is_no_new_actor(text, published, not_actor):
    actors, _ = actors_and_countries(extract(text, published))
    assert not_actor not in actors, actors


@pytest.mark.parametrize(
    ("text", "published", "where"),
    [
        # a country after "in" is where, not a descriptor of the person named right after it
        (
            "منحت جامعة لندن الخميس الناشط البحريني المسجون منذ 2017 في البحرين نبيل رجب، شهادة فخرية.",
            "2018-06-07",
            "BHR",
        ),
        (
            "كرّمت بلدية لندن الخميس الناشط البحريني المحتجز منذ 2017 في البحرين نبيل رجب، بجائزة حقوقية.",
            "2018-06-07",
            "BHR",
        ),
    ],
)
def test_a_country_after_in_stays_a_place_before_a_person(text, published, where):
    found = [e for e in extract(text, published) if e["event_type"] == "arrest"]
    assert found and all(e["location"]["country"] == where for e in found), found
