"""The withdrawal from the nuclear deal, named with no doer or with one the catalog does not
spell ("Trump announced the withdrawal from the nuclear deal", «وأعلن ترامب الانسحاب من الاتفاق
النووي»), is the US withdrawal of May 2018, and the deal named inside it is no 2015 agreement of
its sentence; a withdrawal threatened or urged against is none, and the deal told signed is still
the 2015 agreement (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Trump announced the withdrawal from the nuclear deal.",
        "Trump had announced the withdrawal from the nuclear deal with Iran.",
        "The rial collapsed after Trump decided to withdraw from the nuclear deal.",
        "وأعلن ترامب الانسحاب من الاتفاق النووي.",
        "وكان ترامب قد أعلن الانسحاب من الاتفاق النووي مع إيران.",
    ],
)
def test_the_withdrawal_named_is_the_us_withdrawal(text: str) -> None:
    found = extract(text, "2018-05-13")
    assert "2018-05-08" in [e["date"] for e in of_type(found, "sanctions")], found
    assert "2015-07-14" not in [e["date"] for e in of_type(found, "agreement")], found


@pytest.mark.parametrize(
    "text",
    [
        "Iran threatened to withdraw from the nuclear deal.",
        "Rouhani urged Europe not to withdraw from the nuclear deal.",
        "وهددت إيران بالانسحاب من الاتفاق النووي.",
        "ودعا روحاني أوروبا إلى عدم الانسحاب من الاتفاق النووي.",
    ],
)
def test_a_withdrawal_threatened_or_urged_against_is_none(text: str) -> None:
    found = of_type(extract(text, "2018-05-13"), "sanctions")
    assert not found, found


@pytest.mark.parametrize(
    "text",
    [
        "Trump threatened the withdrawal from the nuclear deal.",
        "وهدد ترامب بالانسحاب من الاتفاق النووي.",
    ],
)
def test_no_withdrawal_before_its_day(text: str) -> None:
    found = of_type(extract(text, "2018-01-13"), "sanctions")
    assert not found, found


@pytest.mark.parametrize(
    "text",
    [
        "Iran signed the nuclear deal with world powers in Vienna in 2015.",
        "وكانت إيران قد وقعت الاتفاق النووي مع القوى الكبرى في فيينا عام 2015.",
    ],
)
def test_the_deal_told_signed_is_still_the_2015_agreement(text: str) -> None:
    found = of_type(extract(text, "2018-05-13"), "agreement")
    assert found and {e["date"][:4] for e in found} == {"2015"}, found
