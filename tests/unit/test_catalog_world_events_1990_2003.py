"""Well-known world events of 1990-2003, named without a date, are dated from the reference
catalog in English and Arabic: the Good Friday, Dayton, Maastricht, Belovezha, Bonn, Algiers and
Lusaka agreements and the Hebron Protocol, the Omagh bombing, NATO's bombing of Yugoslavia and of
the Chinese embassy in Belgrade, the 1991 Soviet coup attempt, the Kargil and Eritrean-Ethiopian
wars, the attack on the Indian Parliament, the attempt on Mubarak's life in Addis Ababa, the Rose
Revolution, the fall of Suharto and of Siad Barre, Musharraf's coup, Charles Taylor's resignation,
the first inter-Korean summit, the East Timor referendum and South Africa's first multiracial
elections. A name that gives the year itself ("the 1994 Agreed Framework") is dated by that year,
and a later deed of the same kind (the inter-Korean summit of 2018, Gabon's August coup, the Bali
bombings of 2005) is not the catalogued one."""

from __future__ import annotations

import pytest
from test_extraction_support import check_dated_from_the_catalog, check_entry_named, check_not_dated, extract


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date", "country"),
    [
        ("Northern Ireland has been calmer since the Good Friday Agreement.", "2003-05-01", "agreement", "1998-04-10", "GBR"),
        ("وانقسمت البوسنة إلى كيانين منذ اتفاق دايتون.", "2000-05-01", "agreement", "1995-11-21", "BIH"),
        ("Families of the victims of the Omagh bombing went to court.", "2001-05-01", "attack", "1998-08-15", "GBR"),
        ("ولا تزال صربيا تحصي أضرار قصف الناتو ليوغوسلافيا.", "2002-05-01", "attack", "1999-03-24", "SRB"),
        ("Britain won opt-outs in the Maastricht Treaty.", "1996-05-01", "agreement", "1992-02-07", "GBR"),
        ("Yeltsin climbed on a tank during the coup attempt against Gorbachev.", "1995-05-01", "attack", "1991-08-18", "RUS"),
        ("وأنهت اتفاقية بيلوفيجسكايا وجود الاتحاد السوفيتي.", "1995-05-01", "agreement", "1991-12-08", "UKR"),
        ("ووصل ساكاشفيلي إلى السلطة بعد ثورة الورود.", "2006-05-01", "protest", "2003-11-03", "GEO"),
        ("Kim Dae-jung met Kim Jong-il in Pyongyang for a historic summit.", "2003-05-01", "meeting", "2000-06-13", "KOR"),
        ("وتجري إندونيسيا انتخابات حرة منذ سقوط سوهارتو.", "2001-05-01", "appointment", "1998-05-21", "IDN"),
        ("Militias killed hundreds after the East Timor independence referendum.", "2002-05-01", "election", "1999-08-30", "TLS"),
        ("وتوترت العلاقات مع بكين بعد قصف السفارة الصينية في بلغراد.", "2002-05-01", "attack", "1999-05-07", "CHN"),
        ("Hundreds of soldiers died in the Kargil War.", "2002-05-01", "attack", "1999-05-03", "IND"),
        ("وتحكم باكستان منذ انقلاب برويز مشرف.", "2003-05-01", "appointment", "1999-10-12", "PAK"),
        ("India and Pakistan nearly went to war after the attack on the Indian Parliament.", "2005-05-01", "attack", "2001-12-13", "IND"),
        ("ويقود كرزاي أفغانستان منذ اتفاق بون.", "2004-05-01", "agreement", "2001-12-05", "AFG"),
        ("Mandela became president after South Africa's first multiracial elections.", "1998-05-01", "election", "1994-04-26", "ZAF"),
        ("وقتل عشرات الآلاف في الحرب الإثيوبية الإريترية.", "2002-05-01", "attack", "1998-05-06", "ERI"),
        ("A boundary commission was set up under the Algiers Agreement between Ethiopia and Eritrea.", "2003-05-01", "agreement", "2000-12-12", "ETH"),
        ("وبقيت الجيوش الأجنبية في الكونغو رغم اتفاق لوساكا لوقف إطلاق النار.", "2001-05-01", "agreement", "1999-07-10", "COD"),
        ("Somalia has had no government since the fall of Siad Barre.", "1995-05-01", "appointment", "1991-01-26", "SOM"),
        ("وتنعم ليبيريا بالسلام منذ تنحي تشارلز تايلور.", "2005-05-01", "appointment", "2003-08-11", "LBR"),
        ("وقسم بروتوكول الخليل المدينة إلى منطقتين.", "2000-05-01", "agreement", "1997-01-17", "PSE"),
        ("Egypt accused Sudan over the assassination attempt on Mubarak in Addis Ababa.", "1998-05-01", "attack", "1995-06-26", "EGY"),
    ],
)
def test_a_world_event_named_without_a_date_is_dated_from_the_catalog(text, published, event_type, date, country):
    check_dated_from_the_catalog(text, published, event_type, date, country)


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # an article of 1997 knows no Omagh bombing of August 1998
        ("Families of the victims of the Omagh bombing went to court.", "1997-03-01", "1998-08-15"),
        # nor one of 1999 the Bonn Agreement of December 2001
        ("ويقود كرزاي أفغانستان منذ اتفاق بون.", "1999-03-01", "2001-12-05"),
    ],
)
def test_an_event_named_before_it_happened_is_not_the_catalogued_one(text, published, date):
    check_not_dated(text, published, date)


@pytest.mark.parametrize(
    "entry_id",
    [
        "good_friday_agreement_1998",
        "soviet_coup_attempt_1991",
        "inter_korean_summit_2000",
        "kargil_war_1999",
        "south_africa_election_1994",
        "venezuela_coup_attempt_2002",
    ],
)
def test_a_world_entry_has_both_names_and_a_source(entry_id):
    check_entry_named(entry_id)


def test_a_name_with_its_year_is_dated_by_that_year():
    found = [e for e in extract("Pyongyang accused Washington of breaking the 1994 Agreed Framework.", "2003-05-01") if e["event_type"] == "agreement"]
    assert [(e["date"], e["date_basis"]) for e in found] == [("1994", "explicit")], found


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # the summit of 2018 is no inter-Korean summit of 2000
        ("Moon Jae-in and Kim Jong Un held the first inter-Korean summit in over a decade.", "2018-05-01", "2000-06-13"),
        # Gabon's coup of August 2023 is no Soviet August coup
        ("Gabon's junta has ruled since the August coup.", "2024-05-01", "1991-08-18"),
        # the Bali bombings of 2005 are not those of 2002
        ("Police said the Bali bombings on Saturday killed 20 people.", "2005-10-03", "2002-10-12"),
    ],
)
def test_a_later_deed_of_the_same_kind_is_not_the_catalogued_one(text, published, date):
    check_not_dated(text, published, date)
