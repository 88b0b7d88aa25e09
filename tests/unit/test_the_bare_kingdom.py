"""A bare word for the kingdom ("the kingdom's pipeline", "داخل المملكة") in a sentence naming no
country names the one kingdom the article has named before the event word."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "اتهمت السعودية إيران الأحد بدعم الحوثيين، ونفت إيران ذلك، فيما قالت السعودية إنها سترد. "
            "وفي مايو، استهدفت طائرات مسيرة محطتي ضخ على خط أنابيب داخل المملكة.",
            [["SAU"]],
        ),
        (
            "Saudi Arabia accused Iran on Sunday of arming the Houthis, which Iran denied, and Saudi Arabia said "
            "it would respond. In May, drones hit two pumping stations on the kingdom's main pipeline.",
            [["SAU"]],
        ),
    ],
)
def test_the_bare_kingdom_is_the_one_named(text, countries):
    assert [e["countries"] for e in of_type(extract(text, "2019-09-22"), "attack")] == countries
