"""Well-known regional events of 2000-2025 the press retells without a date: massacres and
bombings named by their place, coups, resignations, deals and elections, dated from the
reference catalog; a fresh event of the same kind in the same place keeps its own date."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "event_type", "ref_id", "date"),
    [
        # massacres and bombings named by their place or victims
        (
            "وأحيا الأقباط ذكرى ضحايا تفجير كنيسة القديسين في الإسكندرية.",
            "2019-03-01",
            "attack",
            "two_saints_church_bombing_2011",
            "2011-01-01",
        ),
        (
            "Copts remembered the victims of the Two Saints Church bombing in Alexandria.",
            "2019-03-01",
            "attack",
            "two_saints_church_bombing_2011",
            "2011-01-01",
        ),
        (
            "وقضت المحكمة بإعدام المتهمين في قضية اغتيال النائب العام هشام بركات.",
            "2018-06-01",
            "attack",
            "barakat_assassination_2015",
            "2015-06-29",
        ),
        (
            "Egypt executed nine men convicted over the assassination of Hisham Barakat.",
            "2018-06-01",
            "attack",
            "barakat_assassination_2015",
            "2015-06-29",
        ),
        (
            "وتراجعت السياحة في تونس بعد تفجير حافلة الأمن الرئاسي في شارع محمد الخامس.",
            "2018-03-01",
            "attack",
            "tunis_bus_bombing_2015",
            "2015-11-24",
        ),
        ("وتسببت مجزرة ضحيان في موجة غضب دولية.", "2019-01-10", "attack", "dahyan_airstrike_2018", "2018-08-09"),
        (
            "The Dahyan air strike, which killed dozens of children, caused international outrage.",
            "2019-01-10",
            "attack",
            "dahyan_airstrike_2018",
            "2018-08-09",
        ),
        (
            "وحملت السلطة حركة حماس مسؤولية محاولة اغتيال رامي الحمد الله.",
            "2018-03-20",
            "attack",
            "hamdallah_convoy_bombing_2018",
            "2018-03-13",
        ),
        (
            "The government condemned the assassination attempt on Rami Hamdallah in Gaza.",
            "2018-05-01",
            "attack",
            "hamdallah_convoy_bombing_2018",
            "2018-03-13",
        ),
        (
            "وتحدث التونسي أنيس العامري منفذ هجوم برلين عن دوافعه.",
            "2017-02-01",
            "attack",
            "berlin_truck_attack_2016",
            "2016-12-19",
        ),
        (
            "Tunisia said Anis Amri, who carried out the Berlin Christmas market attack, had been radicalised in Italy.",
            "2017-02-01",
            "attack",
            "berlin_truck_attack_2016",
            "2016-12-19",
        ),
        (
            "وتصاعد التوتر بين واشنطن وطهران منذ اقتحام السفارة الأمريكية في بغداد.",
            "2020-02-01",
            "attack",
            "baghdad_embassy_storming_2019",
            "2019-12-31",
        ),
        (
            "Tensions rose after the storming of the US embassy in Baghdad by militia supporters.",
            "2020-02-01",
            "attack",
            "baghdad_embassy_storming_2019",
            "2019-12-31",
        ),
        (
            "وجاء الهجوم ردا على اغتيال فؤاد شكر في الضاحية الجنوبية.",
            "2024-09-01",
            "attack",
            "fuad_shukr_killed_2024",
            "2024-07-30",
        ),
        (
            "وزادت الضغوط على إسرائيل بعد مجزرة الطحين في شارع الرشيد.",
            "2024-05-01",
            "attack",
            "flour_massacre_2024",
            "2024-02-29",
        ),
        (
            "Pressure on Israel grew after the Flour massacre in Gaza City.",
            "2024-05-01",
            "attack",
            "flour_massacre_2024",
            "2024-02-29",
        ),
        (
            "The three soldiers were killed in the Tower 22 drone attack in Jordan.",
            "2024-03-01",
            "attack",
            "tower_22_attack_2024",
            "2024-01-28",
        ),
        (
            "ولم تحاسب إسرائيل أحدا على مجزرة المستشفى المعمداني.",
            "2024-03-01",
            "attack",
            "al_ahli_hospital_explosion_2023",
            "2023-10-17",
        ),
        ("وتصاعد التوتر في بيروت منذ أحداث الطيونة.", "2021-12-01", "attack", "tayouneh_clashes_2021", "2021-10-14"),
        (
            "وأدان العراق محاولة اغتيال الكاظمي بطائرات مسيرة.",
            "2021-12-01",
            "attack",
            "kadhimi_assassination_attempt_2021",
            "2021-11-07",
        ),
        (
            "وتصاعد التوتر بين لندن وطهران منذ احتجاز الناقلة ستينا إمبيرو.",
            "2019-08-01",
            "attack",
            "stena_impero_seizure_2019",
            "2019-07-19",
        ),
        (
            "Washington blamed Iran for the Fujairah tanker attacks.",
            "2019-07-01",
            "attack",
            "fujairah_tanker_attacks_2019",
            "2019-05-12",
        ),
        (
            "وتبنى تنظيم داعش تفجيري برج البراجنة.",
            "2016-01-10",
            "attack",
            "beirut_bombings_2015",
            "2015-11-12",
        ),
        (
            "وأغلقت السفارات أبوابها بعد الهجوم على فندق كورنثيا.",
            "2015-06-01",
            "attack",
            "corinthia_hotel_attack_2015",
            "2015-01-27",
        ),
        (
            "Embassies closed after the attack on the Corinthia Hotel in Tripoli.",
            "2015-06-01",
            "attack",
            "corinthia_hotel_attack_2015",
            "2015-01-27",
        ),
        (
            "واتهمت إيران إسرائيل بالوقوف وراء تفجير السفارة الإيرانية في بيروت.",
            "2014-06-01",
            "attack",
            "iranian_embassy_bombing_beirut_2013",
            "2013-11-19",
        ),
        (
            "وشددت بريطانيا الإجراءات الأمنية بعد هجوم جسر لندن 2017.",
            "2017-09-01",
            "attack",
            "london_bridge_attack_2017",
            "2017-06-03",
        ),
        (
            "وأحيا أهالي طرابلس ذكرى ضحايا تفجير مسجدي التقوى والسلام.",
            "2014-01-01",
            "attack",
            "tripoli_lebanon_mosque_bombings_2013",
            "2013-08-23",
        ),
        # battles, offensives and killings named by the city or the person
        (
            "ولم تتعاف حلب منذ سقوط حلب الشرقية بيد القوات الحكومية.",
            "2019-01-01",
            "attack",
            "fall_of_east_aleppo_2016",
            "2016-12-22",
        ),
        (
            "Aleppo has not recovered since the fall of eastern Aleppo to government forces.",
            "2019-01-01",
            "attack",
            "fall_of_east_aleppo_2016",
            "2016-12-22",
        ),
        (
            "ويرفض السكان العودة منذ تحرير الفلوجة من تنظيم داعش.",
            "2016-08-01",
            "attack",
            "fallujah_liberated_2016",
            "2016-06-26",
        ),
        (
            "Residents refuse to return since the liberation of Fallujah from ISIS.",
            "2016-08-01",
            "attack",
            "fallujah_liberated_2016",
            "2016-06-26",
        ),
        ("وأعلنت إسرائيل في أغسطس مقتل محمد الضيف.", "2025-01-01", "attack", "deif_killed_2024", "2024-07-13"),
        (
            "Mohammed Deif was killed in a strike on al-Mawasi.",
            "2025-01-01",
            "attack",
            "deif_killed_2024",
            "2024-07-13",
        ),
        ("وتكدس النازحون في المواصي منذ اجتياح رفح.", "2024-07-01", "attack", "rafah_offensive_2024", "2024-05-06"),
        (
            "Displaced people crowded into al-Mawasi since the Rafah offensive began.",
            "2024-07-01",
            "attack",
            "rafah_offensive_2024",
            "2024-05-06",
        ),
        # arrests, coups and resignations
        (
            "وتوقفت الاحتجاجات منذ اعتقال ناصر الزفزافي في الحسيمة.",
            "2017-06-01",
            "arrest",
            "zefzafi_arrest_2017",
            "2017-05-29",
        ),
        (
            "واندلعت احتجاجات واسعة في تركيا بعد اعتقال أكرم إمام أوغلو.",
            "2025-05-01",
            "arrest",
            "imamoglu_arrest_2025",
            "2025-03-19",
        ),
        (
            "Mass protests erupted in Turkey after the arrest of Ekrem Imamoglu.",
            "2025-05-01",
            "arrest",
            "imamoglu_arrest_2025",
            "2025-03-19",
        ),
        (
            "وعلقت المجموعة عضوية النيجر بعد الانقلاب العسكري في النيجر.",
            "2023-09-01",
            "appointment",
            "niger_coup_2023",
            "2023-07-26",
        ),
        (
            "ويعيش السودان فراغا منذ استقالة عبد الله حمدوك.",
            "2022-02-01",
            "appointment",
            "hamdok_resignation_2022",
            "2022-01-02",
        ),
        (
            "Sudan has had no prime minister since Hamdok's resignation.",
            "2022-02-01",
            "appointment",
            "hamdok_resignation_2022",
            "2022-01-02",
        ),
        (
            "Iraq has been in political limbo since the resignation of Adil Abdul-Mahdi.",
            "2019-12-15",
            "appointment",
            "abdul_mahdi_resignation_2019",
            "2019-11-29",
        ),
        (
            "ويرأس عمر الرزاز الحكومة منذ استقالة هاني الملقي.",
            "2018-07-01",
            "appointment",
            "mulki_resignation_2018",
            "2018-06-04",
        ),
        (
            "ويشهد السودان أزمة منذ سقوط نظام البشير وتتنازع الحكم فيه قوتان.",
            "2021-05-15",
            "appointment",
            "bashir_ousted_2019",
            "2019-04-11",
        ),
        (
            "Sudan has been in turmoil since the ouster of Omar al-Bashir.",
            "2021-05-15",
            "appointment",
            "bashir_ousted_2019",
            "2019-04-11",
        ),
        # elections and deals
        (
            "وحصل الإسلاميون على 15 مقعدا في الانتخابات النيابية الأردنية 2016.",
            "2017-01-01",
            "election",
            "jordan_parliamentary_election_2016",
            "2016-09-20",
        ),
        (
            "وحقق الإصلاحيون مكاسب في الانتخابات التشريعية الإيرانية 2016.",
            "2016-07-01",
            "election",
            "iran_legislative_election_2016",
            "2016-02-26",
        ),
        (
            "وعادت حركة الشاحنات بعد إعادة فتح منفذ سلوى بين البلدين.",
            "2021-02-01",
            "relations",
            "saudi_qatar_border_reopened_2021",
            "2021-01-04",
        ),
        (
            "Trucks crossed again after the reopening of the Salwa border crossing.",
            "2021-02-01",
            "relations",
            "saudi_qatar_border_reopened_2021",
            "2021-01-04",
        ),
        (
            "وأدى الغزواني اليمين بعد فوزه في الانتخابات الرئاسية الموريتانية 2019.",
            "2019-08-01",
            "election",
            "mauritania_presidential_election_2019",
            "2019-06-22",
        ),
        (
            "وتقدم حزب جبهة التحرير الوطني في الانتخابات التشريعية الجزائرية 2017.",
            "2017-06-01",
            "election",
            "algeria_parliamentary_election_2017",
            "2017-05-04",
        ),
        (
            "وانهار الاتفاق الإطاري في السودان مع اندلاع الحرب.",
            "2023-05-01",
            "agreement",
            "sudan_framework_agreement_2022",
            "2022-12-05",
        ),
        (
            "Neither side respected the Jeddah Declaration on Sudan.",
            "2023-06-01",
            "agreement",
            "jeddah_declaration_sudan_2023",
            "2023-05-11",
        ),
    ],
)
def test_a_retold_regional_event_is_dated_from_the_catalog(text, published, event_type, ref_id, date):
    found = [e for e in extract(text, published) if e["event_type"] == event_type and e["reference_id"] == ref_id]
    assert found, extract(text, published)
    assert (found[0]["date"], found[0]["date_basis"]) == (date, "reference"), found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("وقتل ثلاثة أشخاص في هجوم جديد في المنيا.", "2019-01-10"),
        ("Three people were killed in a new attack in Minya.", "2019-01-10"),
        ("وقتل جندي في هجوم جديد في الشيخ زويد.", "2016-01-10"),
        ("وشنت إسرائيل غارة جديدة على رفح.", "2024-08-20"),
        ("وقتل خمسة في تفجير جديد في ساحة الطيران ببغداد.", "2021-05-01"),
        ("Five people were killed in another bombing in Tayaran Square in Baghdad.", "2021-05-01"),
        ("وقتل جنديان أمريكيان في هجوم جديد على قاعدة في الأردن.", "2024-02-10"),
        ("وأعلنت إسرائيل اغتيال قيادي جديد في حزب الله في بيروت.", "2024-10-01"),
        # a place that saw a catalogued offensive or attack sees others: its bare name is no alias
        ("وقتل عشرات الفلسطينيين في العملية العسكرية الإسرائيلية في رفح.", "2025-04-01"),
        ("وقتل ثلاثة جنود في هجمات الشيخ زويد.", "2017-01-01"),
        ("Three soldiers were killed in the Sheikh Zuweid attacks.", "2017-01-01"),
        # a place where a catalogued strike or killing happened, or the aid group it hit,
        # is no name of that event: later strikes there are the day's news
        ("وقتل فلسطيني في غارة إسرائيلية على بيت حانون.", "2019-05-01"),
        ("A Palestinian was killed in an Israeli strike on Beit Hanoun.", "2019-05-01"),
        ("وقتل خمسة في غارة إسرائيلية على خيام النازحين في المواصي.", "2025-01-15"),
        ("Five people were killed in an Israeli strike on tents in al-Mawasi.", "2025-01-15"),
        ("وقتل أحد موظفي المطبخ المركزي العالمي في غارة على خان يونس.", "2024-12-01"),
        ("وقصفت طائرات إسرائيلية مواقع لحزب الله في القصير.", "2024-10-01"),
        ("Israeli jets struck Hezbollah positions near Qusayr.", "2024-10-01"),
        ("وقصفت إسرائيل المستشفى الأهلي العربي المعمداني في غزة.", "2025-04-14"),
        ("وقتل شرطي في مداهمة أمنية في القديح بالقطيف.", "2017-05-10"),
        ("وقتل أربعة في تفجير انتحاري قرب السفارة الإيرانية في بئر حسن.", "2014-03-01"),
        # an election days or weeks ahead is not yet an event
        ("ودعت الهيئة المستقلة الأردنيين إلى المشاركة في الانتخابات النيابية.", "2016-09-10"),
        # a protest in a town whose movement is catalogued is the day's protest
        ("وتظاهر المئات في الحسيمة للمطالبة بالإفراج عن الزفزافي.", "2017-07-10"),
        ("Hundreds protested in Al Hoceima to demand the release of Zefzafi.", "2017-07-10"),
        ("وتظاهر الأردنيون مجددا ضد قانون ضريبة الدخل الجديد.", "2018-11-20"),
        ("Jordanians protested again against the new income tax law.", "2018-11-20"),
        ("وأعلن السودان تعيين رئيس وزراء جديد خلفا لحمدوك.", "2022-03-01"),
    ],
)
def test_a_new_event_of_the_same_kind_in_the_same_place_keeps_its_own_date(text, published):
    found = [e for e in extract(text, published) if e["date_basis"] == "reference"]
    assert not found, found
