"""A government's open act (troops sent, an office filled) reported as done with no date of its
own is the news of the day it is reported (`events.assemble.reported_state_acts`; real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

DAY = "2016-07-16"
# a lead of other news: the report is no lead of its own
LEAD_AR = "قتل 5 جنود في هجوم في بنغازي. "
LEAD_EN = "Five soldiers were killed in an attack in Benghazi. "


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        (LEAD_AR + "وذكرت قناة العربية أن السعودية نشرت 150 ألف جندي على الحدود مع اليمن.", "deployment", "SAU"),
        (LEAD_AR + "وقال مسؤولون عراقيون إن الحكومة العراقية أرسلت قوات إلى سنجار.", "deployment", "IRQ"),
        (LEAD_AR + "وقال مصدر حكومي تركي إن الجنرال أوميت دوندار عين رئيسا لهيئة الأركان التركية بالوكالة.", "appointment", "TUR"),
        (LEAD_EN + "Al Arabiya television reported that Saudi Arabia had deployed 150,000 soldiers along the border with Yemen.", "deployment", "SAU"),
        (LEAD_EN + "Iraqi Kurdish officials said Kurdish forces had been sent to reinforce positions on the edges of Mosul in Iraq.", "deployment", "IRQ"),
        (LEAD_EN + "Prime Minister Yildirim said that General Umit Dundar had been appointed acting chief of the Turkish general staff.", "appointment", "TUR"),
    ],
)
def test_a_reported_state_act_is_the_day_s_news(text, event_type, country):
    found = [e for e in of_type(extract(text, DAY), event_type) if country in e["countries"] and not _of_the_lead(e)]
    assert [(e["date"], e["date_basis"]) for e in found] == [(DAY, "publication")], found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a contested charge stays a claim
        (LEAD_AR + "وقال مسؤولون إن إيران أرسلت قوات إلى سوريا، وهو ما نفته طهران.", "deployment"),
        (LEAD_EN + "Officials said Iran had sent troops to Syria, which Tehran denied.", "deployment"),
        # a plan reported is no event
        (LEAD_AR + "وقالت مصادر إن السعودية سترسل قوات إلى اليمن.", "deployment"),
        (LEAD_EN + "Officials said Saudi Arabia would deploy troops along the border with Yemen.", "deployment"),
        # a speaker the actor dictionary does not know: still hearsay
        (LEAD_AR + "وقال مستشار إن الأردن رشحت سفيرا في دمشق.", "appointment"),
        (LEAD_EN + "An adviser said Jordan had nominated an ambassador to Damascus.", "appointment"),
        # other deeds reported with no date still may tell of anything
        (LEAD_AR + "وقال مسؤول ليبي إن مسلحين اختطفوا خمسة عمال أتراك في مدينة أوباري الليبية.", "attack"),
        (LEAD_EN + "A Libyan official said gunmen had kidnapped five Turkish workers in the Libyan town of Ubari.", "attack"),
    ],
)
def test_other_reports_stay_dropped(text, event_type):
    assert [e for e in of_type(extract(text, DAY), event_type) if not _of_the_lead(e)] == []


def _of_the_lead(event: dict) -> bool:
    return event["quote"].strip() in (LEAD_AR.strip(), LEAD_EN.strip())
