"""English wire copy, UN and State Department releases, live pages and regional outlets (Reuters,
AP, Kurdistan24, Libya Observer, Sudan Tribune): sentence shapes read since the sixth English round."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        (
            "An Egyptian emergency state security court on Monday sentenced activist Alaa Abd El-Fattah "
            "to five years in prison.",
            "arrest",
            "EGY",
        ),
        ("A Tunisian state security court on Saturday jailed the former minister for ten years.", "arrest", "TUN"),
        ("An Iraqi state security court on Sunday convicted the ISIS suspect.", "arrest", "IRQ"),
    ],
)
def test_the_noun_state_is_no_saying_verb(text, event_type, country):
    found = of_type(extract(text, "2021-12-20"), event_type)
    assert found and country in found[0]["countries"]
