"""A deed told in an English aside opened by ", who" right after a name ("Sergei Lavrov, who
hosted his Armenian and Azerbaijani counterparts") is that name's deed: its country is a side,
though the aside names two others."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "kind", "doer"),
    [
        (
            "Russian Foreign Minister Sergei Lavrov, who hosted his Armenian and Azerbaijani counterparts on Friday, "
            "announced the deal shortly after 3 a.m.",
            "2020-10-10",
            "visit",
            "RUS",
        ),
        (
            "U.S. Secretary of State Condoleezza Rice, who held talks with Israeli Prime Minister Ariel Sharon and "
            "Palestinian President Mahmoud Abbas on Monday, did not attend.",
            "2005-02-09",
            "meeting",
            "USA",
        ),
        # a time or an auxiliary before the aside's own verb
        (
            "Russian Foreign Minister Sergei Lavrov, who on Friday hosted his Armenian and Azerbaijani counterparts, "
            "announced the deal.",
            "2020-10-10",
            "visit",
            "RUS",
        ),
        (
            "U.S. Secretary of State Condoleezza Rice, who is visiting Israel and the Palestinian territories, met Abbas.",
            "2005-02-09",
            "visit",
            "USA",
        ),
    ],
)
def test_the_name_before_who_is_a_side(text: str, published: str, kind: str, doer: str) -> None:
    found = [e for e in extract(text, published) if e["event_type"] == kind]
    assert found and all(doer in e["countries"] for e in found), found


@pytest.mark.parametrize(
    ("text", "published", "absent"),
    [
        (
            "U.S. Secretary of State Antony Blinken, who condemned the shelling of Ukrainian cities by Russian forces "
            "on Monday, arrived in Lithuania.",
            "2022-03-08",
            "USA",
        ),
        (
            "French President Emmanuel Macron, who denounced the attack on Israel by Hamas militants on Saturday, "
            "spoke to Netanyahu.",
            "2023-10-10",
            "FRA",
        ),
    ],
)
def test_a_deed_the_aside_only_speaks_of_is_not_the_name_s(text: str, published: str, absent: str) -> None:
    found = [e for e in extract(text, published) if e["event_type"] == "attack"]
    assert found and all(absent not in e["countries"] for e in found), found
