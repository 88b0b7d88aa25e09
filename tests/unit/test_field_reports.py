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


LEAD_SY_EN = "A ceasefire took effect across Syria on Thursday. "
LEAD_SY_AR = "دخل وقف إطلاق النار حيز التنفيذ في سوريا يوم الخميس. "


@pytest.mark.parametrize(
    "text",
    [
        # activists and medics report from the ground, as witnesses do
        LEAD_SY_EN + "Opposition activists said government forces shelled villages in Hama province after the deadline passed.",
        LEAD_SY_AR + "وقال ناشطون معارضون إن القوات الحكومية قصفت قرى في ريف حماة بعد انقضاء المهلة.",
        LEAD_SY_AR + "وقال مسعفون إن القوات الحكومية قصفت قرى في ريف حماة بعد انقضاء المهلة.",
    ],
)
def test_activists_and_medics_report_the_day_s_attack(text):
    attacks = [e for e in extract(text, "2012-04-12") if e["event_type"] == "attack"]
    assert [(e["date"], e["countries"]) for e in attacks] == [("2012-04-12", ["SYR"])], attacks


@pytest.mark.parametrize(
    "text",
    [
        # a claim, and a rights group's word with no date of its own, stay unanchored
        LEAD_SY_EN + "Activists claimed government forces shelled villages in Hama province.",
        LEAD_SY_AR + "وقالت منظمات حقوقية إن القوات الحكومية قصفت قرى في ريف حماة.",
    ],
)
def test_claims_and_other_sources_stay_dropped(text):
    assert [e for e in extract(text, "2012-04-12") if e["event_type"] == "attack"] == []
