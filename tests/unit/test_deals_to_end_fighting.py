"""A deal, an agreement or an accord to end, halt or stop the fighting ("a Moscow-brokered deal to
end the fighting took effect on Tuesday", «ووقعت أرمينيا وأذربيجان اتفاقا لإنهاء القتال») is a
truce, and one that entered into force («ودخل اتفاق لإنهاء القتال حيز التنفيذ») is no
ratification. Not a deal only negotiated or sought ("held talks on a deal to end the fighting");
an English deal told as signed stays an agreement (test_obligations_and_prospects)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2020-11-10"


@pytest.mark.parametrize(
    "text",
    [
        "Peacekeepers deployed on Tuesday after a Moscow-brokered deal to end six weeks of fighting between Armenia and Azerbaijan took effect on Tuesday.",
        "A Moscow-brokered deal to end the fighting between Armenia and Azerbaijan took effect on Tuesday.",
        "ووقعت أرمينيا وأذربيجان يوم الثلاثاء اتفاقا لإنهاء القتال برعاية موسكو.",
        "ودخل اتفاق لإنهاء القتال بين أرمينيا وأذربيجان حيز التنفيذ يوم الثلاثاء.",
    ],
)
def test_a_deal_to_end_the_fighting_is_a_truce(text: str) -> None:
    found = extract(text, PUBLISHED)
    truces = of_type(found, "ceasefire")
    assert [(e["date"], {"ARM", "AZE"} <= set(e["countries"])) for e in truces] == [("2020-11-10", True)], found
    assert of_type(found, "ratification") == [], found


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan held talks on Tuesday on a deal to end the fighting.",
        "وأجرت أرمينيا وأذربيجان يوم الثلاثاء محادثات حول اتفاق لإنهاء القتال.",
        "Officials said efforts to reach a deal to end the fighting had stalled on Tuesday.",
        "وقال مسؤولون إن جهود التوصل إلى اتفاق لإنهاء القتال تعثرت يوم الثلاثاء.",
    ],
)
def test_no_truce_of_a_deal_only_sought(text: str) -> None:
    assert of_type(extract(text, PUBLISHED), "ceasefire") == []
