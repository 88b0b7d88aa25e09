"""Common news wordings of the fifteen event types, in English and Arabic: the
perfect of irregular verbs (have taken to the streets, has withdrawn its
ambassador), journeys and jets to a capital, an emergency session, a law
signed or an agreement become effective, an embassy shut or its closure
ordered, trade banned, diplomatic relations ended, a pause in the fighting,
results declared, a counteroffensive, a town taken over or fighters driven
out, a sum given to a side, weapons shipped to it, a suspect held by police or
brought before a court, a confidence vote lost, a side taken off a terror list,
liaison offices reopened; and the everyday senses of the same words."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-05-11"  # a Tuesday: "on Monday", يوم الاثنين, is 2021-05-10


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the perfect of an irregular verb: taken, gone, withdrawn, flown, spoken, retaken
        ("Thousands of Iraqis have taken to the streets of Baghdad on Monday.", "protest"),
        ("Iraqis have gone to the polls on Monday.", "election"),
        ("Saudi Arabia has withdrawn its ambassador from Iran on Monday.", "sanctions"),
        ("The Qatari emir has flown to Ankara on Monday.", "visit"),
        ("The Qatari emir and the Turkish president have spoken by phone on Monday.", "meeting"),
        ("Syrian government forces have retaken the town of Saraqeb on Monday.", "attack"),
        ("Syrian rebels have taken control of the town of Saraqeb on Monday.", "attack"),
        # a journey or a jet to a capital
        ("The Qatari emir journeyed to Ankara on Monday.", "visit"),
        ("The Qatari emir jetted to Ankara on Monday.", "visit"),
        # spoke, with the day between, by phone; an emergency session of a body
        ("The Qatari emir and the Turkish president spoke on Monday by phone.", "meeting"),
        ("The Arab League held an emergency session on Libya in Cairo on Monday.", "meeting"),
        # an agreement become effective, signed into law or off on
        ("The defence agreement with Qatar became effective on Monday.", "ratification"),
        ("The Turkish president signed into law the defence agreement with Qatar on Monday.", "ratification"),
        ("Turkish President Erdogan signed off on the defence agreement with Qatar on Monday.", "ratification"),
        # diplomatic relations ended, an embassy shut or its closure ordered, trade banned
        ("Saudi Arabia ended diplomatic relations with Iran on Monday.", "sanctions"),
        ("Saudi Arabia ordered the closure of the Iranian embassy on Monday.", "sanctions"),
        ("Saudi Arabia shut down the Iranian embassy in Riyadh on Monday.", "sanctions"),
        ("Saudi Arabia banned trade with Iran on Monday.", "sanctions"),
        # a pause in the fighting
        ("Israel and Hamas agreed to a pause in fighting on Monday.", "ceasefire"),
        # the results declared by the electoral body
        ("Iraq's electoral commission declared the results on Monday.", "election"),
        # a counteroffensive, a strike by drones, a town taken over, fighters driven out or routed, cross-border strikes
        ("Egyptian troops launched a counteroffensive in Sinai on Monday.", "attack"),
        ("Saudi oil facilities were hit by Houthi drones on Monday.", "attack"),
        ("Syrian government forces gained control of Idlib on Monday.", "attack"),
        ("Syrian government forces took over Idlib on Monday.", "attack"),
        ("Syrian government forces drove rebels out of Idlib on Monday.", "attack"),
        ("Syrian government forces routed rebels in Idlib on Monday.", "attack"),
        ("Turkey carried out cross-border strikes in Iraq on Monday.", "attack"),
        ("Egyptian troops battled militants in Sinai on Monday.", "attack"),
        # a sum given or granted to a side, weapons shipped to it
        ("Saudi Arabia gave $500 million to Yemen on Monday.", "aid"),
        ("Saudi Arabia granted $500 million to Yemen on Monday.", "aid"),
        ("The United States shipped weapons to Ukraine on Monday.", "aid"),
        # held or led away by police, brought before a court, tried, sent to prison
        ("Egyptian activist Alaa Abdel Fattah was held by police on Monday.", "arrest"),
        ("Egyptian activist Alaa Abdel Fattah was led away by police on Monday.", "arrest"),
        ("Egyptian activist Alaa Abdel Fattah was hauled before a court on Monday.", "arrest"),
        ("Egyptian activist Alaa Abdel Fattah appeared in court on Monday.", "arrest"),
        ("Egyptian activist Alaa Abdel Fattah was tried on Monday.", "arrest"),
        ("Egyptian activist Alaa Abdel Fattah was given five years in prison on Monday.", "arrest"),
        ("Egyptian activist Alaa Abdel Fattah was sent to prison on Monday.", "arrest"),
        ("Egyptian activist Alaa Abdel Fattah was thrown in jail on Monday.", "arrest"),
        # removal voted, no confidence voted or a confidence vote lost, an office holder replaced
        ("Iraq's parliament voted to remove the prime minister on Monday.", "appointment"),
        ("Iraq's parliament voted no confidence in the prime minister on Monday.", "appointment"),
        ("Iraq's prime minister lost a confidence vote on Monday.", "appointment"),
        ("Iraq's president replaced the army chief on Monday.", "appointment"),
        # ties renewed or forged, a side taken off a terror list, liaison offices opened
        ("Saudi Arabia and Iran renewed diplomatic ties on Monday.", "relations"),
        ("Israel and Morocco forged diplomatic ties on Monday.", "relations"),
        ("The United States removed Sudan from its terrorism blacklist on Monday.", "relations"),
        ("The United States took Sudan off its terrorism blacklist on Monday.", "relations"),
        ("The United States delisted Sudan as a state sponsor of terrorism on Monday.", "relations"),
        ("Israel and Morocco opened liaison offices on Monday.", "relations"),
        ("Israel and Morocco reopened liaison offices on Monday.", "relations"),
        # killed or shot by a side's fire, diplomats given hours to leave: as the Arabic lexicon
        # tells them (قتل بنيران إسرائيلية، أمهلت الدبلوماسيين 48 ساعة لمغادرة)
        ("Three Palestinians were killed by Israeli fire in Gaza on Monday.", "attack"),
        ("A Palestinian was shot by Israeli gunfire near Jenin on Monday.", "attack"),
        ("Egypt gave Libyan diplomats 48 hours to leave the country on Monday.", "sanctions"),
        ("قتل ثلاثة فلسطينيين بنيران إسرائيلية في غزة يوم الاثنين.", "attack"),
        ("أمهلت مصر الدبلوماسيين الليبيين 48 ساعة لمغادرة البلاد يوم الاثنين.", "sanctions"),
        # the Arabic forms of the same deeds
        ("أنهت السعودية العلاقات الدبلوماسية مع إيران يوم الاثنين.", "sanctions"),
        ("حظرت السعودية التجارة مع إيران يوم الاثنين.", "sanctions"),
        ("أعلنت المفوضية العليا للانتخابات في العراق النتائج يوم الاثنين.", "election"),
        ("أرسلت الولايات المتحدة أسلحة إلى أوكرانيا يوم الاثنين.", "aid"),
        ("سحب البرلمان العراقي الثقة من رئيس الوزراء يوم الاثنين.", "appointment"),
        ("استبدل الرئيس العراقي رئيس أركان الجيش يوم الاثنين.", "appointment"),
        ("رفعت الولايات المتحدة السودان من قائمة الدول الراعية للإرهاب يوم الاثنين.", "relations"),
        ("شطبت الولايات المتحدة السودان من قائمة الإرهاب يوم الاثنين.", "relations"),
        ("أعاد المغرب وإسرائيل فتح مكتبي الاتصال يوم الاثنين.", "relations"),
        # fighting beside allies is fighting
        ("Turkish troops and allied Syrian fighters fought Kurdish militias near Afrin on Monday.", "attack"),
        ("قاتلت القوات التركية وحلفاؤها المسلحين الأكراد قرب عفرين يوم الاثنين.", "attack"),
    ],
)
def test_a_common_news_wording_names_its_event(text, kind):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), kind)] == ["2021-05-10"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a side taken off a blacklist is not put on it; a base inaugurated is no office taken
        ("The United States removed Sudan from its terrorism blacklist on Monday.", "sanctions"),
        ("رفعت الولايات المتحدة السودان من قائمة الدول الراعية للإرهاب يوم الاثنين.", "sanctions"),
        ("Turkey inaugurated a military base in Qatar on Monday.", "appointment"),
        # people killed by a fire in a building
        ("Three Egyptians were killed by a fire in a Cairo hospital on Monday.", "attack"),
        # a firm taken over, families driven out by prices, a bridge inaugurated
        ("The Egyptian company took over a rival firm in Cairo on Monday.", "attack"),
        ("Rising prices drove families out of Cairo on Monday.", "attack"),
        ("The Egyptian minister inaugurated a new bridge in Cairo on Monday.", "appointment"),
        # a parliament's emergency session, witnesses in court, a sum given to a campaign
        ("The Egyptian parliament held an emergency session on the budget on Monday.", "meeting"),
        ("The Egyptian witnesses appeared in court on Monday.", "arrest"),
        ("The Egyptian businessman gave $5 million to the election campaign on Monday.", "aid"),
        ("The Egyptian firm shipped weapons to Europe under a sales contract on Monday.", "aid"),
        # an ally or partner in a fight is a standing role, no fighting
        ("Erdogan had been a key ally in the fight against Islamic State.", "attack"),
        ("Niger had been a key Western ally in the fight against Islamist militants.", "attack"),
        ("كان أردوغان شريكا في القتال ضد تنظيم الدولة.", "attack"),
        ("كانت النيجر حليفا رئيسيا للغرب في القتال ضد المتشددين.", "attack"),
    ],
)
def test_an_everyday_sense_of_the_wording_names_no_event(text, kind):
    assert of_type(extract(text, PUBLISHED), kind) == []


@pytest.mark.parametrize(
    "text",
    [
        # the participle after a noun of a side tells who the side is, no deed of a day
        "Niger had been seen as one of the last reliable partners of Western countries fighting Islamist insurgents in the Sahel.",
        "Chadian President Idriss Deby died on Tuesday of wounds suffered while commanding troops fighting rebels in the north.",
        "وكانت النيجر من آخر شركاء الدول الغربية التي تقاتل المتشددين الإسلاميين في منطقة الساحل.",
        "وتوفي الرئيس التشادي الثلاثاء متأثرا بجروح أصيب بها أثناء قيادته قوات تقاتل المتمردين في الشمال.",
    ],
)
def test_a_side_described_as_fighting_is_no_attack(text):
    assert of_type(extract(text, "2021-04-20"), "attack") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Chadian troops fought rebels in Kanem on Saturday.", "2021-04-17"),
        ("Chadian troops were fighting rebels in Kanem on Saturday.", "2021-04-17"),
        ("Heavy fighting broke out in Kanem between Chadian troops and rebels on Saturday.", "2021-04-17"),
        ("Chadian troops have been fighting rebels in Kanem since 2019.", "2019"),
        ("وقاتلت القوات التشادية المتمردين في كانم يوم السبت.", "2021-04-17"),
    ],
)
def test_fighting_told_as_a_deed_stays(text, date):
    assert [e["date"] for e in of_type(extract(text, "2021-04-20"), "attack")] == [date]
