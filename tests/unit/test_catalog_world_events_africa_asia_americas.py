"""Well-known events of 1990-2024 in sub-Saharan Africa, South Asia and Latin America, named without a
date, are dated from the reference catalog in English and Arabic: the Chapultepec, Rome General and
Guatemalan peace accords, the Arusha Accords of Rwanda, the Lusaka Protocol and the Lahore Declaration,
the bombing of the Israeli embassy in Buenos Aires, Fujimori's self-coup, the assassinations of Chris
Hani, Luis Donaldo Colosio, Salmaan Taseer and Jovenel Moïse, the shooting down of Habyarimana's plane,
Mandela's inauguration, the fall of Mobutu, the deaths of Sani Abacha and Hugo Chávez, the resignations
of Evo Morales and Sheikh Hasina, the Conakry stadium, Marikana and Nepalese royal massacres, the
Pulwama attack, Operations Uphold Democracy, Sangaris and Barkhane, the ECOWAS intervention in the
Gambia and the Kenya-led mission in Haiti, Obama's visit to Cuba, the Agra summit, the Colombian peace
referendum and Resolution 1267. An article written before the event does not get it, and a name that
gives the year itself ("the 1993 Bombay bombings") is dated by that year."""

from __future__ import annotations

import pytest
from test_extraction_support import check_dated_from_the_catalog, check_entry_named, check_not_dated, extract


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date", "country"),
    [
        ("El Salvador's former guerrillas became a political party under the Chapultepec Peace Accords.", "2000-05-01", "agreement", "1992-01-16", "SLV"),
        ("وتحيي الجالية اليهودية في الأرجنتين ذكرى ضحايا تفجير السفارة الإسرائيلية في بوينس آيرس.", "2000-05-01", "attack", "1992-03-17", "ARG"),
        ("وأعاد انقلاب فوجيموري الذاتي رسم خريطة السلطة في ليما.", "2000-05-01", "appointment", "1992-04-05", "PER"),
        ("RENAMO became the main opposition party after the Rome General Peace Accords.", "2000-05-01", "agreement", "1992-10-04", "MOZ"),
        ("وتحيي جنوب أفريقيا كل عام ذكرى اغتيال كريس هاني.", "2000-05-01", "attack", "1993-04-10", "ZAF"),
        ("وتعثر تطبيق اتفاق أروشا للسلام في رواندا.", "2003-05-01", "agreement", "1993-08-04", "RWA"),
        ("Mario Aburto is serving a long sentence for the assassination of Luis Donaldo Colosio.", "2005-05-01", "attack", "1994-03-23", "MEX"),
        ("The genocide began hours after the shooting down of Habyarimana's plane.", "2005-05-01", "attack", "1994-04-06", "RWA"),
        ("وحضر زعماء العالم تنصيب نيلسون مانديلا في بريتوريا.", "2004-05-01", "appointment", "1994-05-10", "ZAF"),
        ("وعاد أريستيد إلى الحكم بفضل عملية دعم الديمقراطية في هايتي.", "2000-05-01", "deployment", "1994-09-19", "HTI"),
        ("UNITA rearmed despite the Lusaka Protocol.", "2000-05-01", "agreement", "1994-11-20", "AGO"),
        ("The former guerrillas of the URNG laid down their arms after the Guatemalan peace accords.", "2005-05-01", "agreement", "1996-12-29", "GTM"),
        ("وتغير اسم زائير إلى الكونغو الديمقراطية بعد سقوط موبوتو.", "2000-05-01", "appointment", "1997-05-17", "COD"),
        ("وتغيرت السياسة النيجيرية جذريا بعد وفاة ساني أباتشا.", "2003-05-01", "appointment", "1998-06-08", "NGA"),
        ("وتعهد البلدان في إعلان لاهور بتجنب الحرب.", "2005-05-01", "agreement", "1999-02-21", "PAK"),
        ("The Taliban's assets remained frozen under Resolution 1267.", "2005-05-01", "sanctions", "1999-10-15", "AFG"),
        ("ولم تتعاف الملكية النيبالية من مجزرة القصر الملكي في نيبال.", "2008-05-01", "attack", "2001-06-01", "NPL"),
        ("Relations between India and Pakistan froze after the Agra summit.", "2005-05-01", "meeting", "2001-07-14", "IND"),
        ("Moussa Dadis Camara was charged over the Conakry stadium massacre.", "2015-05-01", "attack", "2009-09-28", "GIN"),
        ("Mumtaz Qadri was hanged for the assassination of Salmaan Taseer.", "2016-05-01", "attack", "2011-01-04", "PAK"),
        ("وحملت لجنة التحقيق الشرطة مسؤولية مجزرة ماريكانا.", "2016-05-01", "attack", "2012-08-16", "ZAF"),
        ("وتراجعت صادرات النفط الفنزويلية بعد وفاة هوغو تشافيز.", "2015-05-01", "appointment", "2013-03-05", "VEN"),
        ("وانسحب آخر الجنود الفرنسيين مع انتهاء عملية سانغاريس.", "2017-05-01", "deployment", "2013-12-05", "CAF"),
        ("وطالب المجلس العسكري في مالي بانسحاب قوة برخان الفرنسية.", "2022-05-01", "deployment", "2014-08-01", "MLI"),
        ("Tourism to Havana boomed after Obama's visit to Cuba.", "2018-05-01", "visit", "2016-03-20", "CUB"),
        ("Santos renegotiated the deal after the Colombian peace referendum.", "2018-05-01", "election", "2016-10-02", "COL"),
        ("Jammeh fled into exile after the ECOWAS military intervention in the Gambia.", "2018-05-01", "deployment", "2017-01-19", "GMB"),
        ("وألغت الهند امتيازات باكستان التجارية بعد هجوم بولواما.", "2020-05-01", "attack", "2019-02-14", "IND"),
        ("ودخلت بوليفيا أزمة سياسية عميقة بعد استقالة إيفو موراليس.", "2021-05-01", "appointment", "2019-11-10", "BOL"),
        ("The police chief was arrested over the assassination of Jovenel Moïse.", "2023-05-01", "attack", "2021-07-07", "HTI"),
        ("Gangs still control most of Port-au-Prince despite the Kenya-led mission in Haiti.", "2025-05-01", "deployment", "2024-06-25", "HTI"),
        ("Muhammad Yunus has led an interim government since the ouster of Sheikh Hasina.", "2025-05-01", "appointment", "2024-08-05", "BGD"),
    ],
)
def test_an_event_of_africa_asia_or_latin_america_named_without_a_date_is_dated_from_the_catalog(
    text, published, event_type, date, country
):
    check_dated_from_the_catalog(text, published, event_type, date, country)


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # an article of 2010 knows no assassination of Salmaan Taseer of January 2011
        ("Mumtaz Qadri was hanged for the assassination of Salmaan Taseer.", "2010-05-01", "2011-01-04"),
        # nor one of 2012 the death of Hugo Chávez of March 2013
        ("وتراجعت صادرات النفط الفنزويلية بعد وفاة هوغو تشافيز.", "2012-05-01", "2013-03-05"),
    ],
)
def test_an_event_named_before_it_happened_is_not_the_catalogued_one(text, published, date):
    check_not_dated(text, published, date)


@pytest.mark.parametrize(
    "entry_id",
    [
        "chapultepec_peace_accords_1992",
        "habyarimana_plane_shootdown_1994",
        "un_resolution_1267_1999",
        "operation_barkhane_2014",
        "haiti_multinational_security_mission_2024",
        "hasina_ouster_2024",
    ],
)
def test_an_africa_asia_or_latin_america_entry_has_both_names_and_a_source(entry_id):
    check_entry_named(entry_id)


def test_a_name_with_its_year_is_dated_by_that_year():
    found = [e for e in extract("Yakub Memon was sentenced to death for the 1993 Bombay bombings.", "2010-05-01") if e["event_type"] == "attack"]
    assert [(e["date"], e["date_basis"]) for e in found] == [("1993", "explicit")], found
