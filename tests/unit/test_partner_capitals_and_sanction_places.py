"""A capital after "with", "against" or "between" names a government dealt with, not the
event's place; a sanction of several states against one is placed in none of them (each state
acts at home, and the text states no one place), nor in its target's country."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _country(event: dict) -> str | None:
    return (event.get("location") or {}).get("country")


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # a deal between two states told with no place of its own is placed in neither
        ("وقعت قطر اتفاقا مع تركيا الأحد، في ظل خلافاتها مع الرياض.", "agreement", None),
        ("Qatar signed a deal with Turkey on Sunday, amid its dispute with Riyadh.", "agreement", None),
        ("أبرمت الرياض يوم 21 مايو صفقات أسلحة مع واشنطن قيمتها 110 مليارات دولار.", "agreement", None),
        # aid goes to the capital after مع, told alone
        ("أرسلت تركيا مساعدات غذائية الاثنين بعد قطع العلاقات مع الدوحة.", "aid", "QAT"),
    ],
)
def test_a_capital_dealt_with_is_not_the_place(text, event_type, place):
    found = of_type(extract(text, "2018-08-10"), event_type)
    assert found and _country(found[0]) == place, found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر في 5 يونيو 2017.", None),
        # the catalogued boycott told on its day, its target named after مع or "with"
        ("وكانت كل من السعودية والامارات والبحرين ومصر قد أعلنت أمس قطع علاقاتها الدبلوماسية مع قطر.", None),
        ("Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar on June 5, 2017.", None),
        # one state told cutting its ties on the day of the boycott of several: that boycott, placed
        # nowhere
        ("قطعت السعودية علاقاتها مع قطر في 5 يونيو 2017.", None),
        # a ban applies on the banning states' own ground
        ("منعت السعودية والإمارات والبحرين الطائرات القطرية من الهبوط في مطاراتها.", "SAU"),
    ],
)
def test_a_sanction_of_several_states_is_placed_in_none_of_them(text, place):
    found = of_type(extract(text, "2017-06-06"), "sanctions")
    assert found and _country(found[0]) == place, found
