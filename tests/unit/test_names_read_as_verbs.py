"""A personal name whose letters read as a verb with a conjunction on it (فيصل: ف and يصل,
"so he arrives") tells no event: the deed of its sentence is told by its own verb, "وصل الأمير
فيصل بن فرحان إلى دمشق" a visit on the day told, its word وصل."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2024-03-20"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وصل الأمير فيصل بن فرحان إلى دمشق أمس.", "وصل"),
        ("توجه وزير الخارجية الأردني فيصل الصفدي إلى بيروت أمس.", "توجه"),
        ("Prince Faisal bin Farhan arrived in Damascus yesterday.", "arrived in"),
    ],
)
def test_the_visit_is_told_by_its_verb(text: str, word: str) -> None:
    assert [(e["date"], e["trigger"]) for e in of_type(extract(text, PUBLISHED), "visit")] == [("2024-03-19", word)]
