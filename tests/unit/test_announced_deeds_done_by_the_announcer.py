"""The subject of an Arabic verb of announcing, beginning or going on with a deed, named right
before the deed's verbal noun («أعلن الجيش الليبي إلقاء القبض على الإرهابي المصري ...»), is its
doer, as the subject of 'announced the arrest of' is in English, and not the name after the noun,
which the deed is done to; a name no preposition marks right after the noun is the deed's own
subject («أعلن المرصد السوري شن طائرات روسية غارات»), and a verb of deciding keeps its subject, as
a verb of responding or doing does with the verbal noun after ب («وردت إسرائيل بدعوة القنصل
التركي إلى العودة»، «قامت السلطات باعتقال») (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "doer", "target"),
    [
        ("أعلن الجيش الليبي إلقاء القبض على الإرهابي المصري هشام عشماوي الاثنين.", "arrest", "libya_army", "EGY"),
        ("The Libyan army announced the arrest of Egyptian militant Hisham Ashmawi on Monday.", "arrest", "libya_army", "EGY"),
        ("أعلنت الداخلية المصرية توقيف شخص بمحيط السفارة الأمريكية في القاهرة.", "arrest", "egypt_interior_ministry", None),
        ("أعلنت الحكومة الأردنية طرد السفير القطري.", "sanctions", "jordan_government", "QAT"),
        ("The Jordanian government announced the expulsion of the Qatari ambassador.", "sanctions", "jordan_government", "QAT"),
        ("قررت مصر أمس طرد السفير التركي.", "sanctions", "EGY", "TUR"),
        # a verb of responding or doing with its subject, the verbal noun after ب
        ("وردت إسرائيل بدعوة القنصل العام التركي لديها إلى العودة إلى بلاده.", "sanctions", "ISR", "TUR"),
        ("وقامت السلطات المصرية باعتقال الناشط المغربي محمد علي يوم الأحد.", "arrest", "egypt_government", "MAR"),
        ("أعلنت السعودية قطع علاقاتها مع قطر الاثنين.", "sanctions", "SAU", "QAT"),
    ],
)
def test_the_announcer_does_the_deed_it_announces(text: str, event_type: str, doer: str, target: str | None) -> None:
    found = of_type(extract(text, "2018-05-16"), event_type)
    assert found and found[0]["actor1"] == doer, found
    if target is not None:
        assert found[0]["actor2"] == target, found


@pytest.mark.parametrize(
    "text",
    [
        "أعلن المرصد السوري شن طائرات روسية غارات على إدلب الاثنين.",
        "The Syrian Observatory announced that Russian jets carried out air strikes on Idlib on Monday.",
    ],
)
def test_a_deed_with_its_own_subject_is_not_the_announcer_s(text: str) -> None:
    found = of_type(extract(text, "2018-05-16"), "attack")
    assert found and found[0]["actor1"] == "RUS", found


@pytest.mark.parametrize(
    "text",
    [
        "أعلن تحالف دعم الشرعية في اليمن اعتراض صاروخ باليستي أطلقته مليشيات الحوثي على مدن سعودية مساء الأحد.",
        "The coalition announced the interception of a ballistic missile fired by the Houthi militias at Saudi cities on Sunday evening.",
    ],
)
def test_an_interception_announced_is_the_launcher_s_attack(text: str) -> None:
    found = of_type(extract(text, "2018-03-26"), "attack")
    assert found and (found[0]["actor1"], found[0]["actor2"]) == ("houthis", "SAU"), found
