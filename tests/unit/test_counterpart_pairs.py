"""Talks with two counterparts told as one ("تحدثت مع نظيريها في ألمانيا والسويد", "بحث مع نظيريه
الفرنسي والألماني"; "spoke with her counterparts in Germany and Sweden", "her German and Swedish
counterparts") are a meeting with each; a single counterpart, many counterparts (نظراءه العرب,
"his Arab counterparts"), counterparts of three states, or two met at a meeting of them all
("في اجتماع ثلاثي", "at a trilateral meeting") stay one meeting."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

AUG = "2018-08-10"


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("تحدثت وزيرة الخارجية الكندية الخميس مع نظيريها في ألمانيا والسويد.", [["CAN", "DEU"], ["CAN", "SWE"]]),
        ("بحث الرئيس التركي الخميس مع نظيريه الفرنسي والألماني الأزمة السورية.", [["DEU", "TUR"], ["FRA", "TUR"]]),
        ("The Canadian foreign minister spoke with her counterparts in Germany and Sweden on Thursday.", [["CAN", "DEU"], ["CAN", "SWE"]]),
        ("The Canadian foreign minister held talks with her German and Swedish counterparts on Thursday.", [["CAN", "DEU"], ["CAN", "SWE"]]),
    ],
)
def test_two_counterparts_are_two_meetings(text: str, pairs: list[list[str]]) -> None:
    meetings = of_type(extract(text, AUG), "meeting")
    assert sorted(sorted(m["countries"]) for m in meetings) == pairs, text


@pytest.mark.parametrize(
    "text",
    [
        "التقى وزير الخارجية المصري الخميس نظيره الأردني في القاهرة.",
        "The Egyptian foreign minister met his Jordanian counterpart in Cairo on Thursday.",
        "التقى وزير الخارجية المصري الخميس نظراءه العرب في القاهرة.",
        "The Egyptian foreign minister met his Arab counterparts in Cairo on Thursday.",
        "The Egyptian foreign minister met his counterparts from Jordan, Iraq and Saudi Arabia in Cairo on Thursday.",
        # two counterparts at one meeting of them all
        "بحث وزير الخارجية المصري الخميس مع نظيريه الأردني والعراقي في اجتماع ثلاثي في القاهرة التعاون الإقليمي.",
        "The Egyptian foreign minister held talks with his Jordanian and Iraqi counterparts at a trilateral meeting in Cairo on Thursday.",
    ],
)
def test_one_or_many_counterparts_are_one_meeting(text: str) -> None:
    assert len(of_type(extract(text, AUG), "meeting")) == 1, text
