"""A deed told by a weaker verb in the past, in a sentence naming no country, takes place in the
country the article is about when one country leads it by a clear margin."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

TUNISIA_AR = (
    "أعلنت الحكومة التونسية الخميس خطة لإصلاح القضاء في تونس بعد أشهر من الجدل. "
    "وقال وزير العدل التونسي إن الخطة تشمل مراجعة التعيينات. "
)
TUNISIA_EN = (
    "Tunisian President Kais Saied dissolved the Tunisian parliament on Wednesday, and Tunisia's opposition "
    "said it would boycott the vote. Tunisian unions called for calm. "
)


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        (TUNISIA_AR + "وكان المجلس الأعلى للقضاء قد عزل الأربعاء 40 قاضيا من مناصبهم.", "appointment", [["TUN"]]),
        (TUNISIA_EN + "On Monday, rebels recaptured a key town in the south.", "attack", [["TUN"]]),
    ],
)
def test_a_weak_deed_with_no_country_is_placed_in_a_clear_home(text, event_type, countries):
    assert [e["countries"] for e in of_type(extract(text, "2022-06-02"), event_type)] == countries
