"""The bare verb of agreeing tells an agreement only with what was agreed near it (على،
بشأن، a deal, on, to): agreeing with someone and no more is a shared view or reckoning."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


# agreeing with a side, nothing agreed on: a view or a reckoning shared, no deal
@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "واتفق المغرب مع الجزائر حيث أعلن المرصد الفلكي في الرباط أن الشهر ثلاثون يوما.",
            "2019-05-20",
        ),
        (
            "وقد اتفقت تونس مع ليبيا هذا العام حين أعلنت هيئة الأرصاد أن العيد يوم الثلاثاء.",
            "2019-05-20",
        ),
        (
            "Morocco agreed with Algeria, as the observatory in Rabat announced the month would last thirty days.",
            "2019-05-20",
        ),
        (
            "Tunisia agreed with Libya this year, when its weather office said the feast would fall on Tuesday.",
            "2019-05-20",
        ),
    ],
)
def test_agreeing_with_a_side_and_nothing_more_is_no_agreement(text, published):
    assert of_type(extract(text, published), "agreement") == []
