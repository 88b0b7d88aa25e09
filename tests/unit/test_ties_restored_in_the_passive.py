"""Ties told restored in the passive ("Relations were restored in March 2023") are ties restored,
as "ties were severed" is a break of ties and «استؤنفت العلاقات» is a restoration in Arabic."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "date", "countries"),
    [
        ("Diplomatic ties between Riyadh and Tehran were restored in March 2023.", "2023-03", {"SAU", "IRN"}),
        ("Relations between Qatar and Egypt have been restored, the ministry said on Monday.", "2023-06-05", {"QAT", "EGY"}),
        ("Ties between Turkey and Israel were normalised in 2016.", "2016", {"TUR", "ISR"}),
        ("واستؤنفت العلاقات بين الرياض وطهران في مارس 2023.", "2023-03", {"SAU", "IRN"}),
    ],
)
def test_ties_restored_in_the_passive(text: str, date: str, countries: set[str]) -> None:
    found = of_type(extract(text, "2023-06-10"), "relations")
    assert [(e["date"], countries <= set(e["countries"])) for e in found] == [(date, True)], found


def test_ties_not_restored_are_no_event() -> None:
    assert of_type(extract("Relations between Qatar and Egypt were not restored until 2021.", "2023-06-10"), "relations") == []
