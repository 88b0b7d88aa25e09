"""A crowd's deeds of protest told by their own verb: roads or streets blocked by a crowd
(thousands of Armenians blocked streets; قطع المئات الطرق), a building or a campus occupied by
students or protesters, classrooms walked out of by teachers or pupils. Police, troops or snow
that block a road, troops that occupy a building, and a patient who walks out of a hospital
are none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2022-05-11"  # a Wednesday: "on Monday" is 2022-05-09


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Armenians blocked streets in Yerevan on Monday demanding the prime minister's resignation.",
        "French farmers blocked highways around Paris with tractors on Monday.",
        "قطع المئات من أهالي تطاوين الطرق الرئيسية في تونس يوم الاثنين للمطالبة بالتشغيل.",
        "Students occupied the main building of Belgrade university on Monday.",
        "Teachers across Jordan walked out of classrooms on Monday, demanding a pay rise.",
    ],
)
def test_a_crowd_blocking_occupying_or_walking_out_protests(text: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "protest")] == ["2022-05-09"]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli police blocked roads around the Old City of Jerusalem on Monday.",
        "Snow blocked roads across northern Turkey on Monday.",
        "Hundreds of rebels blocked the road to Goma in Congo on Monday.",
        "قطعت قوات الجيش السوري الطرق المؤدية إلى المدينة يوم الاثنين.",
        "Israeli troops occupied the building in Jenin on Monday.",
        "The patient walked out of the hospital in Cairo on Monday.",
    ],
)
def test_police_troops_snow_and_patients_hold_no_protest(text: str) -> None:
    assert of_type(extract(text, PUBLISHED), "protest") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a crowd that thronged a square named by its own name
        ("Crowds of Iraqis thronged Tahrir Square in Baghdad on Monday.", 1),
        ("Hundreds of thousands of Sudanese packed the streets of Khartoum on Monday.", 1),
        # fans, shoppers and floodwaters fill squares and streets too
        ("Football fans thronged Tahrir Square in Cairo on Monday to celebrate the win.", 0),
        ("Shoppers packed the streets of Dubai on Monday.", 0),
        ("Floodwaters filled the streets of Khartoum on Monday.", 0),
    ],
)
def test_a_crowd_thronging_a_named_square(text: str, count: int) -> None:
    assert len(of_type(extract(text, PUBLISHED), "protest")) == count
