"""An occasion that a deed of the present comes before (يأتي القرار قبل أيام من القمة, the
move comes days before the summit) is still to come: no event of that occasion; in the
past (جاء ... قبل أيام من) the occasion keeps its own reading (data/assembly.json
`coming_before`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2019-03-12"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ويأتي إعلان الحكومة الأردنية قبل أيام من قمة عربية تستضيفها تونس.", "meeting"),
        ("وتأتي هذه الخطوة قبل ساعات من زيارة يقوم بها وزير الخارجية الفرنسي إلى بغداد.", "visit"),
        ("ويأتي ذلك قبل أسبوعين من الانتخابات التشريعية في الجزائر.", "election"),
        ("The announcement comes days before an Arab summit hosted by Tunisia.", "meeting"),
        ("The decision comes hours before a visit by the French foreign minister to Baghdad.", "visit"),
        ("The step comes two weeks before parliamentary elections in Algeria.", "election"),
    ],
)
def test_an_occasion_a_present_deed_comes_before_is_still_to_come(text: str, kind: str) -> None:
    found = extract(text, PUBLISHED)
    assert of_type(found, kind) == [], found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وجاء إعلان الحكومة الأردنية بعد أيام من قمة عربية استضافتها تونس.", "meeting"),
        ("The talks in Tunis come days after Arab leaders held a summit in Riyadh.", "meeting"),
    ],
)
def test_an_occasion_a_deed_comes_after_took_place(text: str, kind: str) -> None:
    found = extract(text, PUBLISHED)
    assert of_type(found, kind) != [], found
