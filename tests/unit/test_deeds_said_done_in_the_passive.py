"""An English noun of a deed told done by a passive in the past right after it, in the
that-clause of a saying dated to the day ("announced on Sunday that an agreement had been
reached"), is that day's deed, as «أعلن ... الأحد التوصل إلى اتفاق» is; with no passive of its
doing it keeps the publication's day (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian regime announced on Sunday that an agreement had been reached for Jaish al-Islam fighters "
        "to leave Douma for Jarablus.",
        "وأعلن النظام السوري، الأحد، التوصل إلى اتفاق يقضي بخروج مقاتلي جيش الإسلام من دوما إلى جرابلس.",
        "وأعلن النظام السوري، الأحد، أنه تم التوصل إلى اتفاق يقضي بخروج مقاتلي جيش الإسلام من دوما إلى جرابلس.",
        "Egypt announced on Sunday that a security agreement was signed with Sudan in Cairo.",
        "Egypt announced on Sunday that a deal had been signed with Sudan in Cairo.",
    ],
)
def test_a_deed_said_done_takes_the_day_of_the_saying(text: str) -> None:
    found = of_type(extract(text, "2018-04-03"), "agreement")
    assert [e["date"] for e in found] == ["2018-04-01"], found


def test_a_noun_with_no_passive_of_its_doing_keeps_the_publication_day() -> None:
    found = of_type(
        extract("The Syrian regime announced on Sunday that an agreement was expected for fighters to leave Douma.", "2018-04-03"),
        "agreement",
    )
    assert "2018-04-01" not in [e["date"] for e in found], found


@pytest.mark.parametrize(
    "text",
    [
        # a restoration decided, told in the that-clause of a dated saying, with or without "had"
        "The White House said on Friday that Sudan and Israel agreed to normalise relations.",
        "The White House said on Friday that Sudan and Israel had agreed to normalise relations in a phone call.",
    ],
)
def test_a_restoration_agreed_in_a_dated_saying_takes_its_day(text: str) -> None:
    found = of_type(extract(text, "2020-10-24"), "relations")
    assert [e["date"] for e in found] == ["2020-10-23"], found


def test_a_restoration_agreed_in_an_undated_saying_is_still_hearsay() -> None:
    found = of_type(extract("Officials said that Sudan and Israel agreed to normalise relations.", "2020-10-24"), "relations")
    assert found == [], found
