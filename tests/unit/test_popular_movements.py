"""A popular movement of the street (حراك شعبي، حراكا جماهيريا; a popular protest movement) is a
protest, as a protest movement (حراك احتجاجي) is (data/triggers.json); a party named حراك and the
bare noun are none."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words, extract, of_type


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وشهدت الجزائر في 22 فبراير حراكا شعبيا غير مسبوق.", "حراكا شعبيا"),
        ("وتشهد البلاد حراكا جماهيريا منذ أسابيع.", "حراكا جماهيريا"),
        ("Algeria has seen an unprecedented popular protest movement since February 22.", "popular protest movement"),
    ],
)
def test_a_popular_movement_is_a_protest(text, word):
    assert word in asserted_words(text, "protest")


@pytest.mark.parametrize(
    "text",
    [
        "وشهدت الجزائر في 22 فبراير حراكا شعبيا غير مسبوق، أجبر الرئيس على الاستقالة في الثاني من أبريل.",
        "Algeria has seen an unprecedented popular protest movement since February 22.",
    ],
)
def test_the_movement_is_dated_by_its_start(text):
    (event,) = of_type(extract(text, "2019-12-13"), "protest")
    assert event["date"] == "2019-02-22" and "DZA" in event["countries"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال رئيس حزب حراك تونس الإرادة إن الحزب سيشارك في الانتخابات.",
        "ودعا الرئيس إلى مد اليد للحراك من أجل حوار.",
        "The popular movement of the Algerian national team was praised.",
    ],
)
def test_no_protest_from_a_party_or_the_bare_noun(text):
    assert asserted_words(text, "protest") == []
