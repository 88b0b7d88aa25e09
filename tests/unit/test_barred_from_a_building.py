"""A person barred from entering a building, a hall or a session is kept out of a place, no
measure of one state against another, in Arabic as in English; people, planes and goods barred
from a land, its airspace or its ports are sanctions as before."""

import pytest

from tests.unit.test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "ونفذ رئيس البرلمان راشد الغنوشي اعتصاما أمام مقر البرلمان يوم الاثنين، بعدما منعه عسكريون من دخول المبنى.",
        "منعت قوات الأمن النواب من دخول قاعة البرلمان يوم الاثنين.",
        "Parliament speaker Rached Ghannouchi staged a sit-in outside parliament on Monday after soldiers barred him from entering the building.",
        "Security forces barred the deputies from entering the parliament chamber on Monday.",
    ],
)
def test_barred_from_a_building_is_no_sanction(text):
    assert not of_type(extract(text, "2021-07-27"), "sanctions")


@pytest.mark.parametrize(
    "text",
    [
        "منعت السعودية المواطنين القطريين من دخول أراضيها يوم الاثنين.",
        "منعت الإمارات الطائرات القطرية من الهبوط في مطاراتها يوم الاثنين.",
        "Saudi Arabia barred Qatari planes from landing at its airports on Monday.",
    ],
)
def test_barred_from_a_land_is_a_sanction(text):
    assert of_type(extract(text, "2021-07-27"), "sanctions")
