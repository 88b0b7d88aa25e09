"""A truce, a deal or talks told again by a definite word, on its day or the day before or after,
is the deed told before, whatever names stand beside the word: they are its hosts, mediators
or guests, not other sides. Talks told twice by two indefinite words, or beside two deeds of
their type that the word could take up, stay apart."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _of_type(found: list[dict], event_type: str) -> list[dict]:
    return [e for e in found if e["event_type"] == event_type]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        # the truce held on the morrow of its announcement by the mediators
        (
            "An Egyptian-brokered ceasefire between Israel and Hamas held on Thursday. "
            "The truce was announced in Cairo on Wednesday evening by Egypt's foreign minister and Hillary Clinton.",
            "2012-11-23",
            "ceasefire",
            ["2012-11-21"],
        ),
        (
            "صمدت يوم الخميس هدنة بين إسرائيل وحركة حماس توسطت فيها مصر. "
            "وكان وزير الخارجية المصري ونظيرته الأمريكية قد أعلنا الهدنة في القاهرة مساء الأربعاء.",
            "2012-11-23",
            "ceasefire",
            ["2012-11-21"],
        ),
        (
            "دخل وقف إطلاق النار بين إسرائيل وحماس حيز التنفيذ يوم الخميس. "
            "وأعلنت مصر والولايات المتحدة الهدنة مساء الأربعاء في القاهرة بحضور مسؤولين إسرائيليين.",
            "2012-11-23",
            "ceasefire",
            ["2012-11-21"],
        ),
        # the guests of the talks told before
        (
            "A ceasefire between Sudan's army and the RSF took hold on Sunday. "
            "The truce was announced in Jeddah on Saturday evening by Saudi and U.S. mediators.",
            "2023-05-22",
            "ceasefire",
            ["2023-05-20"],
        ),
        # two meetings of one day with two partners stay two
        (
            "Egypt's foreign minister met his Jordanian counterpart in Cairo on Monday. "
            "On Monday he also met Saudi Arabia's foreign minister. The meeting focused on Gaza.",
            "2023-05-22",
            "meeting",
            ["2023-05-22", "2023-05-22"],
        ),
    ],
)
def test_a_definite_retelling_takes_up_the_deed_told_before(text, published, event_type, dates):
    found = _of_type(extract(text, published), event_type)
    assert sorted(e["date"] for e in found) == dates, [(e["date"], e["countries"], e["trigger"]) for e in found]
