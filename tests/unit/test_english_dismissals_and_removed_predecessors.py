"""An office holder dismissed from his post, whatever his title (Sisi dismissed Genena from his
post, as أقال السيسي جنينة من منصبه), and a predecessor removed (after he removed his Islamist
predecessor Mohamed Mursi, as أزاح سلفه), and a ruler removed by the army (Bashir was removed and
detained by the army, as أزاح الجيش الرئيس) are changes of office in English as in Arabic; a case
dismissed from a docket, subsidies removed and debris removed by the army are not."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words

DAY = "2018-04-24"


@pytest.mark.parametrize(
    "text, word",
    [
        ("Sisi dismissed Genena from his post two years ago after accusing him of exaggerating the cost of corruption.", "dismissed"),
        ("The king dismissed Sheikh Ahmed from office on Sunday.", "dismissed"),
        ("In 2013, after he removed his Islamist predecessor Mohamed Mursi following mass demonstrations, Sisi won the election in 2014.", "removed"),
        ("وأقال السيسي جنينة من منصبه قبل سنتين.", "وأقال"),
        ("وفي 2013، وبعد أن أزاح سلفه الإسلامي محمد مرسي، فاز السيسي بالانتخابات الرئاسية.", "أزاح"),
        # a ruler removed by the army, in the passive with its agent a few words on
        ("Bashir was removed by the military on April 11.", "was removed"),
        ("Bashir was removed and detained by the army on April 11.", "was removed"),
        ("وأزاح الجيش الرئيس عمر البشير في 11 أبريل.", "وأزاح"),
    ],
)
def test_dismissals_and_removed_predecessors_are_changes_of_office(text, word):
    assert asserted_words(text, "appointment") == [word]


@pytest.mark.parametrize(
    "text",
    [
        "The court dismissed the case from the docket on Sunday.",
        "The new prime minister removed the subsidies introduced by his predecessor.",
        "The president dismissed the reports as false.",
        "وأزاح الرئيس الستار عن النصب التذكاري.",
        "The debris was removed by the army on Sunday.",
        "The barricades were removed by soldiers overnight.",
        "Lebanese MP Nicolas Sehnaoui's immunity was removed by parliament on Tuesday.",
        "Two articles of Iraq's constitution were removed by parliament on Tuesday.",
        "The protesters were removed by soldiers from the square at dawn.",
    ],
)
def test_other_things_dismissed_or_removed_are_no_change_of_office(text):
    assert asserted_words(text, "appointment") == []


def test_a_ruler_removed_and_detained_by_the_army_is_ousted_and_held():
    text = "Bashir was removed and detained by the army on April 11."
    assert asserted_words(text, "arrest") == ["detained"]
