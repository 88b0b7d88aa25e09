"""A verbal noun with `ل` right after a noun of a part or a stage of an event is that stage's
complement, the `ل` of belonging («المرحلة الختامية لتمرين رعد الشمال», «العرض العسكري الختامي
لتمرين درع الخليج»): the drill was held, as "the closing phase of the exercise" tells. After a
verb of travel or a place the `ل` is still one of purpose (وصل إلى الخرطوم لإجراء مناورات)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2020-03-12"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("رعى العاهل السعودي العرض العسكري الختامي لتمرين درع الخليج يوم الاثنين.", "SAU"),
        ("حضر وزير الدفاع الأردني ختام فعاليات النسخة الأولى لمناورات الأسد المتأهب يوم الاثنين.", "JOR"),
        ("شهد الرئيس المصري المرحلة الرئيسية لتدريبات «قادر» يوم الاثنين.", "EGY"),
    ],
)
def test_a_stage_of_a_drill_is_the_drill_held(text: str, country: str) -> None:
    found = [e for e in of_type(extract(text, PUBLISHED), "military_exercise") if e["date"] == "2020-03-09"]
    assert len(found) == 1 and country in found[0]["countries"], found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وصل وفد عسكري مصري إلى الخرطوم يوم الاثنين لإجراء مناورات مشتركة مع الجيش السوداني.", "military_exercise"),
        ("توجه الوزير القطري إلى أنقرة يوم الاثنين لتوقيع اتفاقية للتعاون العسكري.", "agreement"),
        ("The Saudi defence minister flew to Amman on Monday to attend the exercise.", "military_exercise"),
    ],
)
def test_a_purpose_after_travel_is_still_to_come(text: str, kind: str) -> None:
    found = of_type(extract(text, PUBLISHED), kind)
    assert found == [], found
