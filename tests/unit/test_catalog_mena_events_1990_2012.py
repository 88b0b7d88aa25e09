"""Well-known events of 1990-2012 in the Middle East and North Africa, named without a date, are
dated from the reference catalog in English and Arabic: the bombing of the Amiriyah shelter, the
Western Sahara ceasefire, the killings of Abbas al-Musawi, Salah Shehade and Mostafa Ahmadi Roshan,
the assassinations of Farag Foda, Mohammad Sadiq al-Sadr and Hrant Dink, the attempt on Naguib
Mahfouz, the Mykonos restaurant assassinations, the Sivas, Bentalha, Haditha and Nag Hammadi
massacres, the Sbarro bombing, the Qahtaniya bombings and the attack on Our Lady of Salvation
church, Operation Accountability and Operation Desert Strike, the hijacking of Air France Flight
8969, the downing of the Turkish F-4, Resolutions 748 and 1970 and the D'Amato Act, the Gaza-Jericho
Agreement, the April Understanding, the Sharm el-Sheikh Memorandum, the Treaty of Jeddah and the
Sudan-South Sudan cooperation agreement, the Taba talks, the Tunnel uprising, the 18 Tir protests,
the October 2000 events and the Qamishli uprising, Turkey's postmodern coup and the deaths of Hafez
al-Assad and Yasser Arafat. An article written before the event does not get it, and a name that
gives the year itself ("the 1997 Iranian presidential election") is dated by that year."""

from __future__ import annotations

import pytest
from test_extraction_support import check_dated_from_the_catalog, check_entry_named, check_not_dated, extract


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date", "country"),
    [
        ("وتحيي بغداد كل عام ذكرى ضحايا ملجأ العامرية.", "2001-05-01", "attack", "1991-02-13", "IRQ"),
        ("وتشرف بعثة مينورسو على وقف إطلاق النار في الصحراء الغربية.", "2005-05-01", "ceasefire", "1991-09-06", "MAR"),
        ("وانتخب حسن نصر الله أمينا عاما لحزب الله بعد اغتيال عباس الموسوي.", "2000-05-01", "attack", "1992-02-16", "LBN"),
        ("Libya remained under the UN sanctions of Resolution 748.", "1998-05-01", "sanctions", "1992-03-31", "LBY"),
        ("وما زالت قضية اغتيال فرج فودة تثير الجدل في مصر.", "2012-05-01", "attack", "1992-06-08", "EGY"),
        ("Germany expelled Iranian diplomats over the Mykonos restaurant assassinations.", "1998-05-01", "attack", "1992-09-17", "IRN"),
        ("وأحيا العلويون في تركيا ذكرى مجزرة سيواس.", "2013-05-01", "attack", "1993-07-02", "TUR"),
        ("Hundreds of thousands fled north during Operation Accountability.", "1995-05-01", "attack", "1993-07-25", "LBN"),
        ("Arafat returned to Gaza after the Gaza-Jericho Agreement.", "1996-05-01", "agreement", "1994-05-04", "PSE"),
        ("وأدين عشرات المتشددين في قضية محاولة اغتيال نجيب محفوظ.", "1996-05-01", "attack", "1994-10-14", "EGY"),
        ("French gendarmes ended the hijacking of Air France Flight 8969 in Marseille.", "2000-05-01", "attack", "1994-12-24", "DZA"),
        ("A monitoring group was set up under the April Understanding.", "1998-05-01", "ceasefire", "1996-04-26", "LBN"),
        ("وتضررت الشركات الأوروبية من قانون داماتو.", "1998-05-01", "sanctions", "1996-08-05", "IRN"),
        ("Washington extended the southern no-fly zone after Operation Desert Strike.", "1998-05-01", "attack", "1996-09-03", "IRQ"),
        ("وسقط عشرات الشهداء في هبة النفق.", "2000-05-01", "protest", "1996-09-24", "PSE"),
        ("Erbakan was forced out of office by the postmodern coup.", "2008-05-01", "appointment", "1997-02-28", "TUR"),
        ("ويحيي الجزائريون ذكرى ضحايا مجزرة بن طلحة.", "2007-05-01", "attack", "1997-09-22", "DZA"),
        ("The Sadrist movement grew after the assassination of Mohammad Sadiq al-Sadr.", "2005-05-01", "attack", "1999-02-19", "IRQ"),
        ("Students marked the anniversary of the 18 Tir protests.", "2003-05-01", "protest", "1999-07-09", "IRN"),
        ("Israel released Palestinian prisoners under the Sharm el-Sheikh Memorandum.", "2000-05-01", "agreement", "1999-09-04", "PSE"),
        ("وسادت حالة من الحزن في دمشق بعد وفاة حافظ الأسد.", "2005-05-01", "appointment", "2000-06-10", "SYR"),
        ("وأنهت معاهدة جدة الحدودية نزاعا استمر عقودا بين الرياض وصنعاء.", "2005-05-01", "agreement", "2000-06-12", "SAU"),
        ("وتحيي الجماهير العربية في الداخل ذكرى هبة القدس والأقصى.", "2010-05-01", "protest", "2000-10-01", "ISR"),
        ("Negotiators came closest to a final deal at the Taba summit.", "2005-05-01", "meeting", "2001-01-21", "PSE"),
        ("Ahlam Tamimi was convicted over the Sbarro restaurant bombing.", "2005-05-01", "attack", "2001-08-09", "ISR"),
        ("وتعهدت حماس بالثأر بعد اغتيال صلاح شحادة.", "2003-05-01", "attack", "2002-07-22", "PSE"),
        ("Syrian Kurds commemorate the Qamishli uprising.", "2010-05-01", "protest", "2004-03-12", "SYR"),
        ("وطالبت عائلته بالتحقيق في ملابسات وفاة ياسر عرفات.", "2012-05-01", "appointment", "2004-11-11", "PSE"),
        ("A military court acquitted most of the Marines charged over the Haditha massacre.", "2012-05-01", "attack", "2005-11-19", "IRQ"),
        ("Thousands marched in Istanbul to mark the assassination of Hrant Dink.", "2012-05-01", "attack", "2007-01-19", "TUR"),
        ("وطالب الإيزيديون بمحاسبة منفذي تفجيرات القحطانية.", "2010-05-01", "attack", "2007-08-14", "IRQ"),
        ("وأدانت محكمة جنايات قنا الكموني في قضية مذبحة نجع حمادي.", "2011-05-01", "attack", "2010-01-06", "EGY"),
        ("Thousands of Christians left Iraq after the Baghdad church massacre.", "2013-05-01", "attack", "2010-10-31", "IRQ"),
        ("ويحظر القرار 1970 سفر أفراد عائلة القذافي.", "2012-05-01", "sanctions", "2011-02-26", "LBY"),
        ("واتهمت طهران الموساد بالوقوف وراء اغتيال مصطفى أحمدي روشن.", "2013-05-01", "attack", "2012-01-11", "IRN"),
        ("NATO envoys met in Brussels after the downing of the Turkish F-4.", "2013-05-01", "attack", "2012-06-22", "TUR"),
        ("Oil exports resumed under the Sudan-South Sudan cooperation agreement.", "2013-05-01", "agreement", "2012-09-27", "SDN"),
    ],
)
def test_a_mena_event_named_without_a_date_is_dated_from_the_catalog(text, published, event_type, date, country):
    check_dated_from_the_catalog(text, published, event_type, date, country)


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # an article of 1990 knows no bombing of the Amiriyah shelter of February 1991
        ("وتحيي بغداد كل عام ذكرى ضحايا ملجأ العامرية.", "1990-05-01", "1991-02-13"),
        # nor one of 2006 the assassination of Hrant Dink of January 2007
        ("Thousands marched in Istanbul to mark the assassination of Hrant Dink.", "2006-05-01", "2007-01-19"),
    ],
)
def test_an_event_named_before_it_happened_is_not_the_catalogued_one(text, published, date):
    check_not_dated(text, published, date)


@pytest.mark.parametrize(
    "entry_id",
    [
        "amiriyah_shelter_bombing_1991",
        "april_understanding_1996",
        "turkey_military_memorandum_1997",
        "arafat_death_2004",
        "yazidi_bombings_2007",
        "sudan_south_sudan_cooperation_agreement_2012",
    ],
)
def test_a_mena_entry_has_both_names_and_a_source(entry_id):
    check_entry_named(entry_id)


def test_a_name_with_its_year_is_dated_by_that_year():
    found = [e for e in extract("Reformers rallied behind Khatami after the 1997 Iranian presidential election.", "2001-05-01") if e["event_type"] == "election"]
    assert [(e["date"], e["date_basis"]) for e in found] == [("1997", "explicit")], found
