"""An office holder dismissed from his post, whatever his title (Sisi dismissed Genena from his
post, as أقال السيسي جنينة من منصبه), and a predecessor removed (after he removed his Islamist
predecessor Mohamed Mursi, as أزاح سلفه) are changes of office in English as in Arabic; a case
dismissed from a docket and subsidies removed are not."""

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
    ],
)
def test_other_things_dismissed_or_removed_are_no_change_of_office(text):
    assert asserted_words(text, "appointment") == []
