"""A word of attack that only labels what a speaker describes (ووصف أردوغان ما جرى بأنه "مجزرة";
described what happened as a "serious massacre", called it a massacre) tells no attack of the
speaker's: the deed it labels is told elsewhere. A deed a speaker admits (اعترف الجيش بأنه شن
غارات) is still one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "ووصف رئيس الوزراء التركي رجب طيب أردوغان ما جرى أمس بأنه \"مجزرة خطيرة\"، داعيا مجلس الأمن إلى التحرك.",
        "Turkish Prime Minister Recep Tayyip Erdogan described what happened as a \"serious massacre\" and called on "
        "the Security Council to act.",
        "Turkish Prime Minister Recep Tayyip Erdogan called it a massacre.",
    ],
)
def test_a_label_is_no_attack(text):
    assert of_type(extract(text, "2013-08-15"), "attack") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("واعترف الجيش الإسرائيلي أمس بأنه شن غارات على مواقع في غزة.", "2013-08-14"),
        ("وأقرت إسرائيل أمس بأنها قصفت مواقع في سوريا.", "2013-08-14"),
        ("واعترفت إسرائيل أمس بأنها قامت بقصف مواقع في سوريا.", "2013-08-14"),
    ],
)
def test_a_deed_admitted_is_still_an_attack(text, date):
    assert [e["date"] for e in of_type(extract(text, "2013-08-15"), "attack")] == [date]
