"""Tellings of one attack within an article. An attack told with no date of its own (its
bombing, its fighting, its toll so far), naming none but the sides of a campaign the article
tells as going on since an earlier day (dated by its start with منذ or since, or catalogued),
is a part of that campaign, not a second attack on the day of the publication. Two tellings
of an attack on one day at one target are one event, though each names another doer (a state,
or the militia allied to it). Another attack (هجوم آخر, in another attack), another day or
another target place keeps two attacks apart."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

MARCH = "2018-03-12"


def _attacks(text: str, published: str) -> list[tuple[str, str]]:
    return [(e["date"], e["date_basis"]) for e in of_type(extract(text, published), "attack")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the bombing of an offensive dated by its start, told as going with it
        (
            "تشن تركيا منذ 20 كانون الثاني/يناير هجوما واسعا على منطقة عفرين السورية. "
            "ويواجه الأكراد في عفرين أول عملية عسكرية بهذا الحجم، تترافق مع قصف جوي ومدفعي كثيف.",
            MARCH,
            [("2018-01-20", "explicit")],
        ),
        (
            "Turkey has waged an offensive against the Kurdish fighters of Afrin in Syria since January 20. "
            "Kurdish fighters try to hold off the Turkish assault, which is accompanied by heavy air strikes.",
            MARCH,
            [("2018-01-20", "explicit")],
        ),
        # the definite fighting of an offensive dated by its start
        (
            "تشن تركيا منذ 20 كانون الثاني/يناير هجوما واسعا على منطقة عفرين السورية. "
            "ونزح الآلاف من عفرين بسبب المعارك بين القوات التركية والمقاتلين الأكراد السوريين.",
            MARCH,
            [("2018-01-20", "explicit")],
        ),
        # a catalogued campaign and the fighting it has caused so far
        (
            "واصلت القوات التركية عملية غصن الزيتون ضد المقاتلين الأكراد في عفرين السورية. "
            "وقتل العشرات حتى الآن في المعارك بين الجيش التركي والأكراد السوريين.",
            "2018-02-12",
            [("2018-01-20", "reference")],
        ),
    ],
)
def test_a_part_of_a_campaign_is_the_campaign(text, published, expected):
    assert _attacks(text, published) == expected


def test_one_target_on_one_day_is_one_attack_whoever_is_its_doer():
    found = of_type(
        extract(
            "Turkish forces shelled the town of Jandaris near Afrin on Saturday. "
            "Kurdish militia said Syrian rebels allied to Ankara attacked Jandaris on Saturday.",
            MARCH,
        ),
        "attack",
    )
    assert [(e["date"], e["location"]["name"]) for e in found] == [("2018-03-10", "Afrin")], found
    assert set(found[0]["countries"]) == {"TUR", "SYR"}


@pytest.mark.parametrize(
    ("text", "published", "count"),
    [
        # another day at the same place
        (
            "قصفت القوات التركية يوم السبت بلدة جنديرس في ريف عفرين. "
            "وهاجمت فصائل سورية موالية لأنقرة جنديرس يوم الاثنين.",
            "2018-03-14",
            2,
        ),
        # another place on the same day
        (
            "قصفت القوات التركية يوم السبت بلدة جنديرس في ريف عفرين. "
            "وهاجمت فصائل سورية موالية لأنقرة بلدة منبج يوم السبت.",
            MARCH,
            2,
        ),
    ],
)
def test_another_day_or_target_keeps_two_attacks(text, published, count):
    assert len(_attacks(text, published)) == count


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # an indefinite strike told alone, with a toll of its own
        (
            "تشن تركيا منذ 20 كانون الثاني/يناير هجوما واسعا على منطقة عفرين السورية. "
            "وقتل عشرة مدنيين في غارة جوية تركية على قرية في عفرين.",
            MARCH,
        ),
        # a campaign begun years before: the day's fighting is news of its own
        (
            "يشن التحالف بقيادة السعودية منذ آذار/مارس 2015 عملية عسكرية ضد الحوثيين في اليمن. "
            "وقتل خمسة مدنيين في القصف السعودي على الحديدة.",
            "2018-06-12",
        ),
    ],
)
def test_news_of_its_own_is_no_part_of_the_campaign(text, published):
    assert len(_attacks(text, published)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "تشن تركيا منذ 20 كانون الثاني/يناير هجوما واسعا على منطقة عفرين السورية. "
        "وفي هجوم آخر، قصفت طائرات تركية مواقع للأكراد في سوريا.",
        "Turkey has waged an offensive against the Kurdish fighters of Afrin in Syria since January 20. "
        "In another attack, Turkish jets also struck Kurdish positions in Syria.",
    ],
)
def test_another_attack_is_no_part_of_the_campaign(text):
    found = _attacks(text, MARCH)
    assert ("2018-01-20", "explicit") in found
    assert ("2018-03-12", "publication") in found

