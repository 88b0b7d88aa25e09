"""Catalogued names written with another head noun: the number of the noun ("اتفاقيات مينسك",
"the Minsk agreements") or a word of the same sense ("محادثات الكويت" for "مشاورات الكويت",
"the Taif Accord" for "the Taif Agreement") name the entry as its aliases do; so do names that
write another spelling of a stem, or another name of the organisation they hold ("سيطرة ميليشيا
الحوثي على صنعاء" for "سيطرة الحوثيين على صنعاء", "ISIL" for "ISIS"), or the surname without the
given name before it ("the killing of Mughniyeh" for "the killing of Imad Mughniyeh")."""

import pytest
from test_extraction_support import extract, of_type

from events.reference import _with_head_variants, find_references, load_catalog
from events.reference_forms import NameGroups, head_variants, spelling_variants, without_given_names
from events.text.normalize import fold

HEADS = {
    "ar": {"اتفاق": ["اتفاقيات"], "اتفاقية": ["اتفاقيات"], "مشاورات": ["محادثات"]},
    "en": {"agreement": ["accord", "agreements"], "accords": ["agreement"]},
}


@pytest.mark.parametrize(
    ("alias", "language", "made"),
    [
        ("اتفاق مينسك", "ar", ["اتفاقيات مينسك"]),
        ("مشاورات الكويت اليمنية", "ar", ["محادثات الكويت اليمنية"]),
        ("Taif Agreement", "en", ["Taif accord", "Taif agreements"]),
        ("Oslo Accords", "en", ["Oslo agreement"]),
        # the head is the first Arabic word, the last English one
        ("الاتفاق السياسي الليبي", "ar", []),
        ("agreement of Skhirat", "en", []),
        ("Agreement", "en", []),
    ],
)
def test_head_variants(alias, language, made):
    assert head_variants([alias], language, HEADS[language]) == made


def test_variant_already_an_alias_is_not_made_again():
    assert head_variants(["اتفاق مينسك", "اتفاقيات مينسك"], "ar", HEADS["ar"]) == []


def _entry(ref_id: str, ar: list[str], en: list[str]) -> dict:
    return {"id": ref_id, "aliases_ar": ar, "aliases_en": en}


def test_a_variant_written_as_another_entrys_alias_stays_that_entrys():
    raws = [_entry("a", ["اتفاق الرياض"], []), _entry("b", ["اتفاقيات الرياض"], [])]
    out = _with_head_variants(raws, HEADS)
    assert out[0]["aliases_ar"] == ["اتفاق الرياض"]


def test_a_variant_two_entries_give_names_neither():
    raws = [_entry("a", ["اتفاق الرياض"], []), _entry("b", ["اتفاقية الرياض"], [])]
    out = _with_head_variants(raws, HEADS)
    assert out[0]["aliases_ar"] == ["اتفاق الرياض"] and out[1]["aliases_ar"] == ["اتفاقية الرياض"]


def test_a_variant_two_aliases_of_one_entry_give_names_it():
    raws = [_entry("a", [], ["Oslo Accords", "Oslo Accord"])]
    heads = {"en": {"accords": ["agreement"], "accord": ["agreement"]}}
    assert _with_head_variants(raws, heads)[0]["aliases_en"] == ["Oslo Accords", "Oslo Accord", "Oslo agreement"]


@pytest.mark.parametrize(
    ("text", "ref_id"),
    [
        ("وهي الأولى من نوعها منذ فشل محادثات الكويت عام 2016.", "kuwait_yemen_talks_2016"),
        ("اتفاقيات كامب ديفيد بين مصر وإسرائيل", "camp_david_accords_1978"),
        ("the Taif Accord that ended the civil war", "taif_agreement_1989"),
        ("since the Oslo agreement was signed", "oslo_accords_1993"),
    ],
)
def test_catalog_names_with_another_head(text, ref_id):
    found = find_references(text, fold(text), load_catalog(), "2020-01-01")
    assert ref_id in {r.ref_id for r in found}


@pytest.mark.parametrize(
    ("alias", "made"),
    [
        ("اقتحام السفارة الأمريكية في بغداد", ["اقتحام السفارة الأميركية في بغداد"]),
        ("زيارة ترمب للسعودية", ["زيارة ترامب للسعودية"]),
        ("قمة الرياض", []),
        # several pairs at once
        ("زيارة ترمب للسفارة الأمريكية", ["زيارة ترامب للسفارة الأمريكية", "زيارة ترمب للسفارة الأميركية", "زيارة ترامب للسفارة الأميركية"]),
        ("toppled Muammar Gaddafi", ["toppled Moamer Gaddafi", "toppled Muammar Kadhafi", "toppled Moamer Kadhafi"]),
    ],
)
def test_spelling_variants(alias, made):
    pairs = [("أمريك", "أميرك"), ("ترامب", "ترمب"), ("Muammar", "Moamer"), ("Gaddafi", "Kadhafi")]
    assert sorted(spelling_variants([alias], pairs)) == sorted(made)


@pytest.mark.parametrize(
    ("text", "ref_id"),
    [
        ("وردّ أنصار الفصائل بمحاصرة السفارة الأميركية في بغداد واقتحام بوابتها", "baghdad_embassy_storming_2019"),
        ("منذ نقل السفارة الأميركية لدى إسرائيل إلى القدس", "us_embassy_jerusalem_2018"),
        ("بعد رفع العقوبات الأميركية عن السودان", "us_lifts_sudan_sanctions_2017"),
    ],
)
def test_catalog_names_in_another_spelling(text, ref_id):
    found = find_references(text, fold(text), load_catalog(), "2020-01-08")
    assert ref_id in {r.ref_id for r in found}


NAMES = {
    "ar": NameGroups([["داعش", "تنظيم الدولة", "الدولة الإسلامية"], ["الحوثيين", "جماعة الحوثي"], ["حماس", "IS"]], "ar"),
    "en": NameGroups([["ISIS", "ISIL", "Islamic State group"], ["Houthis", "Ansar Allah"]], "en"),
}


@pytest.mark.parametrize(
    ("alias", "language", "made"),
    [
        ("سقوط الموصل بيد داعش", "ar", ["سقوط الموصل بيد تنظيم الدولة", "سقوط الموصل بيد الدولة الإسلامية"]),
        # the longest name at its place, the preposition on it kept ("للدولة" for "لداعش")
        ("سيطرة تنظيم الدولة على الموصل", "ar", ["سيطرة داعش على الموصل", "سيطرة الدولة الإسلامية على الموصل"]),
        ("هجوم لداعش", "ar", ["هجوم لتنظيم الدولة", "هجوم للدولة الإسلامية"]),
        ("هجوم للدولة الإسلامية", "ar", ["هجوم لداعش", "هجوم لتنظيم الدولة"]),
        ("Houthis seized Sanaa", "en", ["Ansar Allah seized Sanaa", "the Ansar Allah seized Sanaa"]),
        ("fall of Mosul to ISIS", "en", ["fall of Mosul to ISIL", "fall of Mosul to Islamic State group", "fall of Mosul to the Islamic State group"]),
        # no organisation's name, a name too short to tell apart, a name of one word only
        ("اتفاق الرياض", "ar", []),
        ("الهجوم على حماة", "ar", []),
        ("Operation Olive Branch", "en", []),
    ],
)
def test_organisation_name_variants(alias, language, made):
    assert NAMES[language].variants(alias) == made


def test_an_organisation_s_other_name_is_no_alias_another_entry_holds():
    raws = [_entry("a", ["سيطرة داعش على تدمر"], []), _entry("b", ["سيطرة تنظيم الدولة على تدمر"], [])]
    out = _with_head_variants(raws, {}, {}, {"ar": NAMES["ar"]})
    assert out[0]["aliases_ar"][0] == "سيطرة داعش على تدمر" and "سيطرة تنظيم الدولة على تدمر" not in out[0]["aliases_ar"]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "ref_id", "date"),
    [
        ("وتصاعدت الهجمات منذ إعلان تنظيم الدولة الإسلامية الخلافة.", "2018-03-01", "appointment", "isis_caliphate_declared_2014", "2014-06-29"),
        ("Attacks rose after the Islamic State group caliphate declaration.", "2018-03-01", "appointment", "isis_caliphate_declared_2014", "2014-06-29"),
        ("ويعيش اليمن حربا منذ سيطرة المتمردين الحوثيين على صنعاء.", "2018-03-01", "attack", "houthi_takeover_sanaa_2014", "2014-09-21"),
        ("Yemen has been at war since Ansar Allah took over Sanaa.", "2018-03-01", "attack", "houthi_takeover_sanaa_2014", "2014-09-21"),
        # an institution the dictionary makes for each country: its army under another of its names
        ("ولم يتغير الوضع منذ دخول الجيش التركي إلى عفرين.", "2018-06-01", "attack", "afrin_captured_2018", "2018-03-18"),
        ("Tensions have eased since the Iraqi army retook Kirkuk.", "2018-03-01", "attack", "kirkuk_retaken_2017", "2017-10-16"),
    ],
)
def test_a_catalogued_name_under_another_name_of_its_organisation(text, published, event_type, ref_id, date):
    found = of_type(extract(text, published), event_type)
    assert [(e["reference_id"], e["date"], e["date_basis"]) for e in found] == [(ref_id, date, "reference")], found


@pytest.mark.parametrize(
    ("text", "ref_id"),
    [
        # another organisation, another place: not the catalogued deed
        ("وفر الآلاف منذ سيطرة تنظيم القاعدة على الموصل.", "isis_takes_mosul_2014"),
        ("Thousands fled after al-Qaeda took over Mosul.", "isis_takes_mosul_2014"),
        ("ويعيش اليمن حربا منذ سيطرة جماعة الحوثي على عدن.", "houthi_takeover_sanaa_2014"),
        ("Yemen has been at war since Ansar Allah took over Aden.", "houthi_takeover_sanaa_2014"),
        # another country's army
        ("ولم يتغير الوضع منذ دخول الجيش السوري إلى عفرين.", "afrin_captured_2018"),
        ("Tensions have eased since the Syrian army retook Kirkuk.", "kirkuk_retaken_2017"),
    ],
)
def test_another_organisation_s_deed_names_no_catalogued_one(text, ref_id):
    found = find_references(text, fold(text), load_catalog(), "2018-03-01")
    assert ref_id not in {r.ref_id for r in found}


GIVEN = {"morsi": {"mohamed", "mohammed"}, "مرسي": {"محمد"}, "al-baghdadi": {"abu bakr"}, "البغدادي": {"ابو بكر"}}


@pytest.mark.parametrize(
    ("alias", "made"),
    [
        ("ouster of Mohamed Morsi", ["ouster of Morsi"]),
        ("عزل الرئيس محمد مرسي", ["عزل الرئيس مرسي"]),
        ("killing of Abu Bakr al-Baghdadi", ["killing of al-Baghdadi"]),
        ("مقتل أبو بكر البغدادي", ["مقتل البغدادي"]),
        # the surname alone already, another given name, no surname the catalog knows
        ("ouster of Morsi", []),
        ("عزل أحمد مرسي", []),
        ("اغتيال محمد الزواري", []),
    ],
)
def test_without_given_names(alias, made):
    assert without_given_names(alias, GIVEN) == made


@pytest.mark.parametrize(
    ("text", "published", "event_type", "ref_id", "date"),
    [
        ("Hezbollah vowed revenge after the killing of Mughniyeh.", "2009-06-01", "attack", "mughniyeh_killed_2008", "2008-02-12"),
        ("وتصاعد التوتر على الحدود منذ مقتل القنطار.", "2016-06-01", "attack", "kuntar_killed_2015", "2015-12-19"),
    ],
)
def test_a_catalogued_name_by_the_surname_alone(text, published, event_type, ref_id, date):
    found = [e for e in of_type(extract(text, published), event_type) if e["reference_id"] == ref_id]
    assert [(e["date"], e["date_basis"]) for e in found] == [(date, "reference")], extract(text, published)


@pytest.mark.parametrize("event_type", ["election", "appointment"])
def test_a_deed_one_person_does_again_keeps_the_given_name(event_type):
    # his elections, his appointments: by the surname alone, the name fits each of them
    raws = [{"id": "a", "event_type": event_type, "aliases_ar": ["انتخاب محمد مرسي"], "aliases_en": ["election of Mohamed Morsi"]}]
    out = _with_head_variants(raws, {}, {}, {}, GIVEN, frozenset({"election", "appointment"}))
    assert out[0]["aliases_ar"] == ["انتخاب محمد مرسي"] and out[0]["aliases_en"] == ["election of Mohamed Morsi"]
