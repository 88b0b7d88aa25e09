"""Places of events: talks, a deal, a truce or an exercise whose host a verb of hosting names
is held in the host's country, the host being a state named as the verb's subject before the
event word, also in Arabic with the subject first ("وكانت تونس قد استضافت محادثات", "Morocco
hosted the U.S.-led exercise"), or a person or a state named as its agent after it ("عشاء عمل
استضافه الملك", "talks hosted by President Macron"). Two hosts named together leave the place
unsaid."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _places(text: str, event_type: str) -> list[str | None]:
    return [(e["location"] or {}).get("country") for e in of_type(extract(text, "2025-06-10"), event_type)]


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # Arabic: the host named before the verb of hosting
        ("وكانت تونس قد استضافت في 2019 محادثات بين الفرقاء الليبيين دون نتيجة.", "meeting", "TUN"),
        ("وكانت الجزائر قد استضافت في 2015 مفاوضات بين حكومة مالي والمتمردين.", "meeting", "DZA"),
        # Arabic: a person hosting, named after the verb that follows the event word
        ("وصدر البيان عقب عشاء عمل استضافه الرئيس إيمانويل ماكرون مساء الخميس وضم قادة أفارقة.", "meeting", "FRA"),
        # English: the host before the verb, past a name with dots in it
        (
            "In March, Tunisia hosted the annual U.S.-led Flintlock military exercise with troops from Niger.",
            "military_exercise",
            "TUN",
        ),
        # English: the agent of the participle
        (
            "Talks between Serbia and Kosovo hosted by President Emmanuel Macron ended without a deal on Monday.",
            "meeting",
            "FRA",
        ),
    ],
)
def test_the_host_places_the_gathering(text, event_type, place):
    assert _places(text, event_type)[:1] == [place]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Iraq and Oman hosted several rounds of talks between Saudi and Iranian officials in 2021.", "meeting"),
        ("وكانت العراق وسلطنة عمان قد استضافتا جولات من المحادثات بين السعودية وإيران.", "meeting"),
    ],
)
def test_two_hosts_leave_the_place_unsaid(text, event_type):
    assert _places(text, event_type)[:1] == [None]
