"""Well-known events the press retells by the names it uses for them (a descriptive name,
a short name, a wire's English name), dated from the reference catalog; and new events
of the same kind, which keep their own date."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "event_type", "ref_id", "date"),
    [
        # descriptive names of events already catalogued
        ("وتعهد الرئيس الإيراني بالثأر لاغتيال قائد فيلق القدس.", "2020-06-01", "attack", "soleimani_killed_2020", "2020-01-03"),
        ("وتدهور وضع النساء في أفغانستان منذ سقوط كابل.", "2022-03-01", "attack", "fall_of_kabul_2021", "2021-08-15"),
        ("The economy collapsed after the fall of Kabul.", "2022-03-01", "attack", "fall_of_kabul_2021", "2021-08-15"),
        ("وطالبت المنظمة بمحاسبة المسؤولين عن تصفية خاشقجي.", "2019-03-01", "attack", "khashoggi_killed_2018", "2018-10-02"),
        ("Turkey pressed Riyadh over Khashoggi's murder.", "2019-03-01", "attack", "khashoggi_killed_2018", "2018-10-02"),
        ("وفر آلاف المدنيين منذ احتلال عفرين.", "2019-03-01", "attack", "afrin_captured_2018", "2018-03-18"),
        ("ونزح الآلاف منذ سيطرة تنظيم الدولة على الموصل.", "2016-03-01", "attack", "isis_takes_mosul_2014", "2014-06-10"),
        # Lebanon
        ("وأعلنت الرئاسة تشكيل حكومة حسان دياب.", "2020-03-01", "appointment", "diab_government_2020", "2020-01-21"),
        # Syria, Iraq
        ("وكانت زيارة بوتين إلى قاعدة حميميم رسالة إلى الغرب.", "2018-02-01", "visit", "putin_visit_hmeimim_2017", "2017-12-11"),
        ("وكان آصف شوكت قد قتل في تفجير مبنى الأمن القومي.", "2013-01-10", "attack", "damascus_crisis_cell_bombing_2012", "2012-07-18"),
        ("وأثار الهجوم على قاعدة كي وان غضب واشنطن.", "2020-02-01", "attack", "k1_air_base_attack_2019", "2019-12-27"),
        ("Washington blamed Kataib Hezbollah for the attack on K-1 Air Base.", "2020-02-01", "attack",
         "k1_air_base_attack_2019", "2019-12-27"),
        ("وفر آلاف السكان بعد سقوط الرمادي.", "2015-08-01", "attack", "ramadi_falls_isis_2015", "2015-05-17"),
        ("Thousands fled after the fall of Ramadi.", "2015-08-01", "attack", "ramadi_falls_isis_2015", "2015-05-17"),
        ("وتحدث النائب عن مجزرة الحويجة.", "2014-01-10", "attack", "hawija_clashes_2013", "2013-04-23"),
        ("وعادت بعض العائلات الإيزيدية بعد تحرير سنجار.", "2016-05-01", "attack", "sinjar_liberated_2015", "2015-11-13"),
        ("وأفرج التنظيم عن رهائن القنصلية التركية بعد أشهر.", "2015-01-10", "attack",
         "mosul_turkish_consulate_hostages_2014", "2014-06-11"),
        ("وعادت التوترات بعد اشتباكات المنطقة الخضراء في بغداد.", "2023-01-10", "attack", "baghdad_clashes_2022", "2022-08-29"),
        # Iran, great powers
        ("وجاء ذلك بعد اقتحام السفارة البريطانية في طهران.", "2012-02-01", "attack",
         "british_embassy_tehran_attack_2011", "2011-11-29"),
        ("Activists called for an inquiry into the Zahedan massacre.", "2023-01-10", "attack", "zahedan_massacre_2022", "2022-09-30"),
        ("وطالب ناشطون بالتحقيق في مجزرة زاهدان.", "2023-01-10", "attack", "zahedan_massacre_2022", "2022-09-30"),
        ("The sanctions were first imposed under Resolution 1737.", "2012-01-10", "sanctions", "un_resolution_1737_2006", "2006-12-23"),
        ("وفرض القرار 1929 عقوبات إضافية على طهران.", "2012-01-10", "sanctions", "un_resolution_1929_2010", "2010-06-09"),
        ("وفشلت المفاوضات النووية منذ قمة هانوي.", "2020-01-10", "meeting", "trump_kim_hanoi_2019", "2019-02-27"),
        ("Talks with Pyongyang stalled after the Hanoi summit.", "2020-01-10", "meeting", "trump_kim_hanoi_2019", "2019-02-27"),
        ("ولم يلتق الزعيمان منذ قمة بايدن وبوتين في جنيف.", "2022-01-10", "meeting", "biden_putin_geneva_2021", "2021-06-16"),
        ("The two leaders have not met since the Biden-Putin summit.", "2022-01-10", "meeting", "biden_putin_geneva_2021", "2021-06-16"),
        ("وأعلن تنظيم الدولة مسؤوليته عن هجوم كروكوس.", "2024-04-01", "attack", "crocus_city_hall_attack_2024", "2024-03-22"),
        ("Islamic State claimed the Crocus City Hall attack.", "2024-04-01", "attack", "crocus_city_hall_attack_2024", "2024-03-22"),
        ("وتذكر الروس ضحايا مجزرة بيسلان.", "2010-09-01", "attack", "beslan_siege_2004", "2004-09-01"),
        # Israel, Palestine, Turkey, Jordan
        ("ويطالب أهالي الضحايا بمحاسبة المسؤولين عن مجزرة الخيام في رفح.", "2024-07-01", "attack", "tal_as_sultan_attack_2024", "2024-05-26"),
        ("The Rafah tent camp strike drew condemnation worldwide.", "2024-07-01", "attack", "tal_as_sultan_attack_2024", "2024-05-26"),
        ("وجاء القرار بعد إغلاق مكتب منظمة التحرير الفلسطينية في واشنطن.", "2018-12-01", "sanctions",
         "plo_washington_office_closed_2018", "2018-09-10"),
        ("The move followed the closure of the PLO office in Washington.", "2018-12-01", "sanctions",
         "plo_washington_office_closed_2018", "2018-09-10"),
        ("وكان إعلان الدوحة بين فتح وحماس قد نص على تشكيل حكومة توافق.", "2013-01-10", "agreement",
         "doha_declaration_fatah_hamas_2012", "2012-02-06"),
        ("وانتقدت المعارضة الأردنية اتفاقية الماء مقابل الطاقة مع إسرائيل.", "2022-01-10", "agreement",
         "water_for_energy_declaration_2021", "2021-11-22"),
        ("Erdogan said the Adana Agreement still gives Turkey the right to act in Syria.", "2019-01-24", "agreement",
         "adana_agreement_1998", "1998-10-20"),
        ("وتذكر الأتراك ضحايا تفجير قيصري الذي استهدف حافلة للجنود.", "2017-01-10", "attack", "kayseri_bombing_2016", "2016-12-17"),
        ("وأثارت زيارة هرتسوغ إلى أنقرة جدلا.", "2022-06-01", "visit", "herzog_visit_turkey_2022", "2022-03-09"),
        ("وأحيا الأردنيون ذكرى شهداء هجوم الركبان.", "2017-06-21", "attack", "rukban_bombing_2016", "2016-06-21"),
        # Libya, Tunisia, Morocco, Algeria, Sudan, Saudi Arabia
        ("ومنذ السيطرة على قاعدة الوطية تراجعت قوات حفتر.", "2020-08-01", "attack", "watiya_captured_2020", "2020-05-18"),
        ("وكشفت المقابر الجماعية بعد السيطرة على ترهونة.", "2020-08-01", "attack", "tarhuna_captured_2020", "2020-06-05"),
        ("وتوالت الانتقادات بعد منح الثقة لحكومة الدبيبة.", "2021-05-01", "appointment", "dbeibah_confidence_vote_2021", "2021-03-10"),
        ("وانطلقت المشاورات منذ ملتقى الحوار السياسي الليبي في تونس.", "2021-01-10", "meeting", "lpdf_tunis_2020", "2020-11-09"),
        ("ومنذ سحب الثقة من حكومة الحبيب الصيد تعيش البلاد أزمة سياسية.", "2016-10-01", "appointment",
         "essid_no_confidence_2016", "2016-07-30"),
        ("وعرفت البلاد استقرارا نسبيا منذ منح الثقة لحكومة يوسف الشاهد.", "2017-01-10", "appointment",
         "chahed_government_2016", "2016-08-26"),
        ("وظل المغرب بلا حكومة إلى أن تم إعفاء بنكيران.", "2017-06-01", "appointment", "benkirane_dismissed_2017", "2017-03-15"),
        ("وتعمقت الأزمة منذ إغلاق المجال الجوي الجزائري أمام الطائرات المغربية.", "2022-01-10", "sanctions",
         "algeria_closes_airspace_morocco_2021", "2021-09-22"),
        ("Relations deteriorated further after the closure of Algerian airspace to Moroccan aircraft.", "2022-01-10", "sanctions",
         "algeria_closes_airspace_morocco_2021", "2021-09-22"),
        ("وتواصلت الاحتجاجات بعد تنحي عوض بن عوف.", "2019-05-01", "appointment", "ibn_auf_resigns_2019", "2019-04-12"),
        ("وتبنى تنظيم القاعدة الهجوم على القنصلية الأمريكية في جدة.", "2005-01-10", "attack",
         "jeddah_consulate_attack_2004", "2004-12-06"),
        ("وتواصلت الانتقادات بعد تعيين أحمد الحشاني رئيسا للحكومة.", "2023-10-01", "appointment", "hachani_appointed_2023", "2023-08-01"),
        ("The opposition criticised the appointment of Kamel Madouri.", "2024-10-01", "appointment", "madouri_appointed_2024", "2024-08-07"),
        ("ونددت الأحزاب بإيقاف راشد الغنوشي.", "2023-06-01", "arrest", "ghannouchi_arrest_2023", "2023-04-17"),
        ("Rights groups condemned the arrest of Rached Ghannouchi.", "2023-06-01", "arrest", "ghannouchi_arrest_2023", "2023-04-17"),
        ("ولا يزال المتهمون في مقتل لطفي نقض ينتظرون المحاكمة.", "2014-01-10", "attack", "lotfi_nagdh_killed_2012", "2012-10-18"),
        ("وتصاعد التوتر في طرابلس منذ مقتل عبد الغني الككلي.", "2025-06-01", "attack", "kikli_killed_2025", "2025-05-12"),
        ("Tension rose in Tripoli after the killing of Abdul Ghani al-Kikli.", "2025-06-01", "attack", "kikli_killed_2025", "2025-05-12"),
        ("وفتحت زيارة لابيد إلى المغرب الباب أمام اتفاقات جديدة.", "2021-12-01", "visit", "lapid_visit_morocco_2021", "2021-08-11"),
        ("وأثارت مذكرة التفاهم الدفاعية بين المغرب وإسرائيل غضب الجزائر.", "2022-01-10", "agreement",
         "morocco_israel_defense_mou_2021", "2021-11-24"),
        ("وتبنى حزب العمال الكردستاني هجوم توساش.", "2024-11-01", "attack", "tusas_attack_2024", "2024-10-23"),
        ("The PKK claimed the TUSAS attack.", "2024-11-01", "attack", "tusas_attack_2024", "2024-10-23"),
        ("وتبنت جماعة جند الله تفجير بيشين.", "2010-01-10", "attack", "pishin_bombing_2009", "2009-10-18"),
        ("Jundallah claimed the Pishin bombing.", "2010-01-10", "attack", "pishin_bombing_2009", "2009-10-18"),
        ("وضعفت جماعة جند الله بعد اعتقال عبد المالك ريغي.", "2011-01-10", "arrest", "rigi_captured_2010", "2010-02-23"),
        # elections named with their year
        ("وفاز حزب جبهة التحرير الوطني في الانتخابات التشريعية الجزائرية 2012.", "2013-01-10", "election",
         "algeria_parliamentary_election_2012", "2012-05-10"),
        ("وقاطعت المعارضة الانتخابات النيابية الأردنية 2010.", "2012-01-10", "election", "jordan_parliamentary_election_2010", "2010-11-09"),
        ("وارتفعت نسبة مشاركة النساء في انتخابات مجلس الشورى العماني 2019.", "2020-01-10", "election",
         "oman_shura_election_2019", "2019-10-27"),
        ("ومنح الاستفتاء الرئاسي السوري 2007 الأسد ولاية ثانية.", "2010-01-10", "election",
         "syria_presidential_referendum_2007", "2007-05-27"),
    ],
)
def test_a_retold_event_is_dated_from_the_catalog(text, published, event_type, ref_id, date):
    found = [e for e in extract(text, published) if e["event_type"] == event_type]
    assert found, extract(text, published)
    assert (found[0]["date"], found[0]["date_basis"], found[0]["reference_id"]) == (date, "reference", ref_id), found


@pytest.mark.parametrize(
    ("text", "published", "event_type", "ref_id", "date", "precision"),
    [
        # events the catalog knows only to the month
        ("ومنذ اقتحام سجني أبو غريب والتاجي تزايدت هجمات التنظيم.", "2014-01-10", "attack",
         "abu_ghraib_prison_break_2013", "2013-07", "month"),
        ("وتوترت العلاقات بين موسكو وتبليسي منذ الحرب الروسية الجورجية.", "2012-01-10", "attack",
         "russia_georgia_war_2008", "2008-08", "month"),
    ],
)
def test_a_retold_event_known_to_the_month_keeps_that_precision(text, published, event_type, ref_id, date, precision):
    found = [e for e in extract(text, published) if e["event_type"] == event_type]
    assert found, extract(text, published)
    e = found[0]
    assert (e["date"], e["date_precision"], e["date_basis"], e["reference_id"]) == (date, precision, "reference", ref_id), found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a new event of the same kind keeps its own date
        ("وقتل ثلاثة أشخاص في انفجار جديد في مرفأ بيروت اليوم.", "2023-03-10"),
        ("A new round of talks between Biden and Putin opened today.", "2021-12-07"),
        ("وفرض مجلس الأمن عقوبات جديدة على إيران.", "2010-07-10"),
        ("The Security Council imposed new sanctions on Iran.", "2010-07-10"),
        ("وتوصل المشاركون في ملتقى الحوار السياسي الليبي إلى اتفاق جديد.", "2021-01-10"),
        ("وأوقفت السلطات الغنوشي مجددا اليوم.", "2023-04-20"),
        ("وتجري في سلطنة عمان اليوم انتخابات مجلس الشورى.", "2027-10-31"),
        # a visit of another leader told beside a catalogued tour is not that tour
        ("وتأتي زيارته بعد أن أجرى ولي العهد السعودي الأمير محمد بن سلمان زيارة ناجحة إلى الولايات المتحدة استمرت ثلاثة أسابيع.",
         "2018-04-10"),
    ],
)
def test_a_new_event_of_the_same_kind_is_not_a_catalogued_one(text, published):
    found = [e for e in extract(text, published) if e["date_basis"] == "reference"]
    assert not found, found


@pytest.mark.parametrize(
    ("text", "published", "event_type", "ref_id", "date"),
    [
        # the American wires abbreviate the month and drop the article of a name
        ("Security was tightened after the Sept. 11 attacks.", "2005-03-01", "attack", "september_11_attacks", "2001-09-11"),
        ("Prosecutors charged hundreds of people over the Jan. 6 riot.", "2022-03-01", "attack", "capitol_attack_2021", "2021-01-06"),
        ("The hostages were taken in the Oct. 7, 2023, attack.", "2024-03-01", "attack", "october_7_attack_2023", "2023-10-07"),
        ("Syria has changed since the fall of Bashar Assad.", "2025-03-01", "appointment", "fall_of_assad_2024", "2024-12-08"),
        ("Refugees began returning after the ouster of Bashar Assad.", "2025-03-01", "appointment", "fall_of_assad_2024", "2024-12-08"),
    ],
)
def test_a_wire_name_of_a_catalogued_event_names_it(text, published, event_type, ref_id, date):
    found = [e for e in extract(text, published) if e["event_type"] == event_type]
    assert found, extract(text, published)
    assert (found[0]["date"], found[0]["reference_id"]) == (date, ref_id), found
