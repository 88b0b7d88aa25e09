"""A deed told a few hours from a truce's coming into force (فور سريان الهدنة, shortly after the
truce took effect) takes the day the article told the truce began, by either of its nouns
(data/calendar.json `hours_around_nouns`, `hours_around_deed_words`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind", "days"),
    [
        (
            "أعلنت كينيا دخول وقف إطلاق النار بين الجيش الصومالي وحركة الشباب حيز التنفيذ فجر أمس الأحد. "
            "وتلقى الرئيس الصومالي السبت اتصالا هاتفيا من الرئيس الكيني. "
            "وخرج آلاف الصوماليين إلى شوارع مقديشو فور سريان الهدنة، في مسيرات رفعت فيها الأعلام.",
            "protest",
            ["2024-05-12"],
        ),
        (
            "Kenya said a ceasefire between the Somali army and al Shabaab took effect early on Sunday. "
            "The Somali president received a phone call from the Kenyan president on Saturday. "
            "Thousands of Somalis poured into the streets of Mogadishu shortly after the truce took effect.",
            "protest",
            ["2024-05-12"],
        ),
    ],
)
def test_a_deed_hours_from_a_truce_takes_its_day(text, kind, days):
    assert [e["date"] for e in of_type(extract(text, "2024-05-13"), kind)] == days
