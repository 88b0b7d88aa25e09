"""Reaching a deal (التوصل إلى) is told as done when it is announced or achieved («أعلنت روسيا
وتركيا التوصل إلى اتفاق لوقف إطلاق النار», «نجاح وساطتها في التوصل إلى وقف لإطلاق النار»), and
as a goal, no event, after a word of striving, hoping or failing («بجهود التوصل إلى هدنة»,
«دون التوصل إلى اتفاق», «محاولة التوصل»). A body holding its own summit («عقد مجلس التعاون قمته
السنوية») holds a meeting, as «عقد قمة» does. One who agreed to step down or hand over power made no
deal with anyone ("Haiti's Prime Minister Ariel Henry agreed to step down")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2020-03-06"  # a Friday


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("أعلنت روسيا وتركيا التوصل إلى اتفاق لوقف إطلاق النار في إدلب الخميس.", "2020-03-05"),
        ("أعلنت مصر الخميس نجاح وساطتها في التوصل إلى وقف لإطلاق النار بين إسرائيل وحركة الجهاد.", "2020-03-05"),
    ],
)
def test_a_truce_reached_and_announced_is_a_ceasefire(text, date):
    assert [e["date"] for e in of_type(extract(text, PUB), "ceasefire")] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث إن القرار يضر بجهود التوصل إلى هدنة في غزة.",
        "وانتهت الجولة الخميس دون التوصل إلى اتفاق لوقف إطلاق النار في إدلب.",
        "ودعا الوزير الخميس إلى مضاعفة الجهود من أجل التوصل إلى وقف لإطلاق النار في اليمن.",
        "وتواصل مصر محاولة التوصل إلى هدنة في غزة.",
    ],
)
def test_reaching_a_truce_as_a_goal_is_no_ceasefire(text):
    assert not of_type(extract(text, PUB), "ceasefire")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("عقد مجلس التعاون الخليجي قمته السنوية في الرياض الخميس.", "SAU"),
        ("عقد القادة العرب قمتهم الطارئة في مكة الخميس.", "SAU"),
        ("The Gulf Cooperation Council held its annual summit in Riyadh on Thursday.", "SAU"),
    ],
)
def test_a_body_holding_its_own_summit_holds_a_meeting(text, place):
    found = of_type(extract(text, PUB), "meeting")
    assert [(e["date"], (e["location"] or {}).get("country")) for e in found] == [("2020-03-05", place)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Haiti's Prime Minister Ariel Henry agreed to step down on Thursday.", False),
        ("Yemen's president agreed on Thursday to hand over power to his deputy.", False),
        ("Sudan's military ruler agreed to resign on Thursday.", False),
        ("Yemen's government and Houthi rebels agreed to a deal on Thursday under which the president would resign.", True),
        ("Gulf states and Yemen's ruling party agreed on Thursday that Saleh would hand over power to his deputy.", True),
    ],
)
def test_agreeing_to_step_down_is_no_deal(text, kept):
    assert bool(of_type(extract(text, PUB), "agreement")) is kept


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت قطر الخميس قرب التوصل إلى اتفاق لوقف إطلاق النار في غزة.",
        "وتحدث الوسطاء الخميس عن اقتراب التوصل إلى هدنة في غزة.",
    ],
)
def test_a_truce_near_is_no_ceasefire(text):
    assert of_type(extract(text, PUB), "ceasefire") == []
