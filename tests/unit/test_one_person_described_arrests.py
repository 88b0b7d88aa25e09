"""An arrest whose object is one person told only by what the source called him (توقيف من
وصفته بشخص متطرف) is one arrest, as a single unnamed person arrested is; a crowd so told
(اعتقال من وصفهم بمثيري الشغب) names no person and is no event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "arrests"),
    [
        # one person, described by the source: one deed
        ("أعلنت الشرطة الأردنية توقيف من وصفته بعنصر خطير قرب مبنى البرلمان في عمان.", 1),
        ("قالت السلطات المغربية إنها اعتقلت من وصفتها بالمحرضة على العنف في الرباط.", 1),
        # a single unnamed person arrested, told plainly, is one as well
        ("ألقت الشرطة الأردنية القبض على شاب قرب مبنى البرلمان في عمان.", 1),
        ("Jordanian police detained a young man near the parliament building in Amman.", 1),
        # a crowd told only by what the source called it stays no event
        ("أعلنت الشرطة الأردنية توقيف من وصفتهم بالمخربين قرب مبنى البرلمان في عمان.", 0),
        ("أعلن النائب العام المغربي اعتقال من وصفهم بمثيري الفوضى في الرباط.", 0),
    ],
)
def test_one_person_described_by_the_source_is_one_arrest(text, arrests):
    found = of_type(extract(text, "2019-03-12"), "arrest")
    assert len(found) == arrests, found
