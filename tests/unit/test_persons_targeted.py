"""Sanctions told in two sentences against two persons each names are two measures, not one told
twice; the same person's sanctions told again stay one (events/assemble/persons_targeted.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_PUBLISHED = "2025-01-12"


@pytest.mark.parametrize(
    "text",
    [
        "وفي واشنطن، فرضت وزارة الخزانة الأمريكية الأسبوع الماضي عقوبات على قائد قوات الدعم السريع محمد حمدان "
        "دقلو، متهمة قواته بارتكاب إبادة جماعية. كما فرضت عقوبات على قائد الجيش عبد الفتاح البرهان يوم الخميس.",
        "The U.S. Treasury imposed sanctions on RSF leader Mohamed Hamdan Dagalo last week, accusing his forces of "
        "genocide. It also imposed sanctions on army chief Abdel Fattah al-Burhan on Thursday.",
    ],
)
def test_sanctions_on_two_persons_in_two_sentences_are_two(text):
    targets = [set(e["actors"]) for e in of_type(extract(text, _PUBLISHED), "sanctions")]
    assert len(targets) == 2
    assert any("mohamed_hamdan_dagalo" in t for t in targets)
    assert any("abdel_fattah_al_burhan" in t for t in targets)


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Treasury imposed sanctions on RSF leader Mohamed Hamdan Dagalo on Tuesday. The sanctions on "
        "Mohamed Hamdan Dagalo freeze any U.S. assets he holds.",
        "فرضت وزارة الخزانة الأمريكية عقوبات على محمد حمدان دقلو يوم الثلاثاء. وتجمد العقوبات على محمد حمدان دقلو "
        "أي أصول له في الولايات المتحدة.",
        # the official who imposed them is no second target
        "The United States imposed sanctions on RSF leader Mohamed Hamdan Dagalo on Tuesday. Blinken imposed the "
        "sanctions on Tuesday over atrocities in Darfur.",
    ],
)
def test_one_person_s_sanctions_told_again_are_one(text):
    assert len(of_type(extract(text, _PUBLISHED), "sanctions")) == 1
