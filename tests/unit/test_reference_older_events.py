"""Well-known events of the region, many before 2011, that the press retells without a
date: Iraq after 2003, the second intifada, Lebanon 2005-2008, Yemen's transition, Sudan
and Somalia, the Maghreb, Iran, the Gulf and Jordan, Egypt before 2013 and Turkey, dated
from the reference catalog; a new event of the same kind keeps its own date."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "event_type", "ref_id", "date"),
    [
        # Iraq 2003-2011
        (
            "وشهد العراق موجة عنف طائفي بعد إعدام صدام حسين.",
            "2010-05-01",
            "arrest",
            "saddam_execution_2006",
            "2006-12-30",
        ),
        (
            "Sectarian violence rose after the execution of Saddam Hussein.",
            "2010-05-01",
            "arrest",
            "saddam_execution_2006",
            "2006-12-30",
        ),
        (
            "وشارك في معركة الفلوجة الثانية آلاف الجنود الأمريكيين.",
            "2015-05-01",
            "attack",
            "second_battle_fallujah_2004",
            "2004-11-07",
        ),
        (
            "Thousands of US Marines fought in the Second Battle of Fallujah.",
            "2015-05-01",
            "attack",
            "second_battle_fallujah_2004",
            "2004-11-07",
        ),
        (
            "وأدين أربعة من حراس شركة بلاك ووتر في مجزرة ساحة النسور.",
            "2015-05-01",
            "attack",
            "nisour_square_massacre_2007",
            "2007-09-16",
        ),
        (
            "Four Blackwater guards were convicted over the Nisour Square massacre.",
            "2015-05-01",
            "attack",
            "nisour_square_massacre_2007",
            "2007-09-16",
        ),
        (
            "ومنذ عملية صولة الفرسان فقد جيش المهدي سيطرته على البصرة.",
            "2012-01-01",
            "attack",
            "charge_of_the_knights_2008",
            "2008-03-25",
        ),
        (
            "وخسرت القاعدة مواقعها بعد اغتيال محمد باقر الحكيم.",
            "2016-07-03",
            "attack",
            "baqir_al_hakim_killed_2003",
            "2003-08-29",
        ),
        # Palestine and Israel
        (
            "وأفرج عن مئات الأسرى في صفقة وفاء الأحرار.",
            "2020-04-05",
            "agreement",
            "shalit_prisoner_exchange_2011",
            "2011-10-11",
        ),
        (
            "Hundreds of prisoners were freed in the Shalit deal.",
            "2020-04-05",
            "agreement",
            "shalit_prisoner_exchange_2011",
            "2011-10-11",
        ),
        (
            "واندلعت الانتفاضة بعد اقتحام شارون للمسجد الأقصى.",
            "2020-09-28",
            "visit",
            "sharon_temple_mount_visit_2000",
            "2000-09-28",
        ),
        (
            "The uprising erupted after Ariel Sharon's visit to the Temple Mount.",
            "2020-09-28",
            "visit",
            "sharon_temple_mount_visit_2000",
            "2000-09-28",
        ),
        ("ولا تزال ذكرى معركة مخيم جنين 2002 حاضرة.", "2020-04-05", "attack", "battle_of_jenin_2002", "2002-04"),
        (
            "واستعادت فلسطين زخما منذ حصول فلسطين على صفة دولة مراقب.",
            "2015-07-03",
            "relations",
            "palestine_un_observer_state_2012",
            "2012-11-29",
        ),
        (
            "وجاء ذلك بعد اعتراف إسبانيا وأيرلندا والنرويج بدولة فلسطين.",
            "2024-08-01",
            "relations",
            "spain_ireland_norway_recognise_palestine_2024",
            "2024-05-28",
        ),
        (
            "It followed the recognition of Palestine by Spain, Ireland and Norway.",
            "2024-08-01",
            "relations",
            "spain_ireland_norway_recognise_palestine_2024",
            "2024-05-28",
        ),
        (
            "ورحبت السلطة باعتراف فرنسا بدولة فلسطين.",
            "2025-10-15",
            "relations",
            "france_recognises_palestine_2025",
            "2025-09-22",
        ),
        # Lebanon
        (
            "وقتل نحو 400 شخص في معارك نهر البارد بين الجيش اللبناني وفتح الإسلام.",
            "2017-05-20",
            "attack",
            "nahr_al_bared_2007",
            "2007-05-20",
        ),
        ("وسقط عشرات المدنيين في مجزرة قانا الثانية.", "2016-07-30", "attack", "qana_airstrike_2006", "2006-07-30"),
        (
            "وانتهى الفراغ الرئاسي بانتخاب ميشال سليمان.",
            "2014-05-25",
            "election",
            "michel_suleiman_elected_2008",
            "2008-05-25",
        ),
        (
            "وجاء ذلك بعد اغتيال إبراهيم عقيل في الضاحية الجنوبية.",
            "2024-11-20",
            "attack",
            "ibrahim_aqil_killed_2024",
            "2024-09-20",
        ),
        (
            "It came after the killing of Ibrahim Aqil in Beirut's southern suburbs.",
            "2024-11-20",
            "attack",
            "ibrahim_aqil_killed_2024",
            "2024-09-20",
        ),
        # Yemen
        (
            "ودخل الحوثيون صنعاء قبل توقيع اتفاق السلم والشراكة.",
            "2019-09-21",
            "agreement",
            "peace_partnership_agreement_2014",
            "2014-09-21",
        ),
        (
            "The Houthis entered Sanaa before the Peace and National Partnership Agreement was signed.",
            "2019-09-21",
            "agreement",
            "peace_partnership_agreement_2014",
            "2014-09-21",
        ),
        (
            "وأصيب صالح بجروح في تفجير جامع دار الرئاسة.",
            "2017-12-05",
            "attack",
            "presidential_palace_mosque_attack_2011",
            "2011-06-03",
        ),
        (
            "وقتل العشرات في مجزرة جمعة الكرامة بساحة التغيير في صنعاء.",
            "2019-03-18",
            "attack",
            "friday_of_dignity_2011",
            "2011-03-18",
        ),
        ("وتحرك الحوثيون بعد استقالة الرئيس هادي.", "2016-07-03", "appointment", "hadi_resignation_2015", "2015-01-22"),
        # Sudan, South Sudan, Somalia, Kenya
        (
            "Bashir has travelled widely since the ICC arrest warrant for Omar al-Bashir.",
            "2015-06-15",
            "arrest",
            "bashir_icc_warrant_2009",
            "2009-03-04",
        ),
        (
            "وفرضت عقوبات على السودان بعد صدور مذكرة توقيف البشير.",
            "2015-06-15",
            "arrest",
            "bashir_icc_warrant_2009",
            "2009-03-04",
        ),
        (
            "وتدهورت العلاقات بين الخرطوم وجوبا بعد أزمة هجليج.",
            "2015-06-15",
            "attack",
            "heglig_crisis_2012",
            "2012-04-10",
        ),
        ("Relations soured after the Heglig crisis.", "2015-06-15", "attack", "heglig_crisis_2012", "2012-04-10"),
        (
            "واندلعت الحرب الأهلية في جنوب السودان بعد خلاف بين كير ومشار.",
            "2016-07-03",
            "attack",
            "south_sudan_civil_war_2013",
            "2013-12-15",
        ),
        (
            "وأغضبت مذكرة التفاهم بين إثيوبيا وأرض الصومال مقديشو.",
            "2024-03-01",
            "agreement",
            "ethiopia_somaliland_mou_2024",
            "2024-01-01",
        ),
        (
            "The Ethiopia-Somaliland memorandum of understanding angered Mogadishu.",
            "2024-03-01",
            "agreement",
            "ethiopia_somaliland_mou_2024",
            "2024-01-01",
        ),
        ("وقتل 67 شخصا في هجوم ويست غيت في نيروبي.", "2018-09-21", "attack", "westgate_attack_2013", "2013-09-21"),
        (
            "Al-Shabaab killed 67 people in the Westgate mall attack in Nairobi.",
            "2018-09-21",
            "attack",
            "westgate_attack_2013",
            "2013-09-21",
        ),
        # the Maghreb
        ("وقتل 11 عنصرا من قوات الأمن في أحداث اكديم ازيك.", "2017-07-19", "attack", "gdeim_izik_2010", "2010-11-08"),
        (
            "وحقق المغرب إنجازات كبيرة منذ اعتلاء الملك محمد السادس العرش.",
            "2019-07-30",
            "appointment",
            "mohammed_vi_accession_1999",
            "1999-07-23",
        ),
        # Iran, the Gulf and Jordan
        (
            "وتقيد اقتحام السفارة الأمريكية في طهران العلاقات منذ عقود.",
            "2019-11-04",
            "attack",
            "iran_hostage_crisis_1979",
            "1979-11-04",
        ),
        (
            "The Iran hostage crisis has shaped relations for decades.",
            "2019-11-04",
            "attack",
            "iran_hostage_crisis_1979",
            "1979-11-04",
        ),
        (
            "وزادت التوترات بعد الضربة الإسرائيلية على أصفهان.",
            "2024-06-01",
            "attack",
            "israel_strikes_iran_apr_2024",
            "2024-04-19",
        ),
        (
            "وكان الشيخ حمد قد تولى الحكم في انقلاب 1995 في قطر.",
            "2019-07-03",
            "appointment",
            "qatar_coup_1995",
            "1995-06-27",
        ),
        (
            "واعتقل باسم عوض الله في قضية الفتنة في الأردن.",
            "2022-07-03",
            "arrest",
            "jordan_sedition_case_2021",
            "2021-04-03",
        ),
        # Egypt and Turkey
        (
            "وشهدت مصر احتجاجات واسعة بعد مقتل خالد سعيد في الإسكندرية.",
            "2015-07-03",
            "attack",
            "khaled_said_killed_2010",
            "2010-06-06",
        ),
        (
            "Protests spread after the killing of Khaled Said in Alexandria.",
            "2015-07-03",
            "attack",
            "khaled_said_killed_2010",
            "2010-06-06",
        ),
        (
            "وتحاكم قيادات الإخوان في قضية أحداث الاتحادية.",
            "2015-07-03",
            "attack",
            "ittihadiya_clashes_2012",
            "2012-12-05",
        ),
        ("وجاء ذلك بعد إقالة المشير طنطاوي.", "2015-07-03", "appointment", "tantawi_dismissed_2012", "2012-08-12"),
        (
            "وتعثرت بروتوكولات زيوريخ بين تركيا وأرمينيا.",
            "2015-07-03",
            "agreement",
            "zurich_protocols_2009",
            "2009-10-10",
        ),
        (
            "The Zurich Protocols between Turkey and Armenia were never ratified.",
            "2015-07-03",
            "agreement",
            "zurich_protocols_2009",
            "2009-10-10",
        ),
        # 2025
        (
            "ونددت نقابة الصحفيين باغتيال الصحفي أنس الشريف.",
            "2025-09-01",
            "attack",
            "anas_al_sharif_killed_2025",
            "2025-08-10",
        ),
        (
            "Press groups condemned the killing of Anas al-Sharif.",
            "2025-09-01",
            "attack",
            "anas_al_sharif_killed_2025",
            "2025-08-10",
        ),
        (
            "وتوقفت الغارات بعد الاتفاق الأمريكي الحوثي.",
            "2025-07-01",
            "ceasefire",
            "us_houthi_ceasefire_2025",
            "2025-05-06",
        ),
        (
            "The raids stopped after the US-Houthi ceasefire.",
            "2025-07-01",
            "ceasefire",
            "us_houthi_ceasefire_2025",
            "2025-05-06",
        ),
        (
            "وشنت واشنطن أكثر من ألف غارة منذ بدء عملية الفارس الخشن.",
            "2025-07-01",
            "attack",
            "us_strikes_houthis_mar_2025",
            "2025-03-15",
        ),
        (
            "More than a thousand strikes were carried out in Operation Rough Rider.",
            "2025-07-01",
            "attack",
            "us_strikes_houthis_mar_2025",
            "2025-03-15",
        ),
        (
            "ونالت الثقة بعد تشكيل حكومة نواف سلام.",
            "2025-05-01",
            "appointment",
            "nawaf_salam_government_2025",
            "2025-02-08",
        ),
        (
            "وجاء ذلك بعد قصف مبنى هيئة الأركان في دمشق.",
            "2025-08-01",
            "attack",
            "israel_strikes_damascus_jul_2025",
            "2025-07-16",
        ),
        (
            "وصوت الجزائريون في استفتاء الوئام المدني.",
            "2015-08-01",
            "election",
            "algeria_civil_concord_referendum_1999",
            "1999-09-16",
        ),
        (
            "وشنت إثيوبيا الغزو الإثيوبي للصومال ضد المحاكم الإسلامية.",
            "2015-08-01",
            "attack",
            "ethiopian_invasion_somalia_2006",
            "2006-12",
        ),
        # Gulf and Sudanese elections named with their year: the catalog gives the day
        (
            "وحصدت المعارضة 24 مقعدا في الانتخابات البرلمانية الكويتية 2016.",
            "2018-03-10",
            "election",
            "kuwait_election_2016",
            "2016-11-26",
        ),
        (
            "وفاز البشير في الانتخابات العامة السودانية 2010.",
            "2018-03-10",
            "election",
            "sudan_general_election_2010",
            "2010-04-11",
        ),
        # more of Egypt, Iraq, Syria, Palestine, Algeria and Turkey
        (
            "Mubarak's life sentence was overturned on appeal.",
            "2014-11-29",
            "arrest",
            "mubarak_life_sentence_2012",
            "2012-06-02",
        ),
        (
            "وتراجع نفوذ المالكي منذ تكليف حيدر العبادي بتشكيل الحكومة.",
            "2016-11-29",
            "appointment",
            "abadi_designated_2014",
            "2014-08-11",
        ),
        (
            "وتعهد بالإصلاح منذ تولي بشار الأسد الحكم.",
            "2010-11-29",
            "appointment",
            "bashar_assad_succession_2000",
            "2000-07-17",
        ),
        (
            "Reform was promised when Bashar al-Assad took power.",
            "2010-11-29",
            "appointment",
            "bashar_assad_succession_2000",
            "2000-07-17",
        ),
        (
            "وتعثر تطبيق اتفاق المصالحة الفلسطينية 2011.",
            "2013-11-29",
            "agreement",
            "fatah_hamas_cairo_agreement_2011",
            "2011-05-04",
        ),
        (
            "ودخلت الجزائر العشرية السوداء بعد توقيف المسار الانتخابي.",
            "2019-11-29",
            "appointment",
            "algeria_coup_1992",
            "1992-01-11",
        ),
        (
            "وتغيرت السياسة الأمريكية منذ لقاء ترامب والشرع في الرياض.",
            "2025-07-01",
            "meeting",
            "trump_sharaa_riyadh_2025",
            "2025-05-14",
        ),
        (
            "US policy changed after Trump's meeting with Sharaa in Riyadh.",
            "2025-07-01",
            "meeting",
            "trump_sharaa_riyadh_2025",
            "2025-05-14",
        ),
        (
            "It came after Sharaa's visit to the White House.",
            "2025-12-01",
            "visit",
            "sharaa_white_house_visit_2025",
            "2025-11-10",
        ),
        ("وقتل 10 سياح ألمان في تفجير السلطان أحمد.", "2017-01-12", "attack", "sultanahmet_bombing_2016", "2016-01-12"),
        # Tunisia before 2011
        (
            "وسجن عشرات النقابيين بعد انتفاضة الحوض المنجمي.",
            "2018-01-05",
            "protest",
            "gafsa_mining_basin_protests_2008",
            "2008-01",
        ),
        (
            "وفاز بن علي بنسبة 89 في المئة في الانتخابات الرئاسية التونسية 2009.",
            "2018-01-05",
            "election",
            "tunisia_presidential_election_2009",
            "2009-10-25",
        ),
        # the presidential election of the same year in a neighbouring country is not the Algerian one
        ("وجرت رئاسيات 2009 في تونس.", "2015-08-01", "election", "tunisia_presidential_election_2009", "2009-10-25"),
        # retold from beyond the region
        ("وقتل 191 شخصا في تفجيرات مدريد.", "2015-07-03", "attack", "madrid_train_bombings_2004", "2004-03-11"),
        (
            "Fifty-two people were killed in the 7/7 bombings.",
            "2015-07-03",
            "attack",
            "london_bombings_2005",
            "2005-07-07",
        ),
    ],
)
def test_an_older_well_known_event_is_dated_from_the_catalog(text, published, event_type, ref_id, date):
    found = [e for e in extract(text, published) if e["event_type"] == event_type]
    assert found, extract(text, published)
    assert (found[0]["date"], found[0]["date_basis"], found[0]["reference_id"]) == (date, "reference", ref_id), found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a new event of the same kind in the same place keeps the article's date
        ("وأعلن الجيش بدء معركة جديدة في الفلوجة.", "2016-05-23"),
        ("وأجريت انتخابات جديدة في موريتانيا.", "2016-05-23"),
        ("ووقعت تفجيرات جديدة في مدريد.", "2016-05-23"),
        ("The two sides agreed to a new round of talks in Zurich.", "2016-05-23"),
        ("Israel held a new election after the Knesset was dissolved.", "2019-05-30"),
        ("وأجرت إسرائيل انتخابات جديدة بعد حل الكنيست.", "2019-05-30"),
        # the indefinite accusative جديدا ("اتفاقا جديدا") marks a new instance as جديد does
        ("ووقعت الحكومة الليبية والمجلس الرئاسي اتفاقا جديدا في الصخيرات.", "2019-03-10"),
        ("ووقع الشرع ومظلوم عبدي اتفاقا جديدا بشأن حلب.", "2025-10-10"),
        ("وتجري الكويت انتخابات برلمانية جديدة.", "2023-05-01"),
        ("وزار الشرع البيت الأبيض مجددا.", "2026-01-12"),
        # Abadi abolishing the vice-presidencies, Maliki's among them, is not his designation
        ("وأقال العبادي نواب رئيس الجمهورية ومنهم المالكي.", "2015-08-11"),
        # names that other events share: Iraq's federal police (الاتحادية), a later Mahalla strike,
        # a later Trump-Sharaa meeting
        ("وتجددت اشتباكات الاتحادية مع البيشمركة قرب كركوك.", "2017-10-20"),
        ("وبدأ إضراب المحلة للمطالبة بصرف الأرباح.", "2014-02-10"),
        ("وجاء ذلك خلال لقاء ترامب والشرع في البيت الأبيض.", "2025-11-11"),
        ("وخرجت احتجاجات جديدة في الحوض المنجمي.", "2018-01-05"),
        # the dismissal of Hadi's deputy is not Hadi's own resignation
        ("وأقال الرئيس هادي نائبه خالد بحاح من منصبه.", "2016-04-03"),
        # a later arrest warrant against another leader is not the 2009 warrant against Bashir
        ("وأصدرت المحكمة الجنائية الدولية مذكرة توقيف بحق بوتين.", "2023-03-17"),
        ("The Houthis and Washington agreed a new ceasefire.", "2025-07-01"),
        # an event the catalog knows cannot be told before it happened
        ("وأعلنت إسبانيا وأيرلندا والنرويج أنها ستعترف بدولة فلسطين.", "2023-05-22"),
    ],
)
def test_a_new_event_of_a_kind_the_catalog_knows_keeps_its_own_date(text, published):
    found = [e for e in extract(text, published) if e["date_basis"] == "reference"]
    assert not found, found
