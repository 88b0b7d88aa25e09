"""A wire story that names no country past its dateline is about the dateline's country: a deed
it tells with no place of its own ("shelled positions south of the capital") takes place there.
A story that names another country keeps that one: the dateline is only where it was filed."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2020-03-22"


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("TRIPOLI, Libya, March 20 - Government forces shelled rebel positions south of the capital.", [["LBY"]]),
        ("طرابلس، ليبيا (رويترز) - قصفت القوات الحكومية مواقع جنوب العاصمة مساء الجمعة.", [["LBY"]]),
        ("BEIRUT (Reuters) - Warplanes struck positions near the capital of Syria on Friday.", [["SYR"]]),
        ("بيروت (رويترز) - قصفت طائرات حربية مواقع قرب العاصمة السورية يوم الجمعة.", [["SYR"]]),
    ],
)
def test_a_story_naming_no_country_is_about_its_datelines(text, countries):
    assert [e["countries"] for e in of_type(extract(text, PUBLISHED), "attack")] == countries
