"""A state whose delegations' participation in the meetings of the Arab League is resumed is
readmitted («قرر وزراء الخارجية العرب استئناف مشاركة وفود الحكومة السورية في اجتماعات مجلس
الجامعة», "resumed Syria's participation in Arab League meetings"), and ties whose embassies or
missions resume their work («استئناف عمل بعثتيهما الدبلوماسيتين») are restored: relations (CAMEO
064), as a seat or a membership regained is. A party's or a player's participation is not."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words, extract, of_type

PUBLISHED = "2023-05-08"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "قرر وزراء الخارجية العرب، أمس الأحد، استئناف مشاركة وفود الحكومة السورية في اجتماعات مجلس جامعة الدول العربية.",
            "2023-05-07",
        ),
        ("Arab foreign ministers on Sunday resumed Syria's participation in Arab League meetings.", "2023-05-07"),
    ],
)
def test_participation_in_the_league_resumed_is_readmission(text, date):
    found = of_type(extract(text, PUBLISHED), "relations")
    assert [e["date"] for e in found] == [date]
    assert "SYR" in found[0]["countries"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وأعلن البلدان استئناف عمل بعثتيهما الدبلوماسيتين.", "استئناف عمل بعثتيهما"),
        ("وقررت السعودية استئناف عمل سفارتها في دمشق.", "استئناف عمل سفارتها"),
    ],
)
def test_missions_resuming_their_work_restore_ties(text, word):
    assert asserted_words(text, "relations") == [word]


@pytest.mark.parametrize(
    "text",
    [
        "وقرر الحزب استئناف مشاركته في اجتماعات الحكومة.",
        "The striker resumed his participation in training on Monday.",
        "Egyptian striker Mohamed Salah resumed his participation in the League on Monday.",
        "وقررت الإدارة استئناف مشاركة الطلاب في اجتماعات الجامعة بعد انتهاء الإضراب.",
    ],
)
def test_other_participation_resumed_is_no_readmission(text):
    assert asserted_words(text, "relations") == []
