"""A gathering whose holding is named after في by its verbal noun (أعرب عن أمله في عقد قمة,
في إجراء انتخابات) is the deed hoped for, not the place of the verb's own deed, as a gathering
named after في is (اتفق القادة في قمة); and a visit or talks postponed by the verb of their own
delay (تأجلت الزيارة، يتأجل الاجتماع، أرجئت الزيارة, the visit was postponed) did not take place."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("أعرب الرئيس عن أمله في عقد قمة مع نظيره الإيراني قريبا.", "meeting"),
        ("أعربت الخارجية عن أملها في إجراء انتخابات نزيهة.", "election"),
        ("تأجلت زيارة الرئيس التركي إلى الرياض إلى موعد لاحق.", "visit"),
        ("أرجئت زيارة الرئيس إلى الجزائر.", "visit"),
        ("وقد تأجلت المحادثات إلى الأسبوع المقبل.", "meeting"),
        ("يتأجل الاجتماع إلى الغد.", "meeting"),
        ("The president expressed hope for a summit with his Iranian counterpart soon.", "meeting"),
        ("The visit was postponed after the attack.", "visit"),
    ],
)
def test_a_gathering_hoped_for_or_postponed_is_not_held(text: str, event_type: str) -> None:
    assert asserted_words(text, event_type) == [], text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a gathering named after في: where the verb's deed was done, held
        ("اتفق القادة في قمة طارئة على حزمة عقوبات.", "meeting"),
        # holding a gathering succeeded: held
        ("نجح الطرفان في عقد قمة تاريخية أمس.", "meeting"),
        # a visit done after one postponed: the visit took place
        ("زار الرئيس التركي الرياض بعد أن تأجلت الزيارة مرتين.", "visit"),
        ("The Turkish president visited Riyadh after the trip had been postponed twice.", "visit"),
    ],
)
def test_a_gathering_held_is_still_told(text: str, event_type: str) -> None:
    assert asserted_words(text, event_type), text
