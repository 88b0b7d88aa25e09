"""A deed told as coinciding with the deed the sentence before told («وتزامنت المراسم مع إطلاق
صاروخين», "The ceremony coincided with rocket fire") happened at that deed's time, or, after a
sentence of sayings, at the time of the article's news; one told on the day of the signing («يوم
التوقيع», "on signing day") or during its ceremony («خلال حفل التوقيع», "during the signing
ceremony") on the day of the deal signed before."""

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
        # told during the signing ceremony
        (_SIGNED_AR + "وتزامنا مع مراسم التوقيع، أطلقت صواريخ من قطاع غزة على مدينة عسقلان.", "attack", "2020-09-15"),
        (_SIGNED_AR + "وتظاهر المئات في رام الله خلال حفل التوقيع.", "protest", "2020-09-15"),
        (_SIGNED_EN + "Two rockets fired from Gaza struck Ashkelon during the signing ceremony.", "attack", "2020-09-15"),
        (_SIGNED_EN + "Hundreds protested in Ramallah during the signing.", "protest", "2020-09-15"),
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


_SAYING_AR = "وقال أردوغان إن العملية تستهدف المنظمات الإرهابية التي تهدد بلادنا. "
_SAYING_EN = "Erdogan said the operation targeted terrorist groups that threaten Turkey. "


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the sentence before tells no deed, only a saying: the subject takes up the article's news
        (
            "أنقرة - عبرت دبابات تركية الحدود إلى سوريا وطردت فصائل المعارضة تنظيم داعش من جرابلس أمس الأربعاء. "
            + _SAYING_AR
            + "وتزامنت العملية مع زيارة نائب الرئيس الأميركي جو بايدن إلى أنقرة.",
            "2016-08-24",
        ),
        (
            "ANKARA (Reuters) - Syrian rebels backed by Turkish tanks drove Islamic State out of Jarablus on Wednesday. "
            + _SAYING_EN
            + "The operation coincided with a visit by U.S. Vice President Joe Biden to Ankara.",
            "2016-08-24",
        ),
    ],
)
def test_a_coincident_deed_after_a_saying_takes_the_news_day(text: str, date: str) -> None:
    found = of_type(extract(text, "2016-08-25"), "visit")
    assert [e["date"] for e in found] == [date], found


def test_a_coincident_deed_after_a_deed_of_no_day_stays_undated() -> None:
    text = (
        "ANKARA (Reuters) - Syrian rebels backed by Turkish tanks drove Islamic State out of Jarablus on Wednesday. "
        "Turkish jets have struck Kurdish positions for weeks. "
        "The operation coincided with a visit by U.S. Vice President Joe Biden to Ankara."
    )
    found = of_type(extract(text, "2016-08-25"), "visit")
    assert [e["date_basis"] for e in found] == ["publication"], found


def test_a_coincident_deed_after_a_saying_takes_the_last_deed_told() -> None:
    text = (
        "Israeli jets struck targets in Gaza on Monday. On Wednesday, gunmen attacked an Israeli checkpoint near Jenin. "
        "Palestinian officials said the violence would escalate. The attack coincided with a visit by Blinken to Ramallah."
    )
    found = of_type(extract(text, "2023-01-12"), "visit")
    assert [e["date"] for e in found] == ["2023-01-11"], found


@pytest.mark.parametrize(
    "text",
    [
        # the ceremony named with no word of during or coinciding tells no deed of its time
        _SIGNED_AR + "وبعد أسبوع من حفل التوقيع، زار وزير الخارجية الإماراتي إسرائيل.",
        _SIGNED_AR + "والتقى عباس، الذي انتقد مراسم التوقيع، أردوغان في أنقرة.",
        _SIGNED_EN + "Abbas, who condemned the signing ceremony, met Erdogan in Ankara.",
    ],
)
def test_a_ceremony_named_without_a_word_of_its_time_gives_no_day(text: str) -> None:
    found = [e for e in extract(text, "2020-09-25") if e["event_type"] in ("visit", "meeting")]
    assert found and "2020-09-15" not in [e["date"] for e in found], found

