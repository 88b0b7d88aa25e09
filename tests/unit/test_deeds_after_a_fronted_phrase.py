"""A phrase of after set off by a comma before a deed's clause, naming one earlier month ("After
the March floods that killed hundreds in Libya, Egypt sent ...", "وبعد الفيضانات التي ضربت ليبيا
في مارس الماضي، أرسلت مصر ...", or closing the clause the deed's clause explains: "وتحسنت
العلاقات بعد الفيضانات ... في مارس الماضي، إذ أرسلت مصر ..."), dates the deed in that month, not
on the publication's day; not after a counted span ("Two years after ...")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "Relations have warmed quickly. After the March floods that killed more than 4,000 people in "
            "Libya, Egypt sent planeloads of relief to Benghazi.",
            "2024-07-15",
            "aid",
            "2024-03",
        ),
        (
            "وتحسنت العلاقات سريعا. وبعد الفيضانات التي ضربت شرق ليبيا في مارس الماضي، أرسلت مصر طائرات "
            "محملة بمساعدات إغاثية إلى بنغازي.",
            "2024-07-15",
            "aid",
            "2024-03",
        ),
        (
            "وتحسنت العلاقات بعد الفيضانات التي ضربت شرق ليبيا في مارس الماضي، إذ أرسلت مصر طائرات محملة "
            "بمساعدات إغاثية إلى بنغازي.",
            "2024-07-15",
            "aid",
            "2024-03",
        ),
    ],
)
def test_a_deed_after_a_fronted_phrase_takes_its_month(text: str, published: str, event_type: str, date: str) -> None:
    found = of_type(extract(text, published), event_type)
    assert [e["date"] for e in found] == [date]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "Relations have warmed slowly. Two years after the March floods that killed more than 4,000 people "
            "in Libya, Egypt sent planeloads of relief to Benghazi.",
            "2024-07-15",
            "aid",
            "2024-03",
        ),
        (
            "وتحسنت العلاقات ببطء. وبعد أشهر من الفيضانات التي ضربت شرق ليبيا في مارس الماضي، أرسلت مصر "
            "طائرات محملة بمساعدات إغاثية إلى بنغازي.",
            "2024-07-15",
            "aid",
            "2024-03",
        ),
    ],
)
def test_a_deed_a_counted_span_after_keeps_no_month(text: str, published: str, event_type: str, date: str) -> None:
    found = of_type(extract(text, published), event_type)
    assert found and date not in [e["date"] for e in found]
