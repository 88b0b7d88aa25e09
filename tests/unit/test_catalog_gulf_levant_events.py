"""Well-known events of 1990-2024 in the Gulf states, Yemen, Iraq, Iran, Syria, Lebanon, Jordan and
Israel-Palestine, named without a date, are dated from the reference catalog in English and Arabic:
Operation Desert Shield and the Gulf War ceasefire, the Lebanese-Syrian Treaty of Brotherhood, Iraq's
recognition of Kuwait, the Oil-for-Food Programme, the 13 October 1990 offensive on Baabda, the first
Palestinian general election and the 1996 Israeli election, the Summit of the Peacemakers, the Island of
Peace massacre, the accession of Hamad bin Isa and the death of Maktoum bin Rashid, the Shepherdstown
talks, John Paul II's visit to the Holy Land, the arrest of Marwan Barghouti, the Syria Accountability
Act, the 2004 Fallujah ambush, the handover of sovereignty in Iraq, Talabani's election, Kuwaiti women's
suffrage, the assassination of George Hawi, the Damascus Arab summit, the 2008 Israel-Hezbollah prisoner
swap, the Syrian-Lebanese diplomatic relations, Operation Scorched Earth, Baghdad's Bloody Wednesday,
Ahmadinejad's visit to Lebanon, the fall of Saad Hariri's government, Bahrain's Bloody Thursday, the
Itamar attack, the Israeli social justice protests, the Velayat 90 drill, the EU oil embargo on Iran,
the Tremseh massacre, Karamat Watan, the Qatari emir's visit to Gaza, the
Iraqi parliament's vote on foreign troops, the Sinjar Agreement and the reasonableness law. An article
written before the event does not get it, and a name that gives the year itself ("the 1996 Israeli
general election") is dated by that year."""

from __future__ import annotations

import pytest
from test_extraction_support import check_dated_from_the_catalog, check_entry_named, check_not_dated, extract


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date", "country"),
    [
        ("وصلت طلائع القوات الأمريكية إلى الظهران مع انطلاق عملية درع الصحراء.", "2000-05-01", "deployment", "1990-08-07", "SAU"),
        ("Iraq's Republican Guard escaped largely intact after the Gulf War ceasefire.", "2000-05-01", "ceasefire", "1991-02-28", "IRQ"),
        ("وكرست معاهدة الأخوة والتعاون والتنسيق النفوذ السوري في لبنان.", "2000-05-01", "agreement", "1991-05-22", "LBN"),
        ("Diplomats said Iraq's recognition of Kuwait had not ended the dispute over the missing prisoners.", "2000-05-01", "relations", "1994-11-10", "KWT"),
        ("ويعتمد ملايين العراقيين على الحصص التموينية التي يوفرها برنامج النفط مقابل الغذاء.", "2000-05-01", "aid", "1995-04-14", "IRQ"),
        ("Michel Aoun fled to the French embassy during the 13 October massacre.", "2000-05-01", "attack", "1990-10-13", "LBN"),
        ("وفازت حركة فتح بأغلبية مقاعد المجلس التشريعي في أول انتخابات فلسطينية عامة.", "2000-05-01", "election", "1996-01-20", "PSE"),
        ("Clinton and Mubarak co-chaired the Summit of the Peacemakers.", "2005-05-01", "meeting", "1996-03-13", "EGY"),
        ("وأفرج الأردن عن الجندي أحمد الدقامسة بعد عشرين عاما من عملية الباقورة.", "2018-05-01", "attack", "1997-03-13", "JOR"),
        ("وتجمد مسار أوسلو بعد فوز نتنياهو على بيريز.", "2005-05-01", "election", "1996-05-29", "ISR"),
        ("وأطلق العاهل البحريني مشروعه الإصلاحي بعد تولي الشيخ حمد بن عيسى الحكم.", "2005-05-01", "appointment", "1999-03-06", "BHR"),
        ("Syria and Israel have not negotiated directly since the Shepherdstown talks.", "2005-05-01", "meeting", "2000-01-03", "SYR"),
        ("The pontiff placed a note in the Western Wall during Pope John Paul II's visit to the Holy Land.", "2005-05-01", "visit", "2000-03-21", "ISR"),
        ("وتراجعت شعبية حركة فتح في الضفة الغربية بعد اعتقال مروان البرغوثي.", "2010-05-01", "arrest", "2002-04-15", "PSE"),
        ("American exports to Damascus fell sharply under the Syria Accountability Act.", "2010-05-01", "sanctions", "2003-12-12", "SYR"),
        ("The Marines besieged the city days after the killing of the Blackwater contractors in Fallujah.", "2010-05-01", "attack", "2004-03-31", "IRQ"),
        ("وغادر بول بريمر بغداد بعد ساعات من نقل السيادة إلى العراقيين.", "2010-05-01", "appointment", "2004-06-28", "IRQ"),
        ("Kurds celebrated in Sulaymaniyah after Talabani's election as president.", "2010-05-01", "election", "2005-04-06", "IRQ"),
        ("وشاركت الكويتيات في الانتخابات لأول مرة بعد منح المرأة الكويتية حقوقها السياسية.", "2010-05-01", "ratification", "2005-05-16", "KWT"),
        ("Lebanon's left still mourns its leader after the assassination of George Hawi.", "2010-05-01", "attack", "2005-06-21", "LBN"),
        ("وأصبح الشيخ محمد بن راشد نائبا لرئيس الدولة بعد وفاة الشيخ مكتوم بن راشد.", "2010-05-01", "appointment", "2006-01-04", "ARE"),
        ("Several Arab leaders stayed away from the Damascus Arab summit.", "2012-05-01", "meeting", "2008-03-29", "SYR"),
        ("واستقبل حزب الله الأسرى المحررين في الضاحية بعد عملية الرضوان.", "2012-05-01", "agreement", "2008-07-16", "LBN"),
        ("Syria opened an embassy in Beirut after the establishment of diplomatic relations between Syria and Lebanon.", "2012-05-01", "relations", "2008-10-15", "LBN"),
        ("ونزح عشرات الآلاف من صعدة خلال عملية الأرض المحروقة.", "2012-05-01", "attack", "2009-08-11", "YEM"),
        ("Iraq recalled its ambassador from Damascus after the Bloody Wednesday bombings in Baghdad.", "2012-05-01", "attack", "2009-08-19", "IRQ"),
        ("واستقبلت حشود من أنصار حزب الله الرئيس الإيراني خلال زيارة أحمدي نجاد إلى لبنان.", "2014-05-01", "visit", "2010-10-13", "LBN"),
        ("Hezbollah's influence grew after the collapse of Saad Hariri's government.", "2014-05-01", "appointment", "2011-01-12", "LBN"),
        ("وتصاعدت الاحتجاجات في المنامة بعد الخميس الدامي في البحرين.", "2014-05-01", "attack", "2011-02-17", "BHR"),
        ("Two cousins from Awarta were convicted of the Itamar massacre.", "2014-05-01", "attack", "2011-03-11", "ISR"),
        ("وتراجعت الحكومة الإسرائيلية عن بعض قراراتها بعد احتجاجات العدالة الاجتماعية في إسرائيل.", "2014-05-01", "protest", "2011-07-14", "ISR"),
        ("Iran test-fired long-range missiles during the Velayat 90 exercise.", "2014-05-01", "military_exercise", "2011-12-24", "IRN"),
        ("وانخفضت صادرات النفط الإيرانية إلى النصف بعد الحظر النفطي الأوروبي على إيران.", "2014-05-01", "sanctions", "2012-01-23", "IRN"),
        ("UN monitors visited the village after the Tremseh massacre.", "2015-05-01", "attack", "2012-07-12", "SYR"),
        ("واعتقلت السلطات الكويتية عددا من النواب السابقين بعد مسيرة كرامة وطن.", "2015-05-01", "protest", "2012-10-21", "KWT"),
        ("Qatar funded housing projects in the Strip after the Qatari emir's visit to Gaza.", "2015-05-01", "visit", "2012-10-23", "QAT"),
        ("ولم تنسحب القوات الأمريكية رغم قرار البرلمان العراقي بإخراج القوات الأجنبية.", "2023-05-01", "ratification", "2020-01-05", "IRQ"),
        ("Yazidis have yet to return home despite the Sinjar Agreement.", "2023-05-01", "agreement", "2020-10-09", "IRQ"),
        ("وتصاعدت الاحتجاجات في تل أبيب بعد إقرار قانون إلغاء ذريعة المعقولية.", "2024-05-01", "ratification", "2023-07-24", "ISR"),
    ],
)
def test_an_event_of_the_gulf_or_the_levant_named_without_a_date_is_dated_from_the_catalog(
    text, published, event_type, date, country
):
    check_dated_from_the_catalog(text, published, event_type, date, country)


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # an article of 1995 knows no Summit of the Peacemakers of March 1996
        ("Clinton and Mubarak co-chaired the Summit of the Peacemakers.", "1995-05-01", "1996-03-13"),
        # nor one of 2010 Bahrain's Bloody Thursday of February 2011
        ("وتصاعدت الاحتجاجات في المنامة بعد الخميس الدامي في البحرين.", "2010-05-01", "2011-02-17"),
        # nor one of 2019 the Sinjar Agreement of October 2020
        ("Yazidis have yet to return home despite the Sinjar Agreement.", "2019-05-01", "2020-10-09"),
        # nor one of 2015 the Iraqi parliament's vote on foreign troops of January 2020
        ("ولم تنسحب القوات الأمريكية رغم قرار البرلمان العراقي بإخراج القوات الأجنبية.", "2015-05-01", "2020-01-05"),
    ],
)
def test_an_event_named_before_it_happened_is_not_the_catalogued_one(text, published, date):
    check_not_dated(text, published, date)


@pytest.mark.parametrize(
    "entry_id",
    [
        "desert_shield_1990",
        "oil_for_food_1995",
        "hamad_bin_isa_accession_1999",
        "kuwait_women_suffrage_2005",
        "velayat_90_2011",
        "reasonableness_law_2023",
    ],
)
def test_a_gulf_or_levant_entry_has_both_names_and_a_source(entry_id):
    check_entry_named(entry_id)


@pytest.mark.parametrize(
    ("text", "published", "event_type", "year"),
    [
        ("The peace process stalled after the 1996 Israeli general election.", "2010-05-01", "election", "1996"),
        ("وعاد الأسرى إلى بيروت في صفقة تبادل الأسرى عام 2008.", "2010-05-01", "agreement", "2008"),
        ("The Marines besieged the city days after the 2004 Fallujah ambush.", "2010-05-01", "attack", "2004"),
        ("Fatah won a large majority in the 1996 Palestinian general election.", "2005-05-01", "election", "1996"),
    ],
)
def test_a_name_with_its_year_is_dated_by_that_year(text, published, event_type, year):
    found = [e for e in extract(text, published) if e["event_type"] == event_type]
    assert [(e["date"], e["date_basis"]) for e in found] == [(year, "explicit")], found
