"""A relative clause after a noun of an occurrence that follows في or "in" in an event word's own
clause ("داهمت الشرطة مخبأ في العملية التي قتل فيها شرطي، الأربعاء"; "raided a hideout in the
operation in which a policeman was killed on Wednesday") tells of that event: its day dates it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2019-05-12"


@pytest.mark.parametrize(
    "text",
    [
        "داهمت الشرطة العراقية مخبأ للمسلحين في الموصل في العملية التي قتل فيها شرطي، الأربعاء.",
        "The Iraqi army raided a militant cell in the operation in which a soldier was killed on Wednesday.",
    ],
)
def test_day_of_the_operation_dates_the_deed(text):
    attacks = of_type(extract(text, PUBLISHED), "attack")
    assert attacks and all(a["date"] == "2019-05-08" for a in attacks)
