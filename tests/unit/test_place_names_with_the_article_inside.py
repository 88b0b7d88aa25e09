"""An English place name with the Arabic article after its first word is written with a hyphen
or a space ("Bayt al-Faqih", "Bayt al Faqih"; "Deir al-Zor", "Deir al Zor"); the gazetteer,
which holds one of them, finds both, as it finds the Arabic name with its article attached
(بيت الفقيه، دير الزور) (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Houthi militants kidnapped dozens of tribesmen in Bayt al-Faqih district on Wednesday.", "Bayt al Faqih"),
        ("Houthi militants kidnapped dozens of tribesmen in Bayt al Faqih district on Wednesday.", "Bayt al Faqih"),
        ("وخطفت الميليشيات العشرات من أبناء القبيلة في مديرية بيت الفقيه يوم الأربعاء.", "Bayt al Faqih"),
        ("Clashes erupted in Deir al Zor on Wednesday.", "Deir ez-Zor"),
        ("Clashes erupted in Deir al-Zor on Wednesday.", "Deir ez-Zor"),
        ("اندلعت اشتباكات في دير الزور يوم الأربعاء.", "Deir ez-Zor"),
        ("Clashes erupted in Deir el-Ahmar on Wednesday.", "Deir el Ahmar"),
    ],
)
def test_a_place_name_with_the_article_joined_either_way(text: str, place: str) -> None:
    found = of_type(extract(text, "2018-08-09"), "attack")
    assert [(e["location"] or {}).get("name") for e in found] == [place], found


@pytest.mark.parametrize(
    "text",
    [
        # a person's name with the article is no place
        "Iraqi Prime Minister Haider al-Abadi met Turkish President Tayyip Erdogan in Ankara on Tuesday.",
        "Turki al Maliki met Turkish President Tayyip Erdogan in Ankara on Tuesday.",
    ],
)
def test_a_person_named_with_the_article_is_no_place(text: str) -> None:
    found = extract(text, "2018-08-15")
    assert found and all((e["location"] or {}).get("name") == "Ankara" for e in found), found
