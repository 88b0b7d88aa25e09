"""Well-known world events of 2003-2013 outside the Arab Middle East, named without a date, are
dated from the reference catalog in English and Arabic: the Orange, Tulip and Saffron revolutions,
the Andijan massacre, Sarkozy's six-point ceasefire plan for Georgia and Russia's recognition of
Abkhazia and South Ossetia, the Lisbon Treaty, New START, Montenegro's independence referendum, the
Utøya massacre, the murders of Theo van Gogh and Anna Politkovskaya, the poisoning of Alexander
Litvinenko, the Lal Masjid siege, the end of Nepal's monarchy and its peace accord, the killing of
Velupillai Prabhakaran, the 2006 coup against Thaksin, the sinking of the Cheonan and the shelling of
Yeonpyeong, the shooting of Malala Yousafzai, Kenya's power-sharing deal, the arrest of Laurent
Gbagbo, the coup against Manuel Zelaya, the killing of Raúl Reyes and the Boston Marathon bombing.
A name that gives the year itself ("the 2010 Kyrgyz Revolution") is dated by that year, and a later
deed of the same kind (Thailand's coup of 2014, the Kampala bombings of 2021) is not the catalogued
one."""

from __future__ import annotations

import pytest
from test_extraction_support import check_dated_from_the_catalog, check_entry_named, check_not_dated, extract


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date", "country"),
    [
        ("Yushchenko came to power after the Orange Revolution.", "2008-05-01", "protest", "2004-11-22", "UKR"),
        ("ووصل باكييف إلى الرئاسة بعد ثورة التوليب.", "2008-05-01", "protest", "2005-03-22", "KGZ"),
        ("Western governments demanded an inquiry into the Andijan massacre.", "2007-05-01", "attack", "2005-05-13", "UZB"),
        ("Russia kept troops in South Ossetia despite Sarkozy's six-point plan.", "2011-05-01", "ceasefire", "2008-08-12", "GEO"),
        ("وقطعت جورجيا علاقاتها مع موسكو بعد اعتراف روسيا باستقلال أبخازيا وأوسيتيا الجنوبية.", "2011-05-01", "relations", "2008-08-26", "GEO"),
        ("The Lisbon Treaty created the post of EU foreign policy chief.", "2012-05-01", "agreement", "2007-12-13", "PRT"),
        ("وانضم الجبل الأسود إلى الأمم المتحدة بعد استفتاء استقلال الجبل الأسود.", "2009-05-01", "election", "2006-05-21", "MNE"),
        ("Russia suspended its participation in the New START treaty.", "2023-05-01", "agreement", "2010-04-08", "RUS"),
        ("وأحيت النرويج ذكرى ضحايا مجزرة أوتويا.", "2014-05-01", "attack", "2011-07-22", "NOR"),
        ("The murder of Theo van Gogh shocked the Netherlands.", "2008-05-01", "attack", "2004-11-02", "NLD"),
        ("وأدانت محكمة خمسة رجال في قضية اغتيال الصحفية آنا بوليتكوفسكايا.", "2014-05-01", "attack", "2006-10-07", "RUS"),
        ("A British inquiry blamed Putin for the poisoning of Alexander Litvinenko.", "2016-05-01", "attack", "2006-11-01", "GBR"),
        ("Islamist violence grew after the Lal Masjid siege.", "2010-05-01", "attack", "2007-07-03", "PAK"),
        ("وأصبحت نيبال جمهورية بعد إلغاء الملكية في نيبال.", "2012-05-01", "appointment", "2008-05-28", "NPL"),
        ("وتخلى الماويون عن السلاح منذ اتفاق السلام الشامل في نيبال.", "2010-05-01", "agreement", "2006-11-21", "NPL"),
        ("The Tamil diaspora marked the killing of Velupillai Prabhakaran.", "2012-05-01", "attack", "2009-05-18", "LKA"),
        ("ويعيش تاكسين في المنفى منذ الانقلاب على تاكسين شيناواترا.", "2010-05-01", "appointment", "2006-09-19", "THA"),
        ("وقاد الرهبان ثورة الزعفران.", "2012-05-01", "protest", "2007-08-15", "MMR"),
        ("Seoul cut trade with Pyongyang after the sinking of the Cheonan.", "2012-05-01", "attack", "2010-03-26", "KOR"),
        ("وتصاعد التوتر بعد قصف جزيرة يونبيونغ.", "2013-05-01", "attack", "2010-11-23", "PRK"),
        ("وأثار إطلاق النار على ملالا يوسفزاي غضبا عالميا.", "2014-05-01", "attack", "2012-10-09", "PAK"),
        ("Kenya has been calm since the Kenyan power-sharing agreement.", "2011-05-01", "agreement", "2008-02-28", "KEN"),
        ("وتولى واتارا الحكم بعد اعتقال لوران غباغبو.", "2013-05-01", "arrest", "2011-04-11", "CIV"),
        ("Honduras was suspended from the OAS after the coup against Manuel Zelaya.", "2011-05-01", "appointment", "2009-06-28", "HND"),
        ("وقطعت الإكوادور علاقاتها مع بوغوتا بعد مقتل راؤول رييس.", "2011-05-01", "attack", "2008-03-01", "ECU"),
        ("Dzhokhar Tsarnaev was sentenced to death for the Boston Marathon bombing.", "2016-05-01", "attack", "2013-04-15", "USA"),
    ],
)
def test_a_world_event_named_without_a_date_is_dated_from_the_catalog(text, published, event_type, date, country):
    check_dated_from_the_catalog(text, published, event_type, date, country)


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # an article of 2003 knows no Orange Revolution of November 2004
        ("Yushchenko came to power after the Orange Revolution.", "2003-05-01", "2004-11-22"),
        # nor one of 2010 the Utøya massacre of July 2011
        ("وأحيت النرويج ذكرى ضحايا مجزرة أوتويا.", "2010-05-01", "2011-07-22"),
    ],
)
def test_an_event_named_before_it_happened_is_not_the_catalogued_one(text, published, date):
    check_not_dated(text, published, date)


@pytest.mark.parametrize(
    "entry_id",
    [
        "orange_revolution_2004",
        "russia_georgia_ceasefire_2008",
        "lal_masjid_siege_2007",
        "cheonan_sinking_2010",
        "kenya_power_sharing_agreement_2008",
        "honduras_coup_2009",
    ],
)
def test_a_world_entry_has_both_names_and_a_source(entry_id):
    check_entry_named(entry_id)


def test_a_name_with_its_year_is_dated_by_that_year():
    found = [e for e in extract("Otunbayeva led the interim government after the 2010 Kyrgyz Revolution.", "2012-05-01") if e["event_type"] == "protest"]
    assert [(e["date"], e["date_basis"]) for e in found] == [("2010", "explicit")], found


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # Yingluck's ouster in 2014 is no coup against Thaksin of 2006
        ("Yingluck Shinawatra was ousted in a coup.", "2014-06-01", "2006-09-19"),
        # the Kampala bombings of November 2021 are not those of the 2010 World Cup final
        ("The Kampala bombings killed three people on Tuesday.", "2021-11-18", "2010-07-11"),
    ],
)
def test_a_later_deed_of_the_same_kind_is_not_the_catalogued_one(text, published, date):
    check_not_dated(text, published, date)
