"""A peace plan accepted is an agreement, one a legislature approved a ratification; air strikes
suspended are a halt to the attacks (a ceasefire); Yugoslavia is read as Serbia, its successor."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.actors import find_actors
from events.resources import load_resources
from events.text.normalize import fold
from events.triggers import find_triggers


def _asserted(text: str) -> set[str]:
    return {t.event_type for t in find_triggers(text, fold(text), load_resources().triggers) if t.modality == "asserted"}


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("وكانت الحكومة السورية قد وافقت في الثاني من الشهر الجاري على خطة العمل العربية", "agreement", True),
        ("ورضخ الرئيس اليوغوسلافي لخطة السلام الدولية في الثالث من حزيران", "agreement", True),
        ("Milosevic accepted the international peace plan on June 3.", "agreement", True),
        # a plan of the state's own, and a plan still to come
        ("وافق مجلس الوزراء على خطة العمل الحكومية للعام المقبل", "agreement", False),
        ("Milosevic may accept the peace plan next week.", "agreement", False),
        ("وصادق البرلمان الصربي على الخطة في اليوم نفسه", "ratification", True),
        ("وأعلن الأمين العام للحلف الخميس تعليق الغارات الجوية على يوغوسلافيا", "ceasefire", True),
        ("NATO suspended its air strikes on Yugoslavia on Thursday.", "ceasefire", True),
        ("NATO announced a pause in the bombing campaign.", "ceasefire", True),
        # a call to halt them
        ("ودعت روسيا إلى تعليق الغارات الجوية على يوغوسلافيا", "ceasefire", False),
        ("Russia urged NATO to suspend its air strikes.", "ceasefire", False),
    ],
)
def test_plans_accepted_and_strikes_halted(text, kind, found):
    assert (kind in _asserted(text)) is found


@pytest.mark.parametrize(
    "text", ["الغارات على يوغوسلافيا", "الرئيس اليوغوسلافي", "NATO air strikes on Yugoslavia", "the Yugoslav army"]
)
def test_yugoslavia_is_read_as_serbia(text):
    assert "SRB" in [a.country for a in find_actors(text, fold(text), load_resources().actors)]


def test_a_halt_to_air_strikes_is_dated_and_placed():
    found = extract("وأعلن الأمين العام للحلف خافيير سولانا الخميس تعليق الغارات الجوية على يوغوسلافيا.", "1999-06-13")
    assert [(e["date"], e["countries"]) for e in of_type(found, "ceasefire")] == [("1999-06-10", ["SRB"])]
