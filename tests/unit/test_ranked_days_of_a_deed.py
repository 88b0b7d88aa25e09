"""An event word after a superlative and a noun of a stretch of time, before "since" ("in one of
the heaviest days of bombardment since the war began", «في واحد من أعنف أيام القصف منذ بدء
الحرب»), measures the day of the deed its sentence tells: no second deed beside it. Told
alone, the word is still the deed."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

_LEAD_AR = "دخل اتفاق وقف إطلاق النار بين إسرائيل وحزب الله حيز التنفيذ فجر اليوم الأربعاء. "
_LEAD_EN = "A ceasefire between Israel and Hezbollah took effect at dawn on Wednesday. "


@pytest.mark.parametrize(
    "text",
    [
        _LEAD_AR
        + "وشنت الطائرات الإسرائيلية أمس، قبل ساعات من سريان الهدنة، سلسلة غارات عنيفة على الضاحية الجنوبية لبيروت"
        " ووسط العاصمة، في واحد من أعنف أيام القصف منذ بدء الحرب.",
        _LEAD_AR + "وقصفت الطائرات الإسرائيلية أمس الضاحية الجنوبية لبيروت في أعنف ليلة من الغارات منذ بدء الحرب.",
        _LEAD_EN
        + "Israeli jets struck Beirut's southern suburbs on Tuesday, in one of the heaviest days of bombardment since the war began.",
    ],
)
def test_one_attack_on_its_day(text: str) -> None:
    attacks = [(e["trigger"], e["date"]) for e in extract(text, "2024-11-27") if e["event_type"] == "attack"]
    assert [d for _, d in attacks] == ["2024-11-26"], attacks


@pytest.mark.parametrize(
    "text",
    [
        "Gaza endured one of the heaviest days of bombardment since the war began.",
        "شهدت غزة أمس واحدا من أعنف أيام القصف منذ بدء الحرب.",
    ],
)
def test_the_ranked_deed_told_alone(text: str) -> None:
    assert [e for e in extract(text, "2024-11-27") if e["event_type"] == "attack"]
