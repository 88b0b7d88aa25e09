"""Well-known events of 1990-2024 in Latin America, West and East Africa, the Russia-Ukraine war, and the
United States, China, Hong Kong and Taiwan, named without a date, are dated from the reference catalog in
English and Arabic: the capture of Abimael Guzmán, the Zapatista uprising, Pinochet's arrest in London,
the Iguala mass kidnapping, the peace agreement with the FARC, the 2018 Nicaraguan protests, the Caracas
drone attack on Maduro, Chile's Estallido Social, Guaidó's self-proclamation, the 11J protests in Cuba,
the storming of the Brazilian Congress, the 1999 Ivorian coup, Operation Barras, the Mombasa attacks, the
arrest of Charles Taylor, the Abuja UN bombing, the 2016 Gambian and 2024 Senegalese presidential
elections, the Dapchi kidnapping, Abiy Ahmed's rise to power, the Lekki massacre, the storming of the
Kenyan Parliament, the seizure of the Zaporizhzhia nuclear plant, the Mariupol
theatre airstrike, the Kramatorsk railway station attack, the sinking of the Moskva, the liberation of
Kherson, the Wagner rebellion, the fall of Avdiivka, the Ankara prisoner exchange, the Kursk incursion,
the Hainan Island incident, the Ürümqi riots, the Kunming attack, the Sunflower Movement, the Phase One
trade deal, the Hong Kong national security law, the arrest of Jimmy Lai and the Chinese spy balloon
incident. An article written before the event does not get it, and a name that gives the year itself
("the 2002 Mombasa attacks") is dated by that year."""

from __future__ import annotations

import pytest
from test_extraction_support import check_dated_from_the_catalog, check_entry_named, check_not_dated, extract


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date", "country"),
    [
        ("وتراجع العنف في بيرو بعد اعتقال أبيمائيل غوزمان.", "2000-05-01", "arrest", "1992-09-12", "PER"),
        ("Indigenous rights returned to Mexico's agenda after the Zapatista uprising.", "2000-05-01", "attack", "1994-01-01", "MEX"),
        ("وتغير القانون الدولي بعد اعتقال بينوشيه في لندن.", "2005-05-01", "arrest", "1998-10-16", "CHL"),
        ("Parents of the missing students still march every month since the Iguala mass kidnapping.", "2018-05-01", "attack", "2014-09-26", "MEX"),
        ("وتخلى آلاف المقاتلين عن أسلحتهم بعد اتفاق السلام مع فارك.", "2019-05-01", "agreement", "2016-11-24", "COL"),
        ("Ortega's government has jailed hundreds of opponents since the April uprising in Nicaragua.", "2020-05-01", "protest", "2018-04-18", "NIC"),
        ("وشددت السلطات الفنزويلية الإجراءات الأمنية في العروض العسكرية بعد محاولة اغتيال مادورو بطائرات مسيرة.", "2019-05-01", "attack", "2018-08-04", "VEN"),
        ("Chile drafted a new constitution after the Estallido Social.", "2022-05-01", "protest", "2019-10-18", "CHL"),
        ("وفرضت واشنطن عقوبات نفطية على كاراكاس بعد إعلان غوايدو نفسه رئيسا مؤقتا.", "2020-05-01", "appointment", "2019-01-23", "VEN"),
        ("Hundreds of people remain in prison for taking part in the 11J protests.", "2023-05-01", "protest", "2021-07-11", "CUB"),
        ("وحوكم مئات من أنصار الرئيس السابق بعد اقتحام مقار السلطات الثلاث في برازيليا.", "2024-05-01", "attack", "2023-01-08", "BRA"),
        ("Ivory Coast's decade of turmoil began with the overthrow of Henri Konan Bédié.", "2005-05-01", "appointment", "1999-12-24", "CIV"),
        ("وعززت بريطانيا وجودها العسكري في سيراليون بعد عملية باراس.", "2005-05-01", "attack", "2000-09-10", "SLE"),
        ("Kenya tightened airport security after the Mombasa attacks.", "2005-05-01", "attack", "2002-11-28", "KEN"),
        ("ومثل الرئيس الليبيري السابق أمام المحكمة الخاصة في لاهاي بعد اعتقال تشارلز تايلور.", "2010-05-01", "arrest", "2006-03-29", "LBR"),
        ("The UN reinforced its compounds across West Africa after the bombing of the UN building in Abuja.", "2013-05-01", "attack", "2011-08-26", "NGA"),
        ("وعاد آلاف المنفيين إلى بانجول بعد فوز أداما بارو بالرئاسة.", "2018-05-01", "election", "2016-12-01", "GMB"),
        ("Leah Sharibu is still held by Boko Haram, years after the Dapchi kidnapping.", "2022-05-01", "attack", "2018-02-19", "NGA"),
        ("وأفرجت إثيوبيا عن آلاف السجناء السياسيين بعد وصول آبي أحمد إلى السلطة.", "2019-05-01", "appointment", "2018-04-02", "ETH"),
        ("Young Nigerians marked the anniversary of the Lekki massacre.", "2022-05-01", "attack", "2020-10-20", "NGA"),
        ("وتولى عثمان سونكو رئاسة الحكومة بعد انتخاب باسيرو ديوماي فاي.", "2025-01-01", "election", "2024-03-24", "SEN"),
        ("President Ruto withdrew the Finance Bill a day after the storming of the Kenyan Parliament.", "2025-01-01", "protest", "2024-06-25", "KEN"),
        ("IAEA inspectors have been stationed at the plant since the seizure of the Zaporizhzhia nuclear power plant.", "2023-05-01", "attack", "2022-03-04", "UKR"),
        ("وكشفت تحقيقات لاحقة عدد الضحايا في قصف مسرح ماريوبول الدرامي.", "2023-05-01", "attack", "2022-03-16", "UKR"),
        ("The Kramatorsk railway station attack became a symbol of the war's toll on civilians.", "2023-05-01", "attack", "2022-04-08", "UKR"),
        ("وسحبت روسيا سفنها بعيدا عن السواحل الأوكرانية بعد غرق الطراد موسكفا.", "2023-05-01", "attack", "2022-04-13", "UKR"),
        ("Russian shelling of the city intensified after the liberation of Kherson.", "2023-05-01", "attack", "2022-11-11", "UKR"),
        ("وانتقل مقاتلو المجموعة إلى بيلاروسيا بعد تمرد فاغنر.", "2024-05-01", "attack", "2023-06-23", "RUS"),
        ("Russian forces pushed toward Pokrovsk after the fall of Avdiivka.", "2024-10-01", "attack", "2024-02-17", "UKR"),
        ("وعاد الصحفي الأمريكي إلى بلاده في صفقة تبادل السجناء في أنقرة.", "2024-10-01", "agreement", "2024-08-01", "USA"),
        ("North Korean troops were sent to Russia after the Kursk incursion.", "2025-05-01", "attack", "2024-08-06", "RUS"),
        ("وتوترت العلاقات العسكرية بين واشنطن وبكين بعد حادثة جزيرة هاينان.", "2005-05-01", "attack", "2001-04-01", "CHN"),
        ("Beijing cut internet access in Xinjiang for months after the Ürümqi riots.", "2012-05-01", "protest", "2009-07-05", "CHN"),
        ("وشددت الصين الإجراءات الأمنية في محطات القطارات بعد هجوم كونمينغ.", "2016-05-01", "attack", "2014-03-01", "CHN"),
        ("The Cross-Strait Service Trade Agreement was never ratified after the Sunflower Movement.", "2018-05-01", "protest", "2014-03-18", "TWN"),
        ("وتراجعت التوترات التجارية بين واشنطن وبكين بعد اتفاق المرحلة الأولى التجاري.", "2022-05-01", "agreement", "2020-01-15", "CHN"),
        ("Dozens of pro-democracy activists have been jailed under the Hong Kong national security law.", "2023-05-01", "ratification", "2020-06-30", "HKG"),
        ("وأغلقت صحيفة أبل ديلي بعد أشهر من اعتقال جيمي لاي.", "2022-05-01", "arrest", "2020-08-10", "HKG"),
        ("Military talks between Washington and Beijing were suspended after the Chinese spy balloon incident.", "2024-05-01", "attack", "2023-02-04", "USA"),
    ],
)
def test_an_event_of_the_americas_africa_ukraine_or_china_named_without_a_date_is_dated_from_the_catalog(
    text, published, event_type, date, country
):
    check_dated_from_the_catalog(text, published, event_type, date, country)


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # an article of 2021 knows no liberation of Kherson of November 2022
        ("Russian shelling of the city intensified after the liberation of Kherson.", "2021-05-01", "2022-11-11"),
        # nor one of 2013 the Kunming attack of March 2014
        ("وشددت الصين الإجراءات الأمنية في محطات القطارات بعد هجوم كونمينغ.", "2013-05-01", "2014-03-01"),
        # nor one of 2017 the Dapchi kidnapping of February 2018
        ("Leah Sharibu is still held by Boko Haram, years after the Dapchi kidnapping.", "2017-05-01", "2018-02-19"),
        # nor one of 2022 the Wagner rebellion of June 2023
        ("وانتقل مقاتلو المجموعة إلى بيلاروسيا بعد تمرد فاغنر.", "2022-05-01", "2023-06-23"),
    ],
)
def test_an_event_named_before_it_happened_is_not_the_catalogued_one(text, published, date):
    check_not_dated(text, published, date)


@pytest.mark.parametrize(
    "entry_id",
    [
        "guzman_capture_1992",
        "colombia_farc_final_agreement_2016",
        "operation_barras_2000",
        "ankara_prisoner_exchange_2024",
        "hong_kong_national_security_law_2020",
    ],
)
def test_an_americas_africa_ukraine_or_china_entry_has_both_names_and_a_source(entry_id):
    check_entry_named(entry_id)


@pytest.mark.parametrize(
    ("text", "published", "event_type", "year"),
    [
        ("Kenya tightened airport security after the 2002 Mombasa attacks.", "2010-05-01", "attack", "2002"),
        ("وفر مئات المعارضين إلى المنفى منذ احتجاجات نيكاراغوا عام 2018.", "2020-05-01", "protest", "2018"),
        ("Chile drafted a new constitution after the 2019 Chilean protests.", "2022-05-01", "protest", "2019"),
        ("وتراجع العنف في المكسيك بعد اتفاقيات سان أندريس التي أعقبت انتفاضة زاباتيستا عام 1994.", "2020-05-01", "attack", "1994"),
    ],
)
def test_a_name_with_its_year_is_dated_by_that_year(text, published, event_type, year):
    found = [e for e in extract(text, published) if e["event_type"] == event_type]
    assert [(e["date"], e["date_basis"]) for e in found] == [(year, "explicit")], found


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # names any later deed shares are no name of the catalogued one
        ("Peruvian troops completed the capture of the Shining Path leader known as Comrade Artemio.", "2012-02-13", "1992-09-12"),
        ("A Chilean judge ordered the arrest of Pinochet, placing him under house arrest in Santiago.", "2004-12-14", "1998-10-16"),
        ("أمر قاض تشيلي باعتقال بينوشيه ووضعه قيد الإقامة الجبرية في سانتياغو.", "2004-12-14", "1998-10-16"),
        ("The Venezuelan presidential crisis deepened after Maduro was declared winner of the July 28 vote.", "2024-08-10", "2019-01-23"),
        ("Taiwan's defence ministry reported a Chinese balloon incident over the Taiwan Strait.", "2024-01-10", "2023-02-04"),
    ],
)
def test_a_name_later_deeds_share_is_not_the_catalogued_one(text, published, date):
    check_not_dated(text, published, date)
