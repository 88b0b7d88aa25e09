"""Well-known events of 1990-2024 in Europe, the Caucasus and Central Asia, Russia and Ukraine, and East
and Southeast Asia, named without a date, are dated from the reference catalog in English and Arabic:
Operation Storm, the Račak, Khojaly and Santa Cruz massacres, the Ohrid, Prespa, Khasavyurt and Paris
(Cambodia) agreements, the Budapest Memorandum and the Panmunjom Declaration, the arrests of Milošević,
Karadžić and Mladić, the assassinations of Zoran Đinđić, Akhmad Kadyrov and Shinzo Abe, the murder of
Samuel Paty, the Docklands and Tashkent bombings, the Tokyo subway sarin attack, the Armenian parliament
shooting, the French referendum on the European Constitution, ETA's end of armed activity, the shelling
of the Russian parliament, the resignations of Yeltsin and Shevardnadze, the deaths of Kim Il Sung, Kim
Jong Il and Islam Karimov, the Kerch Strait incident, the poisoning of Navalny, the Crimean Bridge
explosion, the destruction of the Kakhovka Dam, the Kazakh unrest, INTERFET, Koizumi's visit to
Pyongyang, Resolution 1718, the Ma-Xi meeting, the siege of Marawi and the Joint Sword-2024A drills. An
article written before the event does not get it, and a name that gives the year itself ("the 1996
Docklands bombing") is dated by that year."""

from __future__ import annotations

import pytest
from test_extraction_support import check_dated_from_the_catalog, check_entry_named, check_not_dated, extract


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date", "country"),
    [
        ("Footage of the Santa Cruz massacre brought East Timor's cause to the world.", "2000-05-01", "attack", "1991-11-12", "TLS"),
        ("The Khmer Rouge boycotted the process laid out in the Paris Peace Agreements on Cambodia.", "2000-05-01", "agreement", "1991-10-23", "KHM"),
        ("وتحيي أذربيجان كل عام ذكرى ضحايا مجزرة خوجالي.", "2010-05-01", "attack", "1992-02-26", "AZE"),
        ("واعتمدت روسيا دستورا جديدا بعد أسابيع من قصف البرلمان الروسي.", "2000-05-01", "attack", "1993-10-04", "RUS"),
        ("وتولى كيم جونغ إيل السلطة بعد وفاة كيم إيل سونغ.", "2000-05-01", "appointment", "1994-07-08", "PRK"),
        ("Ukraine says Russia broke the Budapest Memorandum.", "2015-05-01", "agreement", "1994-12-05", "UKR"),
        ("Shoko Asahara was sentenced to death for the Tokyo subway sarin attack.", "2005-05-01", "attack", "1995-03-20", "JPN"),
        ("Serb refugees fled Knin en masse during Operation Storm.", "2005-05-01", "attack", "1995-08-04", "HRV"),
        ("Peace talks resumed more than a year after the Docklands bombing.", "2005-05-01", "attack", "1996-02-09", "GBR"),
        ("Chechnya enjoyed de facto independence after the Khasavyurt Accord.", "2000-05-01", "agreement", "1996-08-31", "RUS"),
        ("The Račak massacre pushed NATO towards war with Yugoslavia.", "2005-05-01", "attack", "1999-01-15", "SRB"),
        ("Uzbekistan cracked down on Islamists after the Tashkent bombings.", "2005-05-01", "attack", "1999-02-16", "UZB"),
        ("وأعادت قوة إنترفيت الأمن إلى تيمور الشرقية.", "2005-05-01", "deployment", "1999-09-20", "TLS"),
        ("Armenia's politics changed after the Armenian parliament shooting.", "2005-05-01", "attack", "1999-10-27", "ARM"),
        ("وتغيرت روسيا كثيرا منذ استقالة بوريس يلتسين.", "2005-05-01", "appointment", "1999-12-31", "RUS"),
        ("ومثل الرئيس اليوغوسلافي السابق أمام محكمة لاهاي بعد أشهر من اعتقال سلوبودان ميلوسيفيتش.", "2005-05-01", "arrest", "2001-04-01", "SRB"),
        ("Albanian parties entered the government under the Ohrid Framework Agreement.", "2010-05-01", "agreement", "2001-08-13", "MKD"),
        ("وعاد خمسة مختطفين إلى اليابان بعد زيارة كويزومي إلى بيونغ يانغ.", "2010-05-01", "visit", "2002-09-17", "PRK"),
        ("Serbia's reforms slowed after the assassination of Zoran Đinđić.", "2008-05-01", "attack", "2003-03-12", "SRB"),
        ("وانتخب ساكاشفيلي رئيسا بعد استقالة إدوارد شيفرنادزه.", "2008-05-01", "appointment", "2003-11-23", "GEO"),
        ("وصعد رمضان قديروف إلى السلطة بعد اغتيال أحمد قديروف.", "2010-05-01", "attack", "2004-05-09", "RUS"),
        ("The Lisbon Treaty was drafted after the French referendum on the European Constitution.", "2010-05-01", "election", "2005-05-29", "FRA"),
        ("ولا تزال بيونغ يانغ تخضع لعقوبات القرار 1718.", "2010-05-01", "sanctions", "2006-10-14", "PRK"),
        ("The tribunal opened the trial of the former Bosnian Serb leader after the arrest of Radovan Karadžić in Belgrade.", "2012-05-01", "arrest", "2008-07-21", "SRB"),
        ("وتسلمت محكمة لاهاي القائد العسكري السابق بعد اعتقال راتكو ملاديتش.", "2015-05-01", "arrest", "2011-05-26", "SRB"),
        ("No one has been killed in the Basque Country since ETA's definitive cessation of armed activity.", "2016-05-01", "ceasefire", "2011-10-20", "ESP"),
        ("وازدادت التجارب الصاروخية الكورية الشمالية منذ وفاة كيم جونغ إيل.", "2015-05-01", "appointment", "2011-12-17", "PRK"),
        ("Beijing and Taipei have not met at that level since the Ma-Xi meeting.", "2018-05-01", "meeting", "2015-11-07", "TWN"),
        ("وانفتحت أوزبكستان على العالم بعد وفاة إسلام كريموف.", "2019-05-01", "appointment", "2016-09-02", "UZB"),
        ("Thousands of residents still cannot return home after the siege of Marawi.", "2020-05-01", "attack", "2017-05-23", "PHL"),
        ("وفككت الكوريتان نقاط حراسة بعد إعلان بانمونجوم.", "2020-05-01", "agreement", "2018-04-27", "KOR"),
        ("North Macedonia joined NATO after the Prespa Agreement.", "2020-05-01", "agreement", "2018-06-17", "GRC"),
        ("The sailors were released months after the Kerch Strait incident.", "2020-05-01", "attack", "2018-11-25", "UKR"),
        ("واعتقل المعارض فور عودته إلى موسكو بعد تسميم أليكسي نافالني.", "2023-05-01", "attack", "2020-08-20", "RUS"),
        ("وأحيت المدارس الفرنسية ذكرى مقتل المدرس صامويل باتي.", "2023-05-01", "attack", "2020-10-16", "FRA"),
        ("وعزز توكاييف سلطته بعد اضطرابات كازاخستان.", "2024-05-01", "protest", "2022-01-02", "KAZ"),
        ("وخضعت كنيسة التوحيد للتدقيق بعد اغتيال شينزو آبي.", "2024-05-01", "attack", "2022-07-08", "JPN"),
        ("وتعطلت حركة الإمدادات الروسية إلى القرم أسابيع بعد تفجير جسر القرم.", "2024-05-01", "attack", "2022-10-08", "UKR"),
        ("Farms in Kherson still lack irrigation after the destruction of the Kakhovka Dam.", "2024-05-01", "attack", "2023-06-06", "UKR"),
        ("ورفعت تايوان ميزانيتها الدفاعية بعد مناورات السيف المشترك-2024 أ.", "2025-05-01", "military_exercise", "2024-05-23", "TWN"),
    ],
)
def test_an_event_of_europe_the_caucasus_or_asia_named_without_a_date_is_dated_from_the_catalog(
    text, published, event_type, date, country
):
    check_dated_from_the_catalog(text, published, event_type, date, country)


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # an article of 2021 knows no assassination of Shinzo Abe of July 2022
        ("The Unification Church faced scrutiny after the assassination of Shinzo Abe.", "2021-05-01", "2022-07-08"),
        # nor one of 2016 the Kerch Strait incident of November 2018
        ("The sailors were released months after the Kerch Strait incident.", "2016-05-01", "2018-11-25"),
        # nor one of 2010 the death of Kim Jong Il of December 2011
        ("وازدادت التجارب الصاروخية الكورية الشمالية منذ وفاة كيم جونغ إيل.", "2010-05-01", "2011-12-17"),
    ],
)
def test_an_event_named_before_it_happened_is_not_the_catalogued_one(text, published, date):
    check_not_dated(text, published, date)


@pytest.mark.parametrize(
    "entry_id",
    [
        "operation_storm_1995",
        "budapest_memorandum_1994",
        "eta_end_of_armed_activity_2011",
        "kazakh_unrest_2022",
        "un_resolution_1718_2006",
        "joint_sword_2024a_2024",
    ],
)
def test_a_europe_caucasus_or_asia_entry_has_both_names_and_a_source(entry_id):
    check_entry_named(entry_id)


@pytest.mark.parametrize(
    ("text", "published", "event_type", "year"),
    [
        ("The IRA ceasefire was restored a year after the 1996 Docklands bombing.", "2010-05-01", "attack", "1996"),
        ("وشنت أوزبكستان حملة على الإسلاميين بعد تفجيرات طشقند عام 1999.", "2010-05-01", "attack", "1999"),
        ("Kyiv invokes the 1994 Budapest Memorandum.", "2020-05-01", "agreement", "1994"),
        ("Tokayev consolidated his power after the 2022 Kazakh unrest.", "2024-05-01", "protest", "2022"),
    ],
)
def test_a_name_with_its_year_is_dated_by_that_year(text, published, event_type, year):
    found = [e for e in extract(text, published) if e["event_type"] == event_type]
    assert [(e["date"], e["date_basis"]) for e in found] == [(year, "explicit")], found
