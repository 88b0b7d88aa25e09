"""A ruler who hands over his (full) powers is a change of office even with a long name and
title between the verb and the powers (نقل فيه الرئيس السابق فلان الفلاني صلاحياته; handed
his full powers to). One the catalog places abroad took place there when its statement names
a city of that country ("in a speech from Riyadh"); told with none, or with the capital named
for another deed across a semicolon, it took place in the state whose office changed hands
(real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _appointment_place(text: str, published: str) -> tuple[str | None, str | None]:
    event = next(e for e in extract(text, published) if e["event_type"] == "appointment")
    return event["date"], (event["location"] or {}).get("country")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "ودعمت الرياض الحكومة اليمنية مرارا؛ ففي السابع من أبريل/نيسان 2022 نقل الرئيس اليمني السابق "
            "عبد ربه منصور هادي صلاحياته إلى مجلس القيادة الرئاسي.",
            "2023-05-10",
            ("2022-04-07", "YEM"),
        ),
        (
            "Saudi Arabia pledged fresh support on April 7, 2022, the day Yemeni President Abed Rabbo Mansour Hadi "
            "handed his full powers to a Presidential Leadership Council.",
            "2023-05-10",
            ("2022-04-07", "YEM"),
        ),
        # a city of the foreign country in its statement: there
        (
            "وفي السابع من أبريل/نيسان 2022 نقل الرئيس اليمني السابق عبد ربه منصور هادي صلاحياته إلى مجلس "
            "القيادة الرئاسي في كلمة متلفزة من الرياض.",
            "2023-05-10",
            ("2022-04-07", "SAU"),
        ),
        # a ruler's full powers, no catalogued event: in his state
        (
            "On Monday, Malian President Ibrahim Boubacar Keita handed his full powers to the prime minister "
            "before leaving for medical treatment.",
            "2019-03-13",
            ("2019-03-11", "MLI"),
        ),
    ],
)
def test_powers_handed_over_are_placed(text, published, expected):
    assert _appointment_place(text, published) == expected
