"""A city after a word of direction ("in eastern Baghdad", "western Cairo", "جنوبي القاهرة")
is where the event took place, as after "in" or a noun of places, even when the city
also names the government of its state."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A bomb blast in western Cairo killed three soldiers.", "Cairo"),
        ("A US drone strike in eastern Damascus killed a commander of the Revolutionary Guards.", "Damascus"),
        ("Tensions rose after an Israeli drone strike in southern Damascus on Tuesday killed a Hezbollah commander.", "Damascus"),
        ("تفجير عبوة ناسفة جنوبي القاهرة أودى بحياة ثلاثة جنود.", "Cairo"),
        ("قتلت غارة بطائرة مسيرة شرقي دمشق قائدا في الحرس الثوري الإيراني.", "Damascus"),
    ],
)
def test_a_city_after_a_word_of_direction_is_the_place(text, place):
    found = of_type(extract(text, "2024-02-10"), "attack")
    assert found, extract(text, "2024-02-10")
    assert {(ev["location"] or {}).get("name") for ev in found} == {place}, found
