"""A report that a denial rejects tells no event ("نفت السلطات صحة التقارير التي أفادت بأنها
اعتقلت ...", "denied reports that it had arrested ..."); an event outside the report stays."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "نفت السلطات الإيرانية صحة التقارير التي أفادت بأنها اعتقلت ناشطا بريطانيا في طهران.",
        "نفت السلطات الإيرانية الأنباء التي تحدثت عن اعتقال ناشط بريطاني في طهران.",
        "ونفت الخارجية الإيرانية التقارير التي ذكرت أن السلطات اعتقلت ناشطا بريطانيا في طهران.",
        "Iranian authorities denied reports that they had arrested a British activist in Tehran.",
        "Iranian authorities denied the reports which said they had arrested a British activist in Tehran.",
        "Iranian authorities dismissed reports that they had arrested a British activist in Tehran.",
    ],
)
def test_a_denied_report_is_no_event(text):
    assert not of_type(extract(text, "2018-06-26"), "arrest"), extract(text, "2018-06-26")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the report is not denied: its event stands
        ("ذكرت التقارير التي نشرتها الصحف أن السلطات اعتقلت ناشطا بريطانيا في طهران أمس.", "arrest"),
        ("Reports that Iran had arrested a British activist in Tehran on Monday were confirmed by officials.", "arrest"),
        # an event beside the denied report, in a clause of its own
        (
            "نفت السلطات الإيرانية صحة التقارير التي أفادت بأنها اعتقلت ناشطا بريطانيا، فيما قتل جنديان "
            "في هجوم على الحدود الأحد.",
            "attack",
        ),
        (
            "Iran denied reports that it had arrested a British activist, while two soldiers were killed "
            "in an attack on the border on Sunday.",
            "attack",
        ),
    ],
)
def test_an_event_outside_a_denied_report_stays(text, event_type):
    assert of_type(extract(text, "2018-06-26"), event_type), extract(text, "2018-06-26")
