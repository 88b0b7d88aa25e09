"""Wordings of the less frequent event types, in both languages (data/triggers.json):

- a ceasefire named by the verbal noun with an adjective of its kind before what it stops
  (وقفا أحاديا لإطلاق النار, a unilateral ceasefire) is a ceasefire, not the firing it stops;
- a membership or accession told ratified in the passive with its approver after it (Sweden's
  NATO membership was ratified by the Turkish parliament) is a ratification, as a parliament
  approving a request or protocol of accession is (وافق البرلمان على طلب انضمام السويد);
- drills or exercises staged, launched, begun or kicked off are held (staged a large-scale
  drill), not a school or fire drill, drilling for oil, or drills still planned.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2024-03-06"


def _types(text: str) -> list[str]:
    return [e["event_type"] for e in extract(text, PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت الحكومة الإثيوبية يوم الاثنين وقفا أحاديا لإطلاق النار في إقليم تيغراي.",
        "أعلن الجيش السوداني يوم السبت وقفا مؤقتا لإطلاق النار لمدة ثلاثة أيام في الخرطوم.",
        "وافقت إسرائيل وحماس يوم الجمعة على وقف إنساني لإطلاق النار في غزة.",
        "Ethiopia's government declared a unilateral ceasefire in Tigray on Monday.",
    ],
)
def test_a_ceasefire_with_its_kind_is_a_ceasefire(text: str) -> None:
    types = _types(text)
    assert "ceasefire" in types and "attack" not in types, types


@pytest.mark.parametrize(
    "text",
    [
        "دعا مجلس الأمن يوم الاثنين إلى وقف مؤقت لإطلاق النار في الخرطوم.",
        "Sudan's army was urged on Monday to declare a unilateral ceasefire in Khartoum.",
    ],
)
def test_a_ceasefire_called_for_is_none(text: str) -> None:
    assert "ceasefire" not in _types(text)


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Sweden's NATO membership was ratified by the Turkish parliament on Tuesday.", {"SWE", "TUR"}),
        ("Finland's accession to the alliance was approved by Hungary's parliament on Monday.", {"FIN", "HUN"}),
        ("وافق البرلمان التركي يوم الثلاثاء على طلب انضمام السويد إلى حلف الناتو بأغلبية 287 صوتا.", {"TUR", "SWE"}),
        ("وافق مجلس النواب المجري يوم الاثنين على بروتوكول انضمام فنلندا إلى حلف شمال الأطلسي.", {"HUN", "FIN"}),
    ],
)
def test_accession_ratified_in_the_passive_or_its_request_approved(text: str, countries: set[str]) -> None:
    found = of_type(extract(text, PUB), "ratification")
    assert found and countries <= set(found[0]["countries"]), found


@pytest.mark.parametrize(
    "text",
    [
        "Sweden's NATO membership was discussed by the Turkish parliament on Tuesday.",
        "Sweden's request to join NATO was submitted to the Turkish parliament on Tuesday.",
        "ناقش البرلمان التركي يوم الثلاثاء طلب انضمام السويد إلى حلف الناتو.",
        "أحالت الحكومة التركية يوم الثلاثاء طلب انضمام السويد إلى البرلمان.",
    ],
)
def test_accession_debated_or_sent_on_is_no_ratification(text: str) -> None:
    assert "ratification" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "JERUSALEM - The Israeli military staged a large-scale drill simulating war with Hezbollah on Tuesday.",
        "WARSAW - Polish and German troops kicked off their largest exercises in a decade on Monday.",
        "TAIPEI - China's military launched drills around Taiwan on Monday.",
        "أطلق الجيش الصيني يوم الاثنين مناورات حول تايوان.",
    ],
)
def test_drills_staged_or_launched_are_held(text: str) -> None:
    assert "military_exercise" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Students at the school began a fire drill on Monday.",
        "The company began drilling for gas in the offshore field on Monday.",
        "Iran plans to stage naval drills in the Gulf next month.",
        "تعتزم روسيا إجراء مناورات عسكرية مع بيلاروسيا الشهر المقبل.",
    ],
)
def test_other_drills_and_planned_ones_are_none(text: str) -> None:
    assert "military_exercise" not in _types(text)
