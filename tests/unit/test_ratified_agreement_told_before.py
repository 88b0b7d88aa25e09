"""A ratification whose object is an agreement named only by a definite noun ("موافقة مجلس
النواب على الاتفاقية", "lawmakers approved the agreement"), in a sentence that names none of
its parties, ratifies the agreement the article told before: it takes that agreement's parties."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _ratifications(text: str, published: str) -> dict[str, set[str]]:
    return {e["date"]: set(e["countries"]) for e in extract(text, published) if e["event_type"] == "ratification"}


@pytest.mark.parametrize(
    ("text", "published", "date", "countries"),
    [
        (
            "صادق الرئيس الموريتاني، أمس الأحد، على اتفاقية للتعاون الأمني بين موريتانيا والسنغال.\n"
            "وجاء تصديق الرئيس بعد أسبوعين من موافقة مجلس النواب على الاتفاقية، في جلسة عقدت في 2 مارس/آذار.",
            "2020-03-16",
            "2020-03-02",
            {"MRT", "SEN"},
        ),
        (
            "Mauritania's president ratified a security cooperation agreement between Mauritania and Senegal on Sunday.\n"
            "The ratification came two weeks after lawmakers approved the agreement in a session on March 2.",
            "2020-03-16",
            "2020-03-02",
            {"MRT", "SEN"},
        ),
    ],
)
def test_the_agreement_told_before_gives_its_parties(text, published, date, countries):
    assert _ratifications(text, published).get(date) == countries
