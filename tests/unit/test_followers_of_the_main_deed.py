"""A side that followed suit did the sentence's own deed, not the one told as its cause
("severed relations with Iran after protesters stormed its embassy, and Bahrain followed suit";
«استدعت البحرين سفيرها بعد استقالة الوزير، وحذت حذوها الإمارات»)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "follower", "deed"),
    [
        (
            "Saudi Arabia severed relations with Iran on Sunday after Iranian protesters stormed its embassy in Tehran, "
            "and Bahrain followed suit on Monday.",
            "BHR",
            "sanctions",
        ),
        ("استدعت البحرين سفيرها لدى لبنان أمس بعد استقالة وزير الإعلام اللبناني، وحذت حذوها الإمارات.", "ARE", "sanctions"),
        # with no deed of the sentence's own before it, the follower still does the one told
        ("Egypt signed a peace treaty with Israel in 1979 and Jordan followed suit in 1994.", "JOR", "agreement"),
    ],
)
def test_the_follower_does_the_main_deed_only(text: str, follower: str, deed: str) -> None:
    found = extract(text, "2016-01-04")
    assert {ev["event_type"] for ev in found if follower in ev["countries"]} == {deed}, found
