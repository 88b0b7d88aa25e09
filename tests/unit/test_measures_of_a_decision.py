"""Measures told with the decision they came after, and who decided them.

* A measure told as coming after a decision («غلق مكتب القناة إثر القرار الذي اتخذته المملكة
  بقطع علاقاتها», "closed the office following the decision to cut ties") is a deed of its own
  beside the decision's deed, and beside that deed's other tellings.
* The subject of a verb of deciding before a verbal noun («قررت مصر أمس طرد السفير التركي») is
  the deed's doer; the name after the verbal noun is what it is done to.
* A closure whose only country after it is the state it is taken against («إغلاق سفارة قطر») is
  on the closing state's own ground; a country after a word of place («سفارتها في ليبيا») stays."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_JAZEERA = (
    "قرّرت السلطات السعودية، أمس الاثنين غلق مكتب قناة الجزيرة لديها وذلك إثر القرار الذي اتخذته "
    "المملكة بقطع علاقاتها الدبلوماسية مع قطر. وكانت كل من السعودية والامارات والبحرين ومصر قد "
    "أعلنت أمس الاثنين قطع علاقاتها الدبلوماسية مع قطر."
)


@pytest.mark.parametrize(
    ("text", "published", "measure"),
    [
        (_JAZEERA, "2017-06-06", "غلق"),
        (
            "وأغلقت السلطات المصرية مكتب قناة الجزيرة في القاهرة أمس عقب قرار القاهرة قطع العلاقات مع قطر.",
            "2017-06-06",
            "وأغلقت",
        ),
        # guard: English reads the decision as a circumstance already
        (
            "Saudi authorities on Monday closed the Qatari embassy, following the decision to cut "
            "diplomatic ties with Qatar.",
            "2017-06-06",
            "closed",
        ),
    ],
)
def test_a_measure_after_a_decision_is_a_deed_of_its_own(text, published, measure):
    found = of_type(extract(text, published), "sanctions")
    assert any(e["trigger"].startswith(measure) for e in found), [(e["trigger"], e["countries"]) for e in found]


@pytest.mark.parametrize(
    ("text", "doer", "place"),
    [
        ("قررت مصر أمس طرد السفير التركي.", "EGY", "EGY"),
        ("قرّرت السلطات السعودية، أمس الاثنين غلق مكتب قناة الجزيرة.", "saudi_government", "SAU"),
        # guard: the English subject stands before its verb
        ("Egypt on Monday expelled the Turkish ambassador.", "EGY", "EGY"),
    ],
)
def test_the_decider_is_the_doer(text, doer, place):
    found = of_type(extract(text, "2017-06-06"), "sanctions")
    assert found and found[0]["actor1"] == doer, [(e["actor1"], e["actor2"]) for e in found]
    assert (found[0]["location"] or {}).get("country") == place, found[0]["location"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قررت الحكومة البحرينية أمس إغلاق سفارة قطر.", "BHR"),
        # guards: a state named as the doer, a closure told with its state's own ground, a ban on
        # entry into the kingdom
        ("قررت البحرين أمس إغلاق سفارة قطر.", "BHR"),
        ("أغلقت البحرين أمس سفارة قطر لديها.", "BHR"),
        ("تمنع السعودية دخول المواطنين القطريين إلى المملكة العربية السعودية.", "SAU"),
        ("Bahrain on Monday closed the Qatari embassy.", "BHR"),
    ],
)
def test_a_closure_against_a_state_is_on_the_closing_state_s_ground(text, place):
    found = of_type(extract(text, "2017-06-06"), "sanctions")
    assert found and (found[0]["location"] or {}).get("country") == place, [(e["trigger"], e["location"]) for e in found]
