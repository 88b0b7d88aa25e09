"""Well-known events of 1999-2025 the press retells by name without a date (killings
named by the person, offensives and operations by their name, summits by their
place, referendums, deals, visits and appointments), dated from the reference
catalog; and new events of the same kind that keep their own date."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "event_type", "ref_id", "date"),
    [
        # killings named by the person
        ("واتهم حزب الله إسرائيل باغتيال عماد مغنية في دمشق.", "2010-02-12", "attack", "mughniyeh_killed_2008", "2008-02-12"),
        ("Hezbollah blamed Israel for the assassination of Imad Mughniyeh in Damascus.", "2010-02-12", "attack",
         "mughniyeh_killed_2008", "2008-02-12"),
        ("وكشفت شرطة دبي هويات المتورطين في اغتيال محمود المبحوح.", "2011-01-10", "attack", "mabhouh_killed_2010", "2010-01-19"),
        ("Dubai police named the suspects in the assassination of Mahmoud al-Mabhouh.", "2011-01-10", "attack",
         "mabhouh_killed_2010", "2010-01-19"),
        ("وتصاعد التوتر على الحدود اللبنانية منذ اغتيال سمير القنطار.", "2016-02-01", "attack", "kuntar_killed_2015", "2015-12-19"),
        ("وأحيا الفلسطينيون ذكرى اغتيال عبد العزيز الرنتيسي.", "2019-04-17", "attack", "rantisi_killed_2004", "2004-04-17"),
        ("ولم تكشف التحقيقات عن المسؤولين عن اغتيال لقمان سليم.", "2022-02-04", "attack", "lokman_slim_killed_2021", "2021-02-04"),
        ("Nobody has been convicted over the assassination of Hisham al-Hashimi.", "2022-07-06", "attack",
         "hisham_al_hashimi_killed_2020", "2020-07-06"),
        ("وتراجع نفوذ تنظيم القاعدة في العراق بعد مقتل أبو مصعب الزرقاوي.", "2008-01-10", "attack",
         "zarqawi_killed_2006", "2006-06-07"),
        ("وتصاعد التوتر في غزة منذ اغتيال بهاء أبو العطا.", "2020-01-10", "attack", "abu_al_ata_killed_2019", "2019-11-12"),
        # the October 7 attack by its doer and its place
        ("Hamas's attack on southern Israel and the war that followed halted normalisation.", "2024-12-17", "attack",
         "october_7_attack_2023", "2023-10-07"),
        ("وأدى هجوم حماس على جنوب إسرائيل إلى اندلاع الحرب في غزة.", "2024-12-17", "attack", "october_7_attack_2023",
         "2023-10-07"),
        # attacks named by their city, in the plural or the dual of either word
        ("ودان الوزير اعتداءات طهران.", "2017-06-10", "attack", "tehran_attacks_2017", "2017-06-07"),
        ("وتبنى تنظيم داعش هجومي طهران.", "2017-06-10", "attack", "tehran_attacks_2017", "2017-06-07"),
        ("وما زالت صورة استشهاد الطفل محمد الدرة حاضرة في الذاكرة.", "2020-09-30", "attack", "muhammad_al_durrah_2000", "2000-09-30"),
        # offensives, operations and attacks named by the place or the operation
        ("ونزح عشرات الآلاف خلال عملية البازلت في الجنوب السوري.", "2019-06-01", "attack",
         "southern_syria_offensive_2018", "2018-06-18"),
        ("Tens of thousands fled during Operation Damascus Steel.", "2019-06-01", "attack",
         "eastern_ghouta_offensive_2018", "2018-02-18"),
        ("وطرد تنظيم داعش من تلعفر في عملية قادمون يا تلعفر.", "2018-08-01", "attack", "tal_afar_offensive_2017", "2017-08-20"),
        ("وتشدد الأمن في تركيا منذ تفجيرات الريحانية.", "2014-01-10", "attack", "reyhanli_bombings_2013", "2013-05-11"),
        ("Security was tightened in Istanbul after the Besiktas bombings.", "2017-03-01", "attack",
         "besiktas_bombings_2016", "2016-12-10"),
        ("وقتل العشرات في قصف مركز إيواء المهاجرين في تاجوراء.", "2020-01-10", "attack",
         "tajoura_airstrike_2019", "2019-07-02"),
        ("وتصاعد التوتر بين لندن وطهران منذ احتجاز الناقلة غريس 1.", "2019-10-01", "attack",
         "grace_1_seizure_2019", "2019-07-04"),
        ("ولم تتعاف الحكومة منذ الهجوم على مطار عدن أثناء وصول الحكومة.", "2021-06-01", "attack",
         "aden_airport_attack_2020", "2020-12-30"),
        # events the 2017-2018 press retells
        ("ولم يتبق من الموصل القديمة سوى الركام منذ تفجير جامع النوري الكبير.", "2018-03-01", "attack",
         "nuri_mosque_destroyed_2017", "2017-06-21"),
        ("وعاد آلاف النازحين إلى المدينة منذ إعلان تحرير بنغازي.", "2018-01-10", "attack", "benghazi_liberation_2017", "2017-07-05"),
        ("Thousands of displaced people returned after the liberation of Benghazi.", "2018-01-10", "attack",
         "benghazi_liberation_2017", "2017-07-05"),
        ("وتوترت العلاقات بين عمان وتل أبيب بعد حادثة السفارة الإسرائيلية في عمان.", "2018-01-10", "attack",
         "amman_embassy_incident_2017", "2017-07-23"),
        ("وانتشر الجيش اللبناني على الحدود منذ عملية فجر الجرود.", "2018-05-01", "attack", "fajr_al_jurud_2017", "2017-08-19"),
        ("The Lebanese army has held the border since Operation Dawn of the Hills.", "2018-05-01", "attack",
         "fajr_al_jurud_2017", "2017-08-19"),
        ("وتدفقت المساعدات على المدينة منذ فك الحصار عن دير الزور.", "2018-01-10", "attack",
         "deir_ez_zor_siege_broken_2017", "2017-09-05"),
        ("وأعلنت وزارة الصحة الحداد بعد استشهاد المسعفة رزان النجار.", "2018-07-01", "attack",
         "razan_al_najjar_killed_2018", "2018-06-01"),
        ("وتصاعد العنف في عدن منذ اغتيال محافظ عدن جعفر محمد سعد.", "2016-06-01", "attack",
         "aden_governor_killed_2015", "2015-12-06"),
        ("Iran has avoided a direct clash with Israel since Operation House of Cards.", "2019-01-01", "attack",
         "israel_strikes_iran_syria_may_2018", "2018-05-10"),
        ("ومهدت زيارة البشير إلى دمشق لعودة العلاقات العربية مع سوريا.", "2019-03-01", "visit",
         "bashir_visit_damascus_2018", "2018-12-16"),
        # summits, conferences and talks
        ("وأكد المشاركون في مؤتمر باليرمو دعمهم للحل السياسي في ليبيا.", "2019-01-10", "meeting",
         "palermo_conference_2018", "2018-11-12"),
        ("Participants in the Palermo conference backed the UN plan for Libya.", "2019-01-10", "meeting",
         "palermo_conference_2018", "2018-11-12"),
        ("وتعثرت المفاوضات اليمنية منذ فشل مشاورات الكويت.", "2017-01-10", "meeting", "kuwait_yemen_talks_2016", "2016-04-21"),
        ("وأعلن المشاركون في قمة القاهرة للسلام رفضهم تهجير الفلسطينيين.", "2024-01-10", "meeting",
         "cairo_peace_summit_2023", "2023-10-21"),
        # referendums and elections
        ("ومنذ الاستفتاء على ميثاق العمل الوطني شهدت البحرين إصلاحات.", "2010-02-14", "election",
         "bahrain_national_action_charter_2001", "2001-02-14"),
        ("وأجريت أول انتخابات لمجلس الشورى القطري بمشاركة واسعة.", "2022-06-01", "election",
         "qatar_shura_election_2021", "2021-10-02"),
        # agreements
        ("وقسمت اتفاقية نيفاشا الثروة والسلطة بين الشمال والجنوب.", "2012-01-10", "agreement",
         "sudan_comprehensive_peace_agreement_2005", "2005-01-09"),
        ("The Naivasha Agreement paved the way for South Sudan's independence.", "2012-01-10", "agreement",
         "sudan_comprehensive_peace_agreement_2005", "2005-01-09"),
        ("وتعثر تنفيذ اتفاق الشاطئ بين فتح وحماس.", "2015-01-10", "agreement", "shati_agreement_2014", "2014-04-23"),
        ("وأثار الاتفاق البحري المصري اليوناني غضب أنقرة.", "2021-01-10", "agreement", "egypt_greece_maritime_2020", "2020-08-06"),
        ("The Egypt-Greece maritime deal angered Ankara.", "2021-01-10", "agreement", "egypt_greece_maritime_2020", "2020-08-06"),
        ("The EU-Turkey deal cut the number of migrants crossing to Greece.", "2017-03-01", "agreement",
         "eu_turkey_deal_2016", "2016-03-18"),
        # deployments, exercises, visits, appointments and sanctions
        ("وتراقب عملية إيريني حظر الأسلحة المفروض على ليبيا.", "2021-01-10", "deployment", "irini_2020", "2020-03-31"),
        ("Operation Aspides has escorted dozens of ships in the Red Sea.", "2024-08-01", "deployment", "aspides_2024", "2024-02-19"),
        ("وشاركت قوات مصرية في مناورات رعد الشمال في السعودية.", "2017-01-10", "military_exercise",
         "northern_thunder_2016", "2016-02"),
        ("وفتحت زيارة محمد بن زايد إلى أنقرة صفحة جديدة بين البلدين.", "2022-03-01", "visit",
         "mbz_visit_turkey_2021", "2021-11-24"),
        ("وتحسنت العلاقات بين القاهرة وأنقرة منذ زيارة أردوغان إلى القاهرة.", "2024-06-01", "visit",
         "erdogan_visit_egypt_2024", "2024-02-14"),
        ("ومنذ تكليف نجلاء بودن برئاسة الحكومة لم يتغير الوضع.", "2022-06-01", "appointment",
         "bouden_appointed_2021", "2021-09-29"),
        ("وتفاقمت الأزمة مع دول الخليج بسبب أزمة تصريحات قرداحي.", "2022-03-01", "sanctions",
         "kordahi_crisis_2021", "2021-10-29"),
    ],
)
def test_a_named_event_is_dated_from_the_catalog(text, published, event_type, ref_id, date):
    found = [e for e in extract(text, published) if e["event_type"] == event_type and e["reference_id"] == ref_id]
    assert found, extract(text, published)
    assert (found[0]["date"], found[0]["date_basis"]) == (date, "reference"), found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a place that saw a catalogued attack sees later ones
        ("وقتل ثلاثة أشخاص في هجوم جديد في الريحانية.", "2015-02-10"),
        ("وقتل شخصان في غارة على تاجوراء.", "2019-09-10"),
        ("Two people were killed in an air strike on Tajoura.", "2019-09-10"),
        ("وقتل شرطي في تفجير في غازي عنتاب.", "2016-05-01"),
        ("وقصفت قوات النظام الغوطة الشرقية.", "2018-03-05"),
        ("وقتل خمسة في اشتباكات في عدن بين قوات المجلس الانتقالي والقوات الحكومية.", "2020-03-01"),
        # a later attack in a city whose liberation, siege or embassy incident is catalogued
        ("وشن الجيش الليبي هجوما على مسلحين في بنغازي.", "2017-07-20"),
        ("وقتل مسلح في إطلاق نار قرب السفارة الإسرائيلية في عمان.", "2024-11-24"),
        ("وقصفت طائرات روسية مواقع لداعش في دير الزور.", "2017-10-01"),
        # an attack on a town, or a coup attempt in a country, with a catalogued bombing or coup
        ("وقتل شخص في هجوم الريحانية الصاروخي.", "2018-01-25"),
        ("واستذكر الغابونيون محاولة الانقلاب العسكري في الغابون عام 2019.", "2024-01-10"),
        # a new referendum, summit, visit or appointment of the same kind
        ("وأجرت قطر استفتاء جديدا على تعديلات دستورية.", "2026-01-10"),
        ("Turkey held a new referendum on the constitution.", "2026-01-10"),
        ("وعقدت اللجنة الدستورية السورية جولة جديدة في جنيف.", "2021-01-25"),
        ("وعقد قادة الخليج قمة جديدة في الرياض.", "2023-12-05"),
        ("وتظاهر آلاف الإسرائيليين مجددا ضد خطة الإصلاح القضائي.", "2023-03-15"),
        # a later summit in the same city on the same war
        ("وعقدت قمة طهران الثلاثية حول سوريا وإدلب.", "2022-07-25"),
        ("Leaders met at the Tehran summit on Syria and Idlib.", "2022-07-25"),
    ],
)
def test_a_new_event_of_the_same_kind_keeps_its_own_date(text, published):
    found = [e for e in extract(text, published) if e["date_basis"] == "reference"]
    assert not found, found
