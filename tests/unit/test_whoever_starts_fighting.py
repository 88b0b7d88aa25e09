"""Fighting that "whoever starts it" would start is hypothetical («إلا على من يبادر بالقتال»,
"to strike only whoever starts fighting"): no attack; the deed of the sentence stays."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            'وسيطرت قوات "الجيش الوطني الليبي" بقيادة حفتر أمس الخميس على مدينة غريان الليبية، داعيا قواته إلى عدم '
            "إطلاق النار إلا على من يبادر بالقتال.",
            ["2019-04-04"],
        ),
        ("دعا حفتر قواته في ليبيا إلى عدم إطلاق النار إلا على من يبادر بالقتال.", []),
        ("Haftar told his forces in Libya to hold fire and to strike only whoever starts fighting.", []),
    ],
)
def test_fighting_whoever_starts_it_is_hypothetical(text, dates):
    assert [e["date"] for e in of_type(extract(text, "2019-04-05"), "attack")] == dates
