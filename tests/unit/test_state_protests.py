"""A state that protests (احتج العراق على الضربات التركية; Iraq has protested the strikes) makes a
diplomatic complaint, no demonstration; a people named by its demonym (تظاهر العراقيون، Iraqis
protested) is a crowd and protests in the street."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2022-07-21"


@pytest.mark.parametrize(
    "text",
    [
        "وسبق أن احتج العراق مرات عدة على الضربات التركية في إقليم كردستان.",
        "Iraq has repeatedly protested the Turkish strikes in the Kurdistan region.",
    ],
)
def test_a_state_protesting_is_no_demonstration(text):
    assert of_type(extract(text, PUBLISHED), "protest") == []


@pytest.mark.parametrize(
    "text",
    [
        "واحتج العراقيون أمام السفارة التركية في بغداد أمس الأربعاء على الضربات.",
        "Iraqis protested outside the Turkish embassy in Baghdad on Wednesday against the strikes.",
    ],
)
def test_a_people_protesting_is_a_demonstration(text):
    assert [e["event_type"] for e in of_type(extract(text, PUBLISHED), "protest")] == ["protest"]
