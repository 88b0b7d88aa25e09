"""A measure states decide against another (cutting their ties together, a boycott, sanctions
told with no one state taking them at home, listing as terrorists) tells no place where it was
taken: the states it names are its sides, the state acted on its target, and it is placed
nowhere. A measure done on some ground keeps its place (an expulsion, a closure), and so does one
state's measure against one other, placed at its home."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _places(text: str, published: str) -> list[str | None]:
    return [(e.get("location") or {}).get("country") for e in of_type(extract(text, published), "sanctions")]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a boycott named as a noun, the state acted on after it
        ("وتستمر مقاطعة قطر منذ يونيو 2017 رغم الوساطة الكويتية.", "2018-08-12"),
        ("The boycott of Qatar, imposed in June 2017, has cost the region dearly.", "2018-08-12"),
        # several states listing people as terrorists, a capital named as the side
        ("وأدرجت السعودية والإمارات والبحرين ومصر 59 شخصا على قوائم الإرهاب بسبب صلاتهم بالدوحة.", "2017-06-09"),
        ("Saudi Arabia, the UAE, Bahrain and Egypt on Friday blacklisted 59 people linked to Doha.", "2017-06-09"),
        # sanctions told by their noun, the sanctioned state named in the sentence
        ("وتخضع سوريا منذ 2011 لعقوبات فرضها الاتحاد الأوروبي على دمشق.", "2020-06-18"),
        ("Syria has been under European Union sanctions on Damascus since 2011.", "2020-06-18"),
    ],
)
def test_placed_nowhere(text, published):
    places = _places(text, published)
    assert places and places[0] is None, places


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        # an expulsion is done in the expelling state
        ("طردت الكويت السفير الإيراني يوم الاثنين.", "2017-07-21", "KWT"),
        ("Greece expelled the Libyan ambassador on Friday.", "2019-12-07", "GRC"),
        # a closure keeps its ground
        ("أغلقت الجزائر مجالها الجوي أمام الطائرات المغربية الأربعاء.", "2021-09-23", "DZA"),
        ("Algeria closed its airspace to all Moroccan aircraft on Wednesday.", "2021-09-23", "DZA"),
        # one state's measure against one other: its deed at home
        ("قطعت الجزائر علاقاتها الدبلوماسية مع المغرب يوم الثلاثاء.", "2021-08-25", "DZA"),
        ("Canada imposed sanctions on Iran on Monday.", "2019-03-05", "CAN"),
    ],
)
def test_placed(text, published, country):
    assert _places(text, published)[:1] == [country]
