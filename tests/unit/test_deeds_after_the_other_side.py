"""A deed told by a verb in the past after a catalogued deed of the other side ("Israel launched its
offensive in Gaza after the October 7 attack", «شنت إسرائيل هجومها على غزة بعد هجوم 7 أكتوبر») is
a deed of its own, not the catalogued one: two events, the later one dated by its own time, else
in the month of the deed it came soon after, else (a counted span: "two months after") by the
publication."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2024-01-12"


def _dates_and_doers(text: str) -> list[tuple[str, str]]:
    return sorted((ev["date"], ev["countries"][0]) for ev in of_type(extract(text, PUBLISHED), "attack"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel launched its offensive in Gaza after the October 7 attack.", [("2023-10", "ISR"), ("2023-10-07", "ISR")]),
        ("شنت إسرائيل هجومها على غزة بعد هجوم 7 أكتوبر.", [("2023-10", "ISR"), ("2023-10-07", "ISR")]),
        (
            "Israel launched its offensive in Gaza after the Hamas attack on southern Israel.",
            [("2023-10", "ISR"), ("2023-10-07", "PSE")],
        ),
        ("شنت إسرائيل هجومها على غزة بعد هجوم حماس على جنوب إسرائيل.", [("2023-10", "ISR"), ("2023-10-07", "PSE")]),
        # its own time first
        (
            "Israel launched its ground offensive in Gaza on October 27 after the October 7 attack.",
            [("2023-10-07", "ISR"), ("2023-10-27", "ISR")],
        ),
        # a counted span: not soon after, so the publication's day
        ("Israel launched its offensive in Gaza two months after the October 7 attack.", [("2023-10-07", "ISR"), ("2024-01-12", "ISR")]),
        ("شنت إسرائيل هجومها على غزة بعد شهرين من هجوم 7 أكتوبر.", [("2023-10-07", "ISR"), ("2024-01-12", "ISR")]),
    ],
)
def test_a_deed_after_the_other_side_s_catalogued_deed_is_its_own(text, expected):
    assert _dates_and_doers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the same doer after it: left to what the catalog reads, one deed
        "Hamas fired more rockets at Israel after the October 7 attack.",
        "أطلقت حماس مزيدا من الصواريخ على إسرائيل بعد هجوم 7 أكتوبر.",
    ],
)
def test_a_deed_of_the_same_doer_after_it_is_not_split_off(text):
    assert [d for d, _ in _dates_and_doers(text)] == ["2023-10-07"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an act of office told by a verb, after a catalogued act of office of the same state: one
        # more act, on its own day, not the catalogued one told again
        (
            "CAIRO (AP) - The chief of Egypt's Supreme Constitutional Court, Adly Mansour, was sworn in as interim "
            "president, hours after the military ousted Mohammed Morsi, the country's first freely elected leader.",
            "2013-07-04",
            [("2013-07-03", "reference"), ("2013-07-04", "publication")],
        ),
        # the catalogued act told alone stays the catalogued one
        ("CAIRO (AP) - The military ousted Mohammed Morsi, the country's first freely elected leader.", "2013-07-04", [("2013-07-03", "reference")]),
    ],
)
def test_an_act_of_office_after_a_catalogued_one_is_another(text, published, expected) -> None:
    found = of_type(extract(text, published), "appointment")
    assert sorted((ev["date"], ev["date_basis"]) for ev in found) == expected
