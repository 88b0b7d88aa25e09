"""A parliament or government refusing to ratify ratifies nothing, whatever stands between the
verb of refusing and the verbal noun (رفض البرلمان التركي يوم الثلاثاء التصديق على الاتفاقية, as
refused to ratify in English), nor is the agreement it would have ratified told reached
(data/modality.json; an agreement named past six words after the verb still is, a limit left
open). A ratification told beside a refusal of others, or after the agreement
someone rejected, stays one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUB = "2024-03-06"


def _types(text: str) -> list[str]:
    return [e["event_type"] for e in extract(text, PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "رفض البرلمان التركي يوم الثلاثاء التصديق على الاتفاقية مع ليبيا.",
        "رفض مجلس النواب الأردني مساء الأحد المصادقة على اتفاقية الغاز مع إسرائيل.",
        "Turkish lawmakers refused on Tuesday to ratify the agreement with Libya.",
    ],
)
def test_a_refused_ratification_is_none(text: str) -> None:
    assert "ratification" not in _types(text)


def test_the_agreement_a_refused_ratification_names_is_not_reached() -> None:
    types = _types("رفض البرلمان التركي يوم الثلاثاء التصديق على الاتفاقية مع ليبيا.")
    assert types == [], types


@pytest.mark.parametrize(
    "text",
    [
        "صادق البرلمان التركي يوم الثلاثاء على الاتفاقية مع ليبيا رغم رفض المعارضة.",
        "رفضت المعارضة الاتفاقية التي صادق عليها البرلمان التركي يوم الثلاثاء.",
        "Turkey's parliament ratified the agreement with Libya on Tuesday despite the opposition's refusal.",
    ],
)
def test_a_ratification_beside_a_refusal_stays(text: str) -> None:
    assert "ratification" in _types(text)
