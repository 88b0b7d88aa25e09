"""An English place told with its country set off by commas ("in Lausanne, Switzerland, on April
2") keeps its clause open past the country: the time after it is the event's own, and a deal told
after "after" keeps its date, as the Arabic «في لوزان بسويسرا في 2 أبريل» tells with no comma; a
country at the end of the sentence, or a name that opens a clause of its own, closes nothing new."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _kinds(found: list[dict]) -> list[tuple[str, str]]:
    return sorted((e["event_type"], e["date"]) for e in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Negotiators reached a framework agreement in Lausanne, Switzerland, on April 2, after an interim deal "
            "struck in Geneva in November 2013 froze parts of Iran's nuclear programme.",
            [("agreement", "2013-11"), ("agreement", "2015-04-02")],
        ),
        (
            "Iran and the powers reached a deal in Vienna, Austria, on July 14, after an interim deal struck in Geneva "
            "in November 2013.",
            [("agreement", "2013-11"), ("agreement", "2015-07-14")],
        ),
        (
            "توصل المفاوضون إلى اتفاق إطار في لوزان بسويسرا في 2 أبريل، بعد اتفاق مرحلي أبرم في جنيف في نوفمبر 2013.",
            [("agreement", "2013-11"), ("agreement", "2015-04-02")],
        ),
        # the country ends the sentence: the next one tells the earlier talks
        (
            "Negotiators reached a deal in Lausanne, Switzerland. Talks had begun in Geneva in November 2013.",
            [("agreement", "2015-07-14"), ("meeting", "2013-11")],
        ),
        # a name after the place opens a clause of its own: no apposition
        ("Fighting in Gaza, Hamas, which rules the strip, said on Monday, killed three people.", [("attack", "2015-07-14")]),
    ],
)
def test_a_place_s_country_between_commas_keeps_the_clause(text: str, expected: list) -> None:
    assert _kinds(extract(text, "2015-07-14")) == expected
