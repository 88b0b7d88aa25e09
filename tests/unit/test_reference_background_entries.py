"""Catalog entries and aliases for well-known background events the press names in passing:
the Minsk agreements, Iran's strike on Ain al-Asad, Haftar's offensive on Tripoli, the 2019
Aramco attack, Palmyra taken and retaken, the 2011 US withdrawal from Iraq, the Gaza
disengagement, Saudi Arabia's recalls of its ambassadors from Sweden and Germany, the
al-Wadiah war."""

import pytest

from events.reference import find_references, load_catalog
from events.text.normalize import fold
from tests.unit.test_extraction_support import extract, of_type


def _named(text: str, published: str) -> set[str]:
    return {r.ref_id for r in find_references(text, fold(text), load_catalog(), published)}


@pytest.mark.parametrize(
    ("text", "published", "ref_id"),
    [
        ("اعتبرت موسكو اتفاقيات مينسك ميتة منذ زمن.", "2022-02-25", "minsk_ii_2015"),
        ("Moscow has long considered the Minsk agreements dead.", "2022-02-25", "minsk_ii_2015"),
        ("خروقات لاتفاق مينسك في دونباس", "2014-12-01", "minsk_protocol_2014"),
        ("the Minsk Protocol signed in September", "2015-01-01", "minsk_protocol_2014"),
        ("وكذلك الرد الإيراني بقصف قاعدة عين الأسد.", "2021-06-17", "iran_strikes_ain_al_asad_2020"),
        ("since Iran's missile attack on Ain al-Asad", "2021-06-17", "iran_strikes_ain_al_asad_2020"),
        ("to repel Haftar's attack on Tripoli", "2019-12-22", "haftar_tripoli_offensive_2019"),
        ("منذ هجوم قوات حفتر على طرابلس", "2020-01-06", "haftar_tripoli_offensive_2019"),
        ("after the 2019 Aramco attacks", "2021-01-01", "abqaiq_attack_2019"),
        ("منذ سيطرة داعش على تدمر", "2015-08-01", "isis_takes_palmyra_2015"),
        ("منذ سيطرة داعش على تدمر", "2017-01-15", "isis_retakes_palmyra_2016"),
        ("بعد استعادة تدمر", "2016-06-01", "palmyra_recaptured_2016"),
        ("the recapture of Palmyra", "2018-01-01", "palmyra_recaptured_2017"),
        ("منذ الانسحاب الأمريكي من العراق عام 2011", "2014-06-01", "us_withdrawal_iraq_2011"),
        ("since the 2011 US withdrawal from Iraq", "2014-06-01", "us_withdrawal_iraq_2011"),
        ("منذ خطة فك الارتباط", "2007-06-01", "gaza_disengagement_2005"),
        ("since Israel's disengagement from Gaza", "2007-06-01", "gaza_disengagement_2005"),
        ("خلال تطوعه في حرب الوديعة عام 1969", "2018-10-08", "al_wadiah_war_1969"),
    ],
)
def test_catalog_names(text, published, ref_id):
    assert ref_id in _named(text, published)


@pytest.mark.parametrize(
    ("text", "published", "ref_id"),
    [
        # the name of another deed in the same place, or one to come
        ("سقوط قذيفة قرب قاعدة عين الأسد", "2021-06-17", "iran_strikes_ain_al_asad_2020"),
        # a city taken again and again: its fall told with a day of its own is a new one
        ("وسقطت مدينة تدمر السورية بيد تنظيم داعش الأحد.", "2019-12-02", "isis_retakes_palmyra_2016"),
        ("the withdrawal of US troops from Iraq", "2020-01-06", "us_withdrawal_iraq_2011"),
    ],
)
def test_not_named(text, published, ref_id):
    assert ref_id not in _named(text, published)


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        (
            "كذلك ما زالت ذكرى اغتيال اللواء قاسم سليماني في بغداد حاضرة بقوة في خطاب المرشحين، "
            "وكذلك الرد الإيراني بقصف قاعدة عين الأسد.",
            "2021-06-17",
            "attack",
            "2020-01-08",
        ),
        (
            "The Presidential Council of the GNA had endorsed the memorandum on Thursday, and formally "
            "requested Turkish military support to repel Haftar's attack on Tripoli.",
            "2019-12-22",
            "attack",
            "2019-04-04",
        ),
    ],
)
def test_background_events_dated_by_the_catalog(text, published, kind, date):
    assert date in {e["date"] for e in of_type(extract(text, published), kind)}


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("The council requested Turkish military support to repel Haftar's attack on Tripoli.", True),
        ("وطالب المجلس بدعم عسكري لصد هجوم قوات حفتر على طرابلس.", True),
        # an attack that may come is no deed
        ("The council asked for support to repel any attack on the capital.", False),
        ("وطالب المجلس بدعم عسكري لصد أي هجوم على العاصمة.", False),
    ],
)
def test_an_attack_to_repel_took_place(text, told):
    assert bool(of_type(extract(text, "2019-12-22"), "attack")) is told


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "The Presidential Council of the GNA had endorsed the memorandum on Thursday, and formally "
            "requested Turkish military support to repel Haftar's attack on Tripoli.",
            {("ratification", "2019-12-19"), ("attack", "2019-04-04")},
        ),
    ],
)
def test_the_attack_repelled_is_the_circumstance_of_the_sentences_deed(text, kinds):
    assert kinds <= {(e["event_type"], e["date"]) for e in extract(text, "2019-12-22")}
