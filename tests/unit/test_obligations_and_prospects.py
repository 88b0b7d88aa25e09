"""A deed that must or should be done, and a deed told as a prospect, have not been done.

- A word of obligation before أن (يجب أن، ينبغي أن، يتعين أن) and "should" or "must" open a
  plan like a verb in the future: the event words after them in their sentence tell deeds to
  come, until a word that turns to what happened (after, الذي).
- "the prospect of", "the spectre of" and شبح before an event word make it hypothetical.

Real deeds near those words stay: a deed told before the word of obligation, one told after a
turn to the past in the same sentence, and one in a sentence of its own.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2021-05-01"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The Tunisian army must stay in its barracks during the presidential election.", "election"),
        ("ويجب أن تبقى قوات الجيش التونسي في ثكناتها خلال الانتخابات الرئاسية.", "election"),
        ("The clashes raised the prospect of a Turkish military intervention in northern Syria.", "deployment"),
        ("The talks raised the prospect of a ceasefire between Israel and Hamas.", "ceasefire"),
    ],
)
def test_obliged_or_prospective_deeds_are_no_events(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUB), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Libya and Turkey signed a deal to end the fighting on Monday, and the envoy said it must be respected.", "agreement"),
        ("The Syrian army shelled Idlib last week, and the council must now rebuild the city.", "attack"),
        ("وقصف الجيش السوري مدينة إدلب الأسبوع الماضي، ويجب أن تعيد الحكومة بناءها.", "attack"),
        ("The Lebanese council must now rebuild the city, after the Israeli army shelled it last week.", "attack"),
        ("ويجب أن تعيد الحكومة اللبنانية بناء المدينة التي قصفها الجيش الإسرائيلي الأسبوع الماضي.", "attack"),
    ],
)
def test_deeds_beside_an_obligation_stay(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUB), event_type) != []
