"""Support or backing given to a militia, rebels or an armed group is aid to them (CAMEO 072):
told by the verbal noun with its giver after it as its genitive and the group after ل ("دعم
النظام الإيراني للميليشيا الحوثية"), by the verb with the group as its object ("تدعم إيران
الحوثيين", "supporting the Houthis") or by the noun with for ("support for the Houthi rebels").
The giver named after the verbal noun gives, and the supply takes place at the group's, even
when the group is also named earlier in the sentence or the giver by its capital. A side only
described as supported ("المدعومة من إيران", "Iran-backed militias") is no deed told, nor is
support stopped, suspended or ended ("وقف دعمها للمتمردين", "ended its support for the rebels")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "giver", "place"),
    [
        ("وقال المتحدث إن الحادث يكشف دعم النظام الإيراني للميليشيا الحوثية بالمال منذ سنوات.", "IRN", "YEM"),
        ("وكشف الحادث دعم ومساندة السلطات في الدوحة لميليشيا الحوثي منذ سنوات.", "QAT", "YEM"),
        (
            "وقال المتحدث إن تقارير الأمم المتحدة عن الميليشيا الحوثية تثبت دعم النظام الإيراني للميليشيا الحوثية بالمال.",
            "IRN",
            "YEM",
        ),
        ("وتدعم إيران الحوثيين في اليمن منذ عام 2015، بحسب مسؤولين سعوديين.", "IRN", "YEM"),
        ("Iran has been supporting the Houthi rebels since 2015, Saudi officials said.", "IRN", "YEM"),
        ("Saudi officials said Tehran's support for the Houthi rebels began in 2015.", "IRN", "YEM"),
    ],
)
def test_support_given_to_an_armed_group_is_aid_at_its_home(text: str, giver: str, place: str) -> None:
    found = of_type(extract(text, "2018-04-20"), "aid")
    assert found, text
    assert giver in found[0]["countries"] and place in found[0]["countries"]
    assert found[0]["location"]["country"] == place


@pytest.mark.parametrize(
    "text",
    [
        "وتقاتل القوات اليمنية المدعومة من التحالف الميليشيات الحوثية في الحديدة.",
        "Iran-backed militias attacked a base in eastern Syria on Monday.",
        "The army, with the support of militias, took the town of Sirte on Monday.",
    ],
)
def test_a_side_described_as_supported_is_no_aid(text: str) -> None:
    assert not of_type(extract(text, "2018-04-20"), "aid")


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت واشنطن الاثنين وقف دعمها للمتمردين في سوريا.",
        "وأعلنت تركيا الاثنين تعليق دعمها للفصائل المسلحة في سوريا.",
        "The United States on Monday ended its support for the rebels in southern Syria.",
    ],
)
def test_support_stopped_or_suspended_is_no_aid(text: str) -> None:
    assert not of_type(extract(text, "2018-04-20"), "aid")
