"""A deed an official source reports right after the lead, of another kind than the lead's and
done by the lead's own parties ("Egypt and Turkey raised ties on Tuesday ... The two foreign
ministries said in a joint statement that Egypt had named an ambassador"; "قالت الخارجية
البحرينية إن الجانبين قررا إعادة العلاقات"), goes on with the lead's news: it is kept, on the
lead's day, and where the lead's deed was done when its own sentence names no place. What a
source says others did stays out."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_LEAD_EN = "Egypt and Turkey agreed on Wednesday to restore full diplomatic ties after talks in Ankara.\n\n"
_LEAD_AR = "اتفقت مصر وتركيا، الأربعاء، على استئناف العلاقات الدبلوماسية الكاملة بعد محادثات في أنقرة.\n\n"
_LEAD_GULF = (
    "عقد وفدا الإمارات وقطر، الأربعاء، اجتماعا في مسقط لبحث العلاقات بين البلدين.\n\n"
)
_TAIL_EN = "\n\nThe step was welcomed."
_TAIL_AR = "\n\nورحبت السعودية بالخطوة."


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            _LEAD_EN
            + "The two foreign ministries said in a joint statement that Egypt had named Ahmed Ali as its "
            "ambassador to Ankara."
            + _TAIL_EN,
            "appointment",
        ),
        (
            _LEAD_AR + "وقالت وزارة الخارجية المصرية في بيان إن مصر عينت أحمد علي سفيرا لها في أنقرة." + _TAIL_AR,
            "appointment",
        ),
    ],
)
def test_the_parties_deed_reported_after_the_lead_takes_its_day(text, event_type):
    found = of_type(extract(text, "2023-04-13"), event_type)
    assert [(e["date"], sorted(e["countries"])) for e in found] == [("2023-04-12", ["EGY", "TUR"])], found


def test_a_decision_told_by_its_noun_after_the_lead_takes_its_day_and_place():
    text = _LEAD_GULF + 'وقالت وزارة الخارجية الإماراتية في بيان إن الجانبين "قررا إعادة فتح السفارتين".' + _TAIL_AR
    found = [e for e in of_type(extract(text, "2023-04-13"), "relations") if "فتح" in e["trigger"]]
    assert found and found[0]["date"] == "2023-04-12", found
    assert (found[0]["location"] or {}).get("country") == "OMN", found


@pytest.mark.parametrize(
    "text",
    [
        _LEAD_EN + "A foreign ministry spokesman said that Iran had recalled its ambassador from Bahrain." + _TAIL_EN,
        _LEAD_AR + "وقال متحدث باسم الخارجية إن إيران استدعت سفيرها من البحرين." + _TAIL_AR,
    ],
)
def test_what_a_source_says_of_others_stays_out(text):
    assert not of_type(extract(text, "2023-04-13"), "sanctions"), extract(text, "2023-04-13")
