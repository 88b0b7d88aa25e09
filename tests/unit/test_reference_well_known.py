"""Well-known events the press names without a date: resolutions, named operations,
massacres, agreements, summits and recognitions, dated from the reference catalog."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "event_type", "ref_id", "date"),
    [
        # Security Council resolutions, named by number
        (
            "ودعا المبعوث الأممي إلى تطبيق قرار مجلس الأمن رقم 2254 الخاص بسوريا.",
            "2019-03-01",
            "agreement",
            "un_resolution_2254_2015",
            "2015-12-18",
        ),
        (
            "The envoy called for the implementation of Resolution 2254 on Syria.",
            "2019-03-01",
            "agreement",
            "un_resolution_2254_2015",
            "2015-12-18",
        ),
        (
            "وطالبت الأمم المتحدة باحترام القرار 2401 في الغوطة الشرقية.",
            "2018-03-05",
            "ceasefire",
            "un_resolution_2401_2018",
            "2018-02-24",
        ),
        # named military operations
        (
            "وتشارك الإمارات في عملية إعادة الأمل منذ انطلاقها.",
            "2018-06-01",
            "attack",
            "restoring_hope_2015",
            "2015-04-22",
        ),
        (
            "The UAE has taken part in Operation Restoring Hope since it began.",
            "2018-06-01",
            "attack",
            "restoring_hope_2015",
            "2015-04-22",
        ),
        (
            "وشنت تركيا عملية درع الربيع ضد قوات النظام السوري في إدلب.",
            "2021-01-10",
            "attack",
            "spring_shield_2020",
            "2020-02-27",
        ),
        (
            "وأعلنت الجهاد الإسلامي انتهاء معركة ثأر الأحرار.",
            "2023-08-01",
            "attack",
            "shield_and_arrow_2023",
            "2023-05-09",
        ),
        # massacres and killings
        (
            "وقتل المئات في مجزرة سبايكر التي ارتكبها تنظيم داعش.",
            "2018-06-12",
            "attack",
            "camp_speicher_massacre_2014",
            "2014-06-12",
        ),
        (
            "Hundreds were killed in the Camp Speicher massacre carried out by ISIS.",
            "2018-06-12",
            "attack",
            "camp_speicher_massacre_2014",
            "2014-06-12",
        ),
        (
            "وتراجع نفوذ التنظيم بعد مقتل أبو بكر البغدادي في غارة أمريكية.",
            "2020-05-01",
            "attack",
            "baghdadi_killed_2019",
            "2019-10-26",
        ),
        (
            "The group was weakened after the killing of Abu Bakr al-Baghdadi in a US raid.",
            "2020-05-01",
            "attack",
            "baghdadi_killed_2019",
            "2019-10-26",
        ),
        ("وأحيا اللبنانيون ذكرى مجزرة صبرا وشاتيلا.", "2018-09-16", "attack", "sabra_shatila_1982", "1982-09-16"),
        # wars and uprisings
        (
            "واندلعت انتفاضة الأقصى بعد زيارة شارون للمسجد الأقصى.",
            "2018-09-28",
            "protest",
            "second_intifada_2000",
            "2000-09-28",
        ),
        (
            "The Second Intifada erupted after Sharon's visit to the compound.",
            "2018-09-28",
            "protest",
            "second_intifada_2000",
            "2000-09-28",
        ),
        ("وكانت احتجاجات غيزي أكبر تحد لأردوغان.", "2018-06-01", "protest", "gezi_protests_2013", "2013-05-28"),
        # agreements and summits
        (
            "ويقوم النظام السياسي اللبناني على اتفاق الطائف الذي أنهى الحرب الأهلية.",
            "2018-05-07",
            "agreement",
            "taif_agreement_1989",
            "1989-10-22",
        ),
        (
            "Lebanon's political system rests on the Taif Agreement that ended the civil war.",
            "2018-05-07",
            "agreement",
            "taif_agreement_1989",
            "1989-10-22",
        ),
        ("وشارك وزراء خارجية أربع دول عربية في قمة النقب.", "2022-06-01", "meeting", "negev_summit_2022", "2022-03-27"),
        (
            "The ICC issued arrest warrants for Netanyahu and Gallant.",
            "2025-02-01",
            "arrest",
            "icc_netanyahu_warrants_2024",
            "2024-11-21",
        ),
        # operations and events of the 2020s
        (
            "وأعلنت أنقرة أن عملية المخلب-السيف حققت أهدافها.",
            "2023-01-10",
            "attack",
            "claw_sword_2022",
            "2022-11-20",
        ),
        (
            "Turkey said Operation Claw-Sword had achieved its goals.",
            "2023-01-10",
            "attack",
            "claw_sword_2022",
            "2022-11-20",
        ),
        (
            "ويعيش آلاف النازحين في ظروف صعبة منذ سقوط الفاشر.",
            "2025-11-20",
            "attack",
            "fall_of_el_fasher_2025",
            "2025-10-26",
        ),
        (
            "Thousands have been displaced since the fall of El Fasher.",
            "2025-11-20",
            "attack",
            "fall_of_el_fasher_2025",
            "2025-10-26",
        ),
        ("وأدين العشرات بسبب اقتحام مبنى الكابيتول.", "2022-06-01", "attack", "capitol_attack_2021", "2021-01-06"),
        (
            "Dozens were convicted over the storming of the Capitol.",
            "2022-06-01",
            "attack",
            "capitol_attack_2021",
            "2021-01-06",
        ),
        (
            "وتواصل القوات المسلحة العملية الشاملة سيناء 2018 منذ أسابيع.",
            "2018-03-01",
            "attack",
            "operation_sinai_2018",
            "2018-02-09",
        ),
        # attacks the press of 2017-2018 retells by name
        (
            "وأعلنت قوة الردع أن شقيقه سلمان العبيدي هو منفذ هجوم مانشستر.",
            "2017-05-25",
            "attack",
            "manchester_bombing_2017",
            "2017-05-22",
        ),
        (
            "Police said his brother carried out the Manchester Arena bombing.",
            "2017-05-25",
            "attack",
            "manchester_bombing_2017",
            "2017-05-22",
        ),
        (
            "وتوترت العلاقات بعد إسقاط الطائرة الروسية إيل 20 قبالة اللاذقية.",
            "2018-10-01",
            "attack",
            "il20_shootdown_2018",
            "2018-09-17",
        ),
        (
            "Relations soured after the Il-20 shootdown off Latakia.",
            "2018-10-01",
            "attack",
            "il20_shootdown_2018",
            "2018-09-17",
        ),
        (
            "وطردت لندن دبلوماسيين روس بعد تسميم سكريبال.",
            "2018-03-27",
            "attack",
            "skripal_poisoning_2018",
            "2018-03-04",
        ),
        (
            "Britain expelled Russian diplomats after the Skripal poisoning.",
            "2018-03-27",
            "attack",
            "skripal_poisoning_2018",
            "2018-03-04",
        ),
        ("وقتل 16 شرطيا في حادث الواحات.", "2017-11-01", "attack", "el_wahat_attack_2017", "2017-10-20"),
        # the peace treaties, told with اتفاقية as often as معاهدة, and told apart by their countries
        (
            "رغم مرور نحو 40 عاما على اتفاقية السلام المصرية الإسرائيلية، أثار احتفال السفارة الإسرائيلية سخطا.",
            "2018-05-10",
            "agreement",
            "egypt_israel_treaty_1979",
            "1979-03-26",
        ),
        (
            "وقال العاهل الأردني إن معاهدة السلام مع إسرائيل صامدة رغم التوتر.",
            "2018-05-10",
            "agreement",
            "wadi_araba_treaty_1994",
            "1994-10-26",
        ),
        (
            "The Jordanian king said the peace treaty with Israel was holding.",
            "2018-05-10",
            "agreement",
            "wadi_araba_treaty_1994",
            "1994-10-26",
        ),
        # a hyphenated pair of nisbas names the Russian-Turkish deal on Idlib
        (
            'اعتبر الرئيس السوري بشار الأسد أن الاتفاق الروسي-التركي بشأن إدلب "مؤقت".',
            "2018-10-08",
            "agreement",
            "sochi_idlib_agreement_2018",
            "2018-09-17",
        ),
    ],
)
def test_a_well_known_event_named_without_a_date_is_dated_from_the_catalog(text, published, event_type, ref_id, date):
    found = [e for e in extract(text, published) if e["event_type"] == event_type]
    assert found, extract(text, published)
    assert (found[0]["date"], found[0]["date_basis"], found[0]["reference_id"]) == (date, "reference", ref_id), found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a fresh event of the same kind keeps the article's date
        ("واتفق الطرفان على هدنة جديدة في غزة.", "2024-06-01"),
        ("The two sides agreed a new ceasefire in Gaza.", "2024-06-01"),
        ("وتبنى مجلس الأمن قرارا جديدا بشأن سوريا.", "2024-06-01"),
        ("وقال إن الاتفاق التركي الروسي الجديد حول إدلب صامد.", "2020-03-10"),
        # an attack within a named operation is not its launch
        ("وقتل جنديان في هجوم شمال سيناء ضمن العملية الشاملة.", "2018-03-01"),
        # an operation's name made of ordinary words is no name without the word "operation"
        ("وتهدف المبادرة إلى إعادة الأمل للشباب في المنطقة.", "2024-06-01"),
        ("The programme aims at restoring hope for young people.", "2024-06-01"),
        ("وتوقعت الأرصاد هطول أمطار الصيف على المرتفعات.", "2024-06-01"),
        ("وأكد قادة المحور على وحدة الساحات في مواجهة إسرائيل.", "2024-06-01"),
        # a year beside an Israeli strike in Syria is not enough for the 2007 reactor strike
        (
            "ونشر الجيش الإسرائيلي وثائق بشأن الغارة الجوية، التي شنتها في سبتمبر 2007 على منشأة قرب دير الزور.",
            "2018-08-12",
        ),
    ],
)
def test_a_new_event_of_a_known_kind_is_not_a_catalogued_one(text, published):
    found = [e for e in extract(text, published) if e["date_basis"] == "reference"]
    assert not found, found


@pytest.mark.parametrize(
    ("text", "published", "own", "ref_id"),
    [
        # a catalogued event named through its perpetrators or suspects is the setting of the
        # sentence's own event, which it does not replace
        (
            "ألقت أجهزة أمنية ليبية القبض على والد منفذ هجوم مانشستر، أمس الأربعاء، في العاصمة طرابلس.",
            "2017-05-25",
            ("arrest", "2017-05-24"),
            "manchester_bombing_2017",
        ),
        (
            "ألقت أجهزة الأمن القبض على أحد المتورطين في هجوم مسجد الروضة، أمس الخميس، في العريش.",
            "2018-05-25",
            ("arrest", "2018-05-24"),
            "sinai_rawda_mosque_attack_2017",
        ),
        (
            "Libyan police arrested Hashem Abedi, one of the perpetrators of the Manchester Arena bombing, "
            "in Tripoli on Wednesday.",
            "2017-05-25",
            ("arrest", "2017-05-24"),
            "manchester_bombing_2017",
        ),
    ],
)
def test_a_catalogued_event_named_through_its_perpetrators_keeps_the_sentence_event(text, published, own, ref_id):
    found = extract(text, published)
    assert own in [(e["event_type"], e["date"]) for e in found], found
    assert ref_id in [e["reference_id"] for e in found], found


def test_an_event_the_catalog_knows_only_after_the_publication_is_not_that_one():
    # the Niger coup of 2023 named in a 2015 article: another coup, dated by the article
    found = extract("وفي أعقاب الانقلاب العسكري في النيجر، علقت الإيكواس عضوية البلاد.", "2015-05-01")
    assert found and all(e.get("reference_id") is None and e["date"] == "2015-05-01" for e in found), found


def test_the_storming_of_another_congress_is_not_the_capitol_attack():
    """«اقتحام الكونغرس البرازيلي» is the storming in Brasília, its own entry, not the 2021 Capitol attack."""
    found = [e for e in extract("وأدان العالم اقتحام الكونغرس البرازيلي من أنصار بولسونارو.", "2023-01-10") if e["date_basis"] == "reference"]
    assert all(e.get("reference_id") != "capitol_attack_2021" for e in found), found
    assert [e["date"] for e in found] == ["2023-01-08"], found
