"""A word that names the kind of a document ("the normalization agreement", "اتفاقية السلام
والتطبيع") tells what the document is about: its approval or signing is the event, not ties
restored apart from it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The cabinet has approved the country's normalization agreement with Israel, state media said.", "2020-10-20"),
        ("Morocco's parliament approved the normalisation deal with Israel on Tuesday.", "2021-01-07"),
        # Arabic: inside a title in quotation marks opened by a noun of a document
        ('وأقر البرلمان السوداني أمس "اتفاقية السلام والتطبيع" مع إسرائيل.', "2021-04-07"),
        (
            "وتأتي الجولة غداة مصادقة الحكومة البحرينية، أمس الاثنين، على \"معاهدة السلام والعلاقات الدبلوماسية "
            'والتطبيع الكامل" مع إسرائيل، بعد أن صادق عليها البرلمان الخميس الماضي.',
            "2020-10-20",
        ),
    ],
)
def test_a_word_naming_a_documents_kind_is_no_relations_event(text: str, published: str) -> None:
    assert of_type(extract(text, published), "relations") == []


def test_the_signing_of_accords_named_by_their_kind_is_the_agreement() -> None:
    text = "The United Arab Emirates and Bahrain signed normalisation accords with Israel at the White House in September."
    found = extract(text, "2020-12-22")
    assert [e["date"] for e in of_type(found, "agreement")] == ["2020-09"]
    assert of_type(found, "relations") == []
