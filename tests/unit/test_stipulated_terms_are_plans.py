"""The terms a deal stipulates are deeds still to come: after a verb of stipulating (ينص، تنص،
نصت، stipulates) the event words of its sentence are plans, as after a verb of requirement;
not when the verb's object is a pronoun of على (نصت عليه الوثيقة), whose subject is the deal."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("وتنص الاتفاقية على إرسال قوات تركية إلى قطر.", "deployment"),
        ("ونصت المذكرة على تقديم مساعدات إنسانية إلى غزة.", "aid"),
        (
            "The accord stipulates joint patrols along the border and the deployment of Turkish troops in Qatar.",
            "deployment",
        ),
        (
            "The memorandum stipulates regular consultations between the ministries and the dispatch of "
            "humanitarian aid to Gaza.",
            "aid",
        ),
    ],
)
def test_a_deed_a_deal_stipulates_is_no_event(text: str, event_type: str) -> None:
    assert not of_type(extract(text, "2022-01-01"), event_type)
