"""A deed told a few hours or minutes from a day its sentence names right before the phrase
("spoke with the two leaders on Monday, hours after a convoy came under fire", الاثنين، بعد
ساعات من تعرض موكب لإطلاق نار) took place on that day, not on the day of publication nor on
the day of another deed of its type told in the article (data/calendar.json `hours_around`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind", "days"),
    [
        (
            "The Kenyan foreign minister said he had spoken by phone with both rival commanders on Tuesday, "
            "hours after a Kenyan aid convoy came under fire outside the city.",
            "attack",
            ["2024-03-05"],
        ),
        (
            "Kenya recalled its ambassador from Khartoum on Wednesday, hours after its embassy there was shelled "
            "by paramilitary fighters.",
            "attack",
            ["2024-03-06"],
        ),
        (
            "استدعت كينيا سفيرها من الخرطوم الأربعاء، بعد ساعات من قصف مقاتلين لمبنى سفارتها هناك.",
            "attack",
            ["2024-03-06"],
        ),
        (
            "اتصل وزير الخارجية الكيني بقائدي الطرفين هاتفيا الثلاثاء، بعد ساعات من تعرض قافلة إغاثة كينية "
            "لإطلاق نار قرب المدينة.",
            "attack",
            ["2024-03-05"],
        ),
        (  # the day of the deed, not the publication's, with another deed of the type told on its own day
            "Gunmen stormed a hotel in Mogadishu on Saturday. Somalia's interior minister resigned on Tuesday, "
            "hours after militants attacked a police station in Baidoa.",
            "attack",
            ["2024-03-02", "2024-03-05"],
        ),
    ],
)
def test_a_deed_hours_from_a_named_day_takes_that_day(text, kind, days):
    assert sorted(e["date"] for e in of_type(extract(text, "2024-03-08"), kind)) == days
