"""A deed told as coinciding with the deed the sentence before told («وتزامنت المراسم مع إطلاق
صاروخين», "The ceremony coincided with rocket fire") happened at that deed's time; one told on
the day of the signing («يوم التوقيع», "on signing day") on the day of the deal signed before."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_SIGNED_AR = "ووقّع نتنياهو ووزير الخارجية الإماراتي المعاهدة في 15 سبتمبر/أيلول في البيت الأبيض. "
_SIGNED_EN = "Netanyahu and the Emirati foreign minister signed the treaty at the White House on Sept. 15. "


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (_SIGNED_AR + "وتزامنت المراسم مع إطلاق صاروخين من قطاع غزة على أسدود وعسقلان.", "attack", "2020-09-15"),
        (_SIGNED_EN + "The ceremony coincided with rocket fire from Gaza on Ashdod and Ashkelon in Israel.", "attack", "2020-09-15"),
        (_SIGNED_AR + "كما خرجت تظاهرات في مدن بالضفة الغربية وقطاع غزة يوم التوقيع.", "protest", "2020-09-15"),
        (_SIGNED_EN + "Palestinians protested in Ramallah in the West Bank on signing day.", "protest", "2020-09-15"),
        # the deal reached in August is no signing: the signing day is the one told by a word of signing
        (
            _SIGNED_AR + "وكان ترامب قد أعلن في 13 أغسطس/آب التوصل إلى اتفاق لتطبيع العلاقات. "
            "كما خرجت تظاهرات في مدن بالضفة الغربية وقطاع غزة يوم التوقيع.",
            "protest",
            "2020-09-15",
        ),
    ],
)
def test_the_day_of_the_deed_taken_up(text: str, event_type: str, date: str) -> None:
    found = of_type(extract(text, "2020-10-16"), event_type)
    assert [e["date"] for e in found] == [date], found


def test_a_coincident_deed_with_its_own_day_keeps_it() -> None:
    text = _SIGNED_AR + "وتزامن ذلك مع إطلاق صاروخين من قطاع غزة على عسقلان في 16 سبتمبر."
    found = of_type(extract(text, "2020-10-16"), "attack")
    assert [e["date"] for e in found] == ["2020-09-16"], found
