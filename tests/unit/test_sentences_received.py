"""A prison term received ("received an additional three years on a charge of possessing
ammunition", "received ten years in prison") is a sentence passed, no guest received; a leader
received by another is still a reception, whatever count of years the sentence tells."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2014-06-23"


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian producer Baher Mohamed received an additional three years on a charge of possessing ammunition.",
        "The Egyptian blogger received ten years in prison and 1,000 lashes on Monday.",
    ],
)
def test_a_term_received_is_no_reception(text: str) -> None:
    found = extract(text, PUB)
    assert of_type(found, "meeting") == [] and of_type(found, "visit") == [], found


def test_a_leader_received_stays_a_reception() -> None:
    found = extract("Sisi received Erdogan in Cairo on Wednesday for the first time in 12 years.", PUB)
    assert of_type(found, "visit") or of_type(found, "meeting"), found


def test_a_guest_freed_after_years_in_prison_is_received() -> None:
    text = "On Tuesday, President Macron received at the Elysee a French researcher freed after three years in prison in Iran."
    assert of_type(extract(text, "2023-03-31"), "meeting") or of_type(extract(text, "2023-03-31"), "visit")


def test_a_term_of_years_written_out_is_no_reception() -> None:
    text = "Egyptian activist Alaa Abd El-Fattah received five years in prison in December 2021 for spreading false news."
    found = extract(text, "2023-03-31")
    assert of_type(found, "meeting") == [] and of_type(found, "visit") == [], found
