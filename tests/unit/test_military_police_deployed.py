"""Military police and marines sent or deployed somewhere are a deployment, as troops are:
«نشرت روسيا شرطة عسكرية في منبج», "Russia deployed military police in Manbij"."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("ونشرت روسيا شرطة عسكرية في منبج أمس.", {"RUS", "SYR"}),
        ("وأرسلت روسيا الشرطة العسكرية إلى منبج أمس.", {"RUS", "SYR"}),
        ("وأرسلت الولايات المتحدة مشاة البحرية إلى بيروت أمس.", {"USA", "LBN"}),
        ("Russia deployed military police in Manbij on Friday.", {"RUS", "SYR"}),
        ("The United States dispatched marines to Beirut on Friday.", {"USA", "LBN"}),
    ],
)
def test_military_police_and_marines_are_deployed(text: str, countries: set[str]) -> None:
    found = of_type(extract(text, "2023-06-10"), "deployment")
    assert [(e["date"], set(e["countries"])) for e in found] == [("2023-06-09", countries)], found


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # members of a force, counted or partitive: the force deployed
        ("انتشر مئات من أفراد الشرطة الفلسطينية صباح اليوم في مدينة الخليل.", {"PSE"}),
        ("وانتشر عناصر من الجيش اللبناني اليوم في بلدة عرسال.", {"LBN"}),
    ],
)
def test_members_of_a_force_deployed(text: str, countries: set[str]) -> None:
    found = of_type(extract(text, "2023-06-10"), "deployment")
    assert [(e["date"], set(e["countries"])) for e in found] == [("2023-06-10", countries)], found


@pytest.mark.parametrize(
    "text",
    [
        # members of a community or of a group spread across places: a standing presence
        "ينتشر أفراد الجالية اليمنية في دول الخليج.",
        "وتنتشر عناصر تنظيم القاعدة في محافظتي أبين وشبوة جنوب اليمن.",
    ],
)
def test_members_spread_across_places_are_no_deployment(text: str) -> None:
    assert of_type(extract(text, "2023-06-10"), "deployment") == []

