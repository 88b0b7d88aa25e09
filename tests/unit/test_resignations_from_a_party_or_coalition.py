"""A resignation from a party, a coalition, a front or a movement (استقال من التحالف
الوطني، استقالته من حزب ...; resigned from the opposition coalition) leaves a membership, no
office of a state: no appointment. A minister of a party who resigns from the government
still does."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _appointments(text: str, published: str) -> list[tuple[str | None, list[str]]]:
    return [(e["date"], sorted(e["countries"])) for e in of_type(extract(text, published), "appointment")]


@pytest.mark.parametrize(
    "text",
    [
        'وقال الناشط الكردي السوري، الذي استقال من "التحالف الوطني" المعارض الشهر الماضي، إن الوضع خطير.',
        "وأعلن النائب العراقي أمس استقالته من حزب الدعوة احتجاجا على الفساد.",
        "The Syrian Kurdish activist, who resigned from the opposition coalition last month, said the situation was grave.",
        "The Iraqi lawmaker resigned from his party in protest at corruption on Monday.",
    ],
)
def test_a_resignation_from_a_party_or_coalition_is_no_appointment(text):
    assert _appointments(text, "2018-03-19") == []
