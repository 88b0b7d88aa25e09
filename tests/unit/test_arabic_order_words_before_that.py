"""بعد، عقب، إثر or قبل right before a demonstrative standing alone (عقب ذلك، بعد ذلك: after
that) tells the clause's order in the story, no clause of another deed: a time the clause gives
after it is the deed's own. A demonstrative that determines a noun (عقب ذلك الإعلان) still opens a
phrase of another deed (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("وفرضت الحكومة العراقية عقب ذلك حظرا على الرحلات الدولية من مطار أربيل بدءا من 29 سبتمبر.", "sanctions", "2017-09-29"),
        ("واعتقلت الشرطة التركية إثر ذلك عشرات الناشطين في إسطنبول يوم 12 مارس 2017.", "arrest", "2017-03-12"),
        ("ونشرت تركيا بعد ذلك قوات إضافية في شمال العراق في 4 أغسطس.", "deployment", "2017-08-04"),
    ],
)
def test_a_time_after_that_is_the_deeds_own(text, event_type, date) -> None:
    assert [e["date"] for e in of_type(extract(text, "2017-10-17"), event_type)] == [date]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the demonstrative determines a noun: the time of the relative clause is the announcement's
        ("وفرضت الحكومة العراقية عقب ذلك الإعلان حظرا على الرحلات الدولية الذي أعلن في 29 سبتمبر.", "sanctions"),
    ],
)
def test_a_demonstrative_of_a_noun_still_opens_another_phrase(text, event_type) -> None:
    assert [e["date_basis"] for e in of_type(extract(text, "2017-10-17"), event_type)] == ["publication"]
