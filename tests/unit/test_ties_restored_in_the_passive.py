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


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # a pronoun before the passive takes up ties told in another clause: the restoration stays
        ("Qatar and Saudi Arabia restored ties on Tuesday, three years after they were cut.", "relations", "2023-06-06"),
        ("Turkey and Israel restored relations in 2016, six years after they were severed.", "relations", "2016"),
        # the passive with its own noun before it is the break
        ("Diplomatic ties between Riyadh and Tehran were severed in 2016.", "sanctions", "2016"),
    ],
)
def test_a_pronoun_before_the_passive_is_no_second_deed(text: str, event_type: str, date: str) -> None:
    found = extract(text, "2023-06-10")
    assert [(e["event_type"], e["date"]) for e in found] == [(event_type, date)], found
