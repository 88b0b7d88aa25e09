"""A measure several states take together against one (cutting ties, sanctions) is taken by each
at home: the state acted on, named after a preposition of the side acted on ("with Iran",
"on Iran", "مع طهران", "على إيران"), is not its place, and the text states no one place."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("قطعت الأردن ومصر والمغرب علاقاتها الدبلوماسية مع طهران يوم الاثنين.", "2019-03-05"),
        ("Canada and Australia imposed sanctions on Iran on Monday.", "2019-03-05"),
        ("وكانت السعودية والإمارات والبحرين ومصر قد قطعت علاقاتها الدبلوماسية مع قطر في يونيو 2017.", "2021-01-05"),
        ("Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar on June 5, 2017.", "2017-06-06"),
    ],
)
def test_a_measure_of_several_states_is_placed_nowhere(text, published):
    found = of_type(extract(text, published), "sanctions")
    assert found and all(e.get("location") is None for e in found), found


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        # one state's measure stays at home
        ("قطعت الجزائر علاقاتها الدبلوماسية مع المغرب يوم الثلاثاء.", "2021-08-25", "DZA"),
        ("Canada imposed sanctions on Iran on Monday.", "2019-03-05", "CAN"),
    ],
)
def test_a_measure_of_one_state_stays_at_home(text, published, country):
    found = of_type(extract(text, published), "sanctions")
    assert found and (found[0].get("location") or {}).get("country") == country, found
