"""An embargo or sanctions named as what a deed breaches or violates ("in breach of a U.N.
embargo", في خرق لحظر الأسلحة) are measures in force, no new measure; an embargo imposed is one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Turkey and Qatar deny arming the rebels in breach of a U.N. embargo.",
        "Investigators said the rifles reached Libya in violation of the U.N. arms embargo.",
        "The ship carried weapons to Libya in defiance of the embargo.",
        "قال المحققون إن البنادق وصلت إلى ليبيا في خرق لحظر الأسلحة.",
    ],
)
def test_an_embargo_breached_is_no_new_measure(text: str) -> None:
    assert not of_type(extract(text, "2020-10-23"), "sanctions")


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council imposed an arms embargo on Libya on Monday.",
        "فرض مجلس الأمن حظرا على توريد الأسلحة إلى ليبيا يوم الاثنين.",
    ],
)
def test_an_embargo_imposed_is_a_measure(text: str) -> None:
    assert of_type(extract(text, "2020-10-23"), "sanctions")
