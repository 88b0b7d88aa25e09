"""A delegation abroad is a visit: one told flying or travelling from one place to another
("a delegation led by Jared Kushner flew from Tel Aviv to Abu Dhabi") visits the place it went
to, not the one it set out from (that is the trip's origin, as "توجه وفد من تل أبيب إلى
أبوظبي" already told); one attending an occasion abroad ("a ceremony in Manama, attended by an
Israeli delegation") visits the place of the occasion. A delegation of a trade, a party or other
people of the place's own visits no one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2020-10-20"


def _visits(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [
        (e["date"], (e["location"] or {}).get("country"), sorted(e["countries"]))
        for e in of_type(extract(text, PUB), "visit")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Last month, a delegation led by White House adviser Jared Kushner flew from Tel Aviv to Abu Dhabi on the first direct commercial flight.",
            [("2020-09", "ARE", ["ARE", "USA"])],
        ),
        (
            "On Tuesday, Egyptian Foreign Minister Sameh Shoukry travelled from Cairo to Khartoum for talks.",
            [("2020-10-20", "SDN", ["EGY", "SDN"])],
        ),
        (
            "On Sunday, Israel and Bahrain formally established diplomatic relations at a ceremony in Manama, attended by an Israeli delegation led by Meir Ben-Shabbat.",
            [("2020-10-18", "BHR", ["BHR", "ISR"])],
        ),
        (
            "A Qatari delegation attended the signing ceremony in Khartoum on Sunday.",
            [("2020-10-18", "SDN", ["QAT", "SDN"])],
        ),
    ],
)
def test_a_delegation_abroad_visits_the_place_it_went_to(text, found):
    assert _visits(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "The ceremony in Tunis on Sunday was attended by a delegation of trade unions.",
        "Thousands of refugees flew from Kabul to Doha last month.",
    ],
)
def test_no_visit_of_people_of_the_place_or_of_passengers(text):
    assert _visits(text) == []
