"""Words that name an event but tell none: a warrant for an arrest (an order, not the arrest),
a death in custody, a besieged place, and `meet` as to face or to satisfy, `التقاء` as a point
in common (real resources)."""

from __future__ import annotations

import pytest

from events.text.normalize import fold
from events.triggers import ASSERTED, find_triggers, load_triggers


def mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.event_type, m.modality) for m in find_triggers(text, fold(text), load_triggers())]


def asserted_types(text: str) -> set[str]:
    return {t for _, t, modality in mentions(text) if modality == ASSERTED}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a warrant is an order to arrest: nobody is held by it
        ("The opposition leader faces an arrest warrant issued by a court in the capital.", "arrest"),
        ("A judge issued a warrant for the governor's arrest on Monday.", "arrest"),
        ("أصدرت المحكمة مذكرة اعتقال بحق وزير الداخلية السابق.", "arrest"),
        ("وأصدر القضاء مذكرة توقيف دولية بحق رجل الأعمال.", "arrest"),
        # a death in custody tells the death, not the arrest
        ("Rights groups demanded an inquiry into the death in custody of a young student.", "arrest"),
        ("وطالبت منظمات حقوقية بالتحقيق في وفاته أثناء احتجازه لدى الشرطة.", "arrest"),
        # a besieged place is the place of a siege told elsewhere, not a siege of that day
        ("Aid trucks reached the besieged city after a week on the road.", "attack"),
        # `meet` as to face or to satisfy, `التقاء` as a point in common
        ("The troops entered the town, meeting little resistance from the militia.", "meeting"),
        ("The pact covers the region where the three countries' borders meet.", "meeting"),
        ("The government met the demands of the lenders last year.", "meeting"),
        ("وأكد الوزير وجود نقاط التقاء كثيرة بين البلدين.", "meeting"),
    ],
)
def test_words_that_tell_no_event(text, absent):
    assert absent not in asserted_types(text), mentions(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # conditions, criteria or requirements before the verb in its clause are satisfied
        ("The political, operational and legal conditions are no longer met, France said in a joint statement.", False),
        ("The criteria for membership have not been met, Turkey said on Thursday.", False),
        # a meeting after them in a clause of its own, or before them, is one
        ("France said the conditions for its presence in Mali were not met, after Macron met Malian leaders in Paris.", True),
        ("Macron met Malian leaders in Paris on Wednesday to discuss the conditions for a withdrawal.", True),
        ("التقى ماكرون قادة ماليين في باريس يوم الأربعاء لبحث شروط الانسحاب.", True),
    ],
)
def test_conditions_met_are_satisfied(text, present):
    assert ("meeting" in asserted_types(text)) is present
