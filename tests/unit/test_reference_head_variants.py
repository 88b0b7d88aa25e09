"""Catalogued names written with another head noun: the number of the noun ("اتفاقيات مينسك",
"the Minsk agreements") or a word of the same sense ("محادثات الكويت" for "مشاورات الكويت",
"the Taif Accord" for "the Taif Agreement") name the entry as its aliases do."""

import pytest

from events.reference import _with_head_variants, find_references, load_catalog
from events.reference_forms import head_variants, spelling_variants
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
