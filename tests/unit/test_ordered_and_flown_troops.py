"""Troops ordered into a place, more troops ordered to one, and troops flown into one are
deployed ("ordered troops into the Donetsk and Luhansk regions", "ordered 7,000 more troops to
Germany", "More U.S. troops have flown into Kabul"; «أمر بوتين القوات بدخول منطقتي دونيتسك
ولوغانسك»، «ونقلت الولايات المتحدة جوا قوات إضافية إلى مطار كابول»). Not troops ordered to fire,
out, home or back to barracks, nor the wounded flown home."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2022-02-25"


@pytest.mark.parametrize(
    ("text", "day", "country"),
    [
        (
            "Putin recognised two breakaway regions in eastern Ukraine as independent on Monday and ordered troops "
            "into the Donetsk and Luhansk regions the same day.",
            "2022-02-21",
            "UKR",
        ),
        ("The Pentagon ordered 7,000 more troops to Germany on Thursday to reassure NATO allies.", "2022-02-24", "DEU"),
        ("More U.S. troops have flown into Kabul on Thursday to secure the evacuation.", "2022-02-24", "AFG"),
        ("وأمر بوتين القوات بدخول منطقتي دونيتسك ولوغانسك يوم الاثنين.", "2022-02-21", "RUS"),
        ("ونقلت الولايات المتحدة جوا قوات إضافية إلى مطار كابول يوم الخميس.", "2022-02-24", "AFG"),
    ],
)
def test_troops_ordered_or_flown_in_are_deployed(text: str, day: str, country: str) -> None:
    found = [e for e in of_type(extract(text, PUBLISHED), "deployment") if e["date"] == day]
    assert len(found) == 1 and country in found[0]["countries"], found


@pytest.mark.parametrize(
    "text",
    [
        "The general ordered troops to fire on protesters in Khartoum on Thursday.",
        "Biden ordered troops out of Afghanistan on Thursday.",
        "Biden ordered the remaining troops home from Iraq on Thursday.",
        "The wounded soldiers were flown to Germany on Thursday.",
        "The soldiers flew home to Texas on Thursday.",
        "وأمر الرئيس القوات بالعودة إلى ثكناتها في الخرطوم يوم الخميس.",
        "ونقلت جثث الجنود جوا إلى ألمانيا يوم الخميس.",
    ],
)
def test_no_troops_deployed(text: str) -> None:
    found = of_type(extract(text, PUBLISHED), "deployment")
    assert found == [], found
