"""Two deeds of one type in one English sentence, the later told in a clause of time with a
subject and a time of its own ("appointed a prime minister on June 20, after the previous
premier resigned a day after the vote"): each its own event. With no subject of its own, a
verb of saying between, or no time of its own, the clause tells no second deed."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2024-07-01"


@pytest.mark.parametrize(
    ("text", "kind", "days"),
    [
        (
            "Kuwaitis voted in the June 6 parliamentary election. Sheikh Nawaf appointed Sheikh Sabah "
            "Khalid al-Hamad al-Sabah, a former foreign minister, as prime minister on June 20, after "
            "the previous premier, Sheikh Jaber Mubarak al-Hamad al-Sabah, submitted his cabinet's "
            "resignation a day after the vote, as the law requires.",
            "appointment",
            ["2024-06-07", "2024-06-20"],
        ),
        (
            "Kuwaitis voted in the June 6 parliamentary election. Sheikh Nawaf appointed Sheikh Sabah "
            "Khalid al-Hamad al-Sabah as prime minister on June 20, after his predecessor Sheikh Jaber "
            "Mubarak al-Hamad al-Sabah resigned a day after the vote.",
            "appointment",
            ["2024-06-07", "2024-06-20"],
        ),
    ],
)
def test_time_clause_tells_a_deed_of_its_own(text: str, kind: str, days: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, PUB), kind)) == days


@pytest.mark.parametrize(
    "text",
    [
        # a verb of saying: what officials said, not a clause of the deed's own
        "Kuwaitis voted in the June 6 parliamentary election. Sheikh Nawaf appointed Sheikh Sabah "
        "Khalid al-Hamad al-Sabah as prime minister on June 20, after officials said Sheikh Jaber "
        "Mubarak al-Hamad al-Sabah had resigned a day after the vote.",
        # no time of its own
        "Sheikh Nawaf appointed Sheikh Sabah Khalid al-Hamad al-Sabah as Kuwait's prime minister "
        "on June 20, after his predecessor Sheikh Jaber Mubarak al-Hamad al-Sabah resigned.",
    ],
)
def test_no_second_deed(text: str) -> None:
    assert len(of_type(extract(text, PUB), "appointment")) == 1


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # the Arabic clause of time opens on its verb, and already tells its deed apart
        (
            "عين أمير الكويت الشيخ صباح الخالد رئيسا للوزراء يوم 20 يونيو، بعد أن استقال سلفه الشيخ جابر المبارك يوم 7 يونيو.",
            ["2024-06-07", "2024-06-20"],
        ),
    ],
)
def test_arabic_time_clause(text: str, days: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, PUB), "appointment")) == days
