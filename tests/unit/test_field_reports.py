"""A doing reported by sources on the ground past the first sentence is still the day's news (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

LEAD_AR = "قتل 5 جنود ليبيين في هجوم في بنغازي أمس. "
LEAD_EN = "Five Libyan soldiers were killed in an attack in Benghazi yesterday. "


@pytest.mark.parametrize(
    "text",
    [
        LEAD_AR + "وأفادت مصادر محلية بأن مسلحين اختطفوا خمسة عمال أتراك في مدينة أوباري.",
        LEAD_AR + "وقال شهود عيان إن مسلحين اختطفوا خمسة عمال أتراك في مدينة أوباري.",
        LEAD_EN + "Local sources said gunmen kidnapped five Turkish workers in Ubari.",
    ],
)
def test_a_field_report_is_kept(text):
    kidnaps = [e for e in extract(text, "2018-03-10") if e["event_type"] == "attack" and "TUR" in e["countries"]]
    assert len(kidnaps) == 1, kidnaps


@pytest.mark.parametrize(
    "text",
    [
        # an official's word with no date of its own may tell of anything
        LEAD_AR + "وقال مسؤول ليبي إن مسلحين اختطفوا خمسة عمال أتراك في مدينة أوباري.",
        # a plan reported is no event
        LEAD_AR + "وأفادت مصادر محلية بأن مسلحين سيختطفون عمالا أتراكا في مدينة أوباري.",
    ],
)
def test_other_reports_stay_dropped(text):
    assert [e for e in extract(text, "2018-03-10") if e["event_type"] == "attack" and "TUR" in e["countries"]] == []
