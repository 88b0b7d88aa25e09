"""An encounter the sentence names as talks is a meeting, not a visit: contacts between two
sides hosted by a third state ("secret contacts between U.S. and Iranian officials hosted by
Oman", "اتصالات سرية ... استضافتها سلطنة عمان") are talks held at the host's, placed there
though an initialism ("U.S.") stands between them and the host; a reception told, past a
comma, as held in a meeting ("استقبل السراج في إسطنبول، في لقاء لم يعلن عنه", "received
Sarraj in Istanbul, in a meeting") is that meeting. A reception told with no such noun stays
the guest's visit."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUB = "2020-01-03"


def _types(text: str) -> list[tuple[str, str | None]]:
    return sorted(
        (e["event_type"], (e["location"] or {}).get("country"))
        for e in extract(text, PUB)
        if e["event_type"] in ("meeting", "visit")
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The deal began with secret contacts between U.S. and Iranian officials hosted by Oman in 2013.",
            [("meeting", "OMN")],
        ),
        (
            "Secret contacts between Israeli and Moroccan officials hosted by Egypt took place in 2019.",
            [("meeting", "EGY")],
        ),
        (
            "بدأ المسار باتصالات سرية بين مسؤولين أمريكيين وإيرانيين استضافتها سلطنة عمان في 2013.",
            [("meeting", "OMN")],
        ),
        (
            "وكان أردوغان قد استقبل السراج في إسطنبول منتصف الشهر الماضي، في لقاء لم يعلن عنه مسبقا.",
            [("meeting", "TUR")],
        ),
        (
            "Erdogan received Sarraj in Istanbul last month, in a meeting that was not announced in advance.",
            [("meeting", "TUR")],
        ),
    ],
)
def test_an_encounter_named_as_talks_is_a_meeting(text, found):
    assert _types(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "وكان أردوغان قد استقبل السراج في إسطنبول منتصف الشهر الماضي.",
        "Erdogan received Sarraj in Istanbul last month.",
    ],
)
def test_a_reception_in_the_hosts_city_stays_a_visit(text):
    assert _types(text) == [("visit", "TUR")]
