"""A deed named as the alternative not taken ("instead of sanctions", «بدلا من فرض عقوبات») and a
deed that was to have been done ("the king was to have visited Washington in May") did not take
place; a deed done instead ("Instead, the EU imposed sanctions", «بدلا من ذلك فرضت عقوبات»), or
done as it was to have been, did."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2024-03-10"  # a Sunday: "on Monday" is 2024-03-04


def _dates(text: str, kind: str) -> list[str]:
    return sorted(e["date"] for e in of_type(extract(text, PUB), kind))


@pytest.mark.parametrize(
    ("text", "kind", "dates"),
    [
        ("Instead of sanctions, the EU offered talks to Turkey on Monday.", "sanctions", []),
        ("The EU chose dialogue with Turkey instead of sanctions on Monday.", "sanctions", []),
        ("بدلا من فرض عقوبات، عرض الاتحاد الأوروبي الحوار على تركيا الاثنين.", "sanctions", []),
        ("اختار الاتحاد الأوروبي الحوار مع تركيا بدلا من العقوبات الاثنين.", "sanctions", []),
        ("The king was to have visited Washington in May, but the trip was cancelled.", "visit", []),
        ("The two leaders were due to have met in Helsinki on Monday.", "meeting", []),
        # near misses: the deed done instead, a deed beside the alternative, one done as planned
        ("Instead, the EU imposed sanctions on Turkey on Monday.", "sanctions", ["2024-03-04"]),
        ("بدلا من ذلك، فرض الاتحاد الأوروبي عقوبات على تركيا الاثنين.", "sanctions", ["2024-03-04"]),
        ("Israel launched air strikes on Gaza on Monday instead of a ground offensive.", "attack", ["2024-03-04"]),
        ("The Syrian army, which was to have withdrawn, attacked the town on Monday.", "attack", ["2024-03-04"]),
        ("The king visited Washington in May, as he was to have done in March.", "visit", ["2023-05"]),
    ],
)
def test_an_alternative_not_taken_or_a_deed_that_was_to_have_been_done_is_not_done(text, kind, dates):
    assert _dates(text, kind) == dates


# a strike or a deployment approved or authorised is allowed, not yet done (as وافق على إرسال
# قوات tells); one done after its approval, and aid or sanctions approved, are told as done
@pytest.mark.parametrize(
    ("text", "kind", "dates"),
    [
        ("Trump approved expanded military operations against al Shabaab in Somalia in March.", "attack", []),
        ("Turkey's parliament approved sending troops to Libya on Wednesday.", "deployment", []),
        ("The Senate authorized air strikes against Iraq on Wednesday.", "attack", []),
        ("وافق البرلمان التركي الأربعاء على إرسال قوات إلى ليبيا.", "deployment", []),
        (
            "Turkish troops arrived in Libya on Wednesday, after parliament approved the deployment.",
            "deployment",
            ["2024-03-06"],
        ),
        (
            "The cabinet approved a plan on Wednesday, and Israeli jets struck Gaza hours later.",
            "attack",
            ["2024-03-06"],
        ),
        ("وصلت قوات تركية إلى ليبيا الأربعاء بعد أن وافق البرلمان على نشرها.", "deployment", ["2024-03-06"]),
    ],
)
def test_an_approved_strike_or_deployment_is_not_done(text, kind, dates):
    assert _dates(text, kind) == dates
