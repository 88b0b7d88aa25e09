"""English event nouns are read in the plural as in the singular (uprisings, incursions,
invasions, offensives, ambushes, assassinations, abductions, bombardments, gunfights,
shoot-outs, blockades, pacts, ratifications, cease-fires, armistices, referendums, runoffs,
airlifts, detentions, videoconferences), with the same weight and guards; Arabic plurals
are read by their endings, as before (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("When uprisings swept neighbouring Tunisia and Egypt in 2011, the king promised reforms.", "protest", "2011"),
        ("Saudi air defences repelled two Houthi incursions into Jizan on Sunday.", "attack", "2018-06-03"),
        ("Iraqi troops launched two offensives against Islamic State fighters in Anbar on Sunday.", "attack", "2018-06-03"),
        ("Egypt and Sudan held videoconferences on the dam on Sunday.", "meeting", "2018-06-03"),
    ],
)
def test_a_plural_event_noun_tells_its_event(text, event_type, date) -> None:
    assert [e["date"] for e in of_type(extract(text, "2018-06-04"), event_type)] == [date]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("وتعد تونس الديمقراطية الوحيدة التي خرجت من انتفاضات 2011.", "protest", "2011"),
        ("شنت القوات العراقية هجمات على مواقع المسلحين في الأنبار يوم الأحد.", "attack", "2018-06-03"),
    ],
)
def test_arabic_plurals_stay_read(text, event_type, date) -> None:
    assert [e["date"] for e in of_type(extract(text, "2018-06-04"), event_type)] == [date]
