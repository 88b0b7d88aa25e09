"""Fighting pressed on with or ahead with is told done and going on, as fighting continued is
("Russia pressed on with air strikes on Kyiv on Tuesday", «واصلت روسيا غاراتها على كييف يوم
الثلاثاء», «مضت روسيا قدما في غاراتها»): an attack of that day. Press followed by on or ahead with
is no verb of calling; pressing a party to do a deed still calls for it ("Ukraine pressed Russia
to halt air strikes", «ضغطت أوكرانيا على روسيا لوقف غاراتها»)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Russia pressed on with air strikes on Kyiv on Tuesday.",
        "Russia pressed ahead with its offensive in eastern Ukraine on Tuesday.",
        "واصلت روسيا غاراتها على كييف يوم الثلاثاء.",
        "ومضت روسيا قدما في غاراتها على كييف يوم الثلاثاء.",
    ],
)
def test_fighting_pressed_on_with_is_an_attack_of_its_day(text):
    found = of_type(extract(text, "2024-01-10"), "attack")
    assert [(ev["date"], set(ev["countries"])) for ev in found] == [("2024-01-09", {"RUS", "UKR"})], found


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine pressed Russia to halt air strikes on Kyiv.",
        "Kyiv pressed Moscow for an end to its air strikes.",
        "ضغطت أوكرانيا على روسيا لوقف غاراتها على كييف.",
    ],
)
def test_pressing_a_party_to_stop_fighting_tells_no_attack(text):
    assert not of_type(extract(text, "2024-01-10"), "attack"), extract(text, "2024-01-10")
