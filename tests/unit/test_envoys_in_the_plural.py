"""Envoys and consuls in the plural are recalled, expelled, withdrawn or summoned as one envoy is:
"Turkey and Israel expelled each other's top envoys in May 2018" is a diplomatic sanction, as
«طردت تركيا وإسرائيل سفيري البلدين» is."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("Turkey and Israel expelled each other's top envoys in May 2018.", "2022-08-17", "2018-05"),
        ("Bahrain recalled its envoys from Beirut on Monday.", "2021-10-30", "2021-10-25"),
        ("Algeria expelled two French consuls on Tuesday.", "2021-10-08", "2021-10-05"),
        ("Saudi Arabia withdrew its envoys from Lebanon on Friday.", "2021-10-31", "2021-10-29"),
        ("Chad's expulsion of Qatari envoys on Monday angered Doha.", "2017-08-25", "2017-08-21"),
        ("وطردت تركيا وإسرائيل سفيري البلدين في مايو 2018.", "2022-08-17", "2018-05"),
    ],
)
def test_envoys_sent_away_are_a_sanction(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "sanctions")
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    ("text", "published", "hosts"),
    [
        ("Qatar sent envoys to Riyadh and Abu Dhabi on Monday.", "2022-08-17", ["ARE", "SAU"]),
        ("Egypt dispatched delegations to Khartoum on Sunday.", "2022-08-17", ["SDN"]),
    ],
)
def test_envoys_sent_make_visits(text: str, published: str, hosts: list[str]) -> None:
    found = of_type(extract(text, published), "visit")
    assert sorted(e["location"]["country"] for e in found) == hosts, found
