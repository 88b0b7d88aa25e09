"""A catalogued name told as the event's words names its sides inside it: the person in "Trump's
visit to Riyadh" or «زيارة ترامب للرياض» is the visitor, the place after him the host, when
nothing outside the name is read as the doer. A name with no person inside ("the Hanoi summit",
«قمة هانوي») takes no side from its city."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "sides"),
    [
        (
            "He referred to the deals concluded during U.S. President Donald Trump's visit to Riyadh.",
            "2017-05-28", "visit", ("donald_trump", "SAU"),
        ),
        ("وأشار إلى الصفقات التي أبرمت خلال زيارة ترامب للرياض.", "2017-05-28", "visit", ("donald_trump", "SAU")),
        # guards: the sides of a name with none inside it, and of a longer telling with the event word
        ("The Hanoi summit ended without a deal.", "2019-03-01", "meeting", (None, None)),
        ("وانتهت قمة هانوي دون اتفاق.", "2019-03-01", "meeting", (None, None)),
        (
            "وأشار إلى الصفقات التي أبرمت خلال زيارة الرئيس الأمريكي دونالد ترامب للرياض.",
            "2017-05-28", "visit", ("donald_trump", "SAU"),
        ),
    ],
)
def test_the_sides_inside_a_catalogued_name(text, published, event_type, sides):
    found = of_type(extract(text, published), event_type)
    assert found and (found[0]["actor1"], found[0]["actor2"]) == sides, [(e["actor1"], e["actor2"]) for e in found]
