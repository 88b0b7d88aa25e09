"""An English lead that tells its news with no time of its own, whose deed the article dates
elsewhere (told again with its day, or a catalogued event), gives that day to the deeds the next
paragraphs tell in the simple past with no time of their own: they are that day's news, not the
publication's (events/assemble/lead_days.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        (
            "Sudan's prime minister has resigned after months of protests. He resigned on Sunday in a "
            "televised address.\n\nIn central Khartoum, crowds gathered late into the night, waving flags "
            "and honking car horns.",
            "2021-06-22",
            "protest",
            "2021-06-20",
        ),
        (
            "Niger's junta and the opposition have signed a transition charter. The constitutional "
            "declaration was signed on Saturday in Niamey.\n\nOutside the hall, thousands of people "
            "rallied in the streets of Niamey, chanting slogans.",
            "2023-10-02",
            "protest",
            "2023-09-30",
        ),
    ],
)
def test_a_deed_told_after_an_undated_lead_takes_the_lead_s_day(text, published, kind, day):
    assert [e["date"] for e in of_type(extract(text, published), kind)] == [day]


@pytest.mark.parametrize(
    ("text", "published", "kind", "lead_day"),
    [
        (  # the sentence before names a time of its own: the deed goes on with it
            "Niger's junta and the opposition have signed a transition charter. The constitutional "
            "declaration was signed on Saturday in Niamey.\n\nTensions in Agadez boiled over earlier this "
            "month after gunmen killed a soldier in the town. Residents took to the streets of Agadez, chanting "
            "slogans against the army.",
            "2023-10-02",
            "protest",
            "2023-09-30",
        ),
    ],
)
def test_a_deed_after_a_sentence_with_a_time_of_its_own_keeps_no_lead_day(text, published, kind, lead_day):
    found = of_type(extract(text, published), kind)
    assert found and all(e["date"] != lead_day for e in found)
