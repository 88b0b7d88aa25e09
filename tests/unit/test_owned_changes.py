"""A resignation named by "his" or "her", its owner told by "he" or "she", after a resignation the
article tells in the same country within the month before, is that resignation told again; one
whose owner its sentence names may be someone else's, and Arabic, whose verbs carry their
subject, is left to the merge of one article's tellings."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _of_type(found: list[dict], event_type: str) -> list[dict]:
    return [e for e in found if e["event_type"] == event_type]


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # handed in after the resignation told with its day
        (
            "Lebanese Prime Minister Saad al-Hariri resigned on Tuesday after two weeks of protests. "
            '"We have reached a dead end," Hariri said. He later submitted his resignation to President Michel Aoun.',
            "2019-10-30",
            ["2019-10-29"],
        ),
        # put on hold weeks after it was announced
        (
            "Lebanon's prime minister Saad Hariri announced his resignation in a televised address from Riyadh on November 4. "
            "Speaking in Beirut on Wednesday, he said he was putting his resignation on hold.",
            "2017-11-23",
            ["2017-11-04"],
        ),
        # a minister named before her own resignation: another one
        (
            "Jordan's Prime Minister Hani Mulki resigned on Tuesday. "
            "Information Minister Jumana Ghunaimat submitted her resignation on Wednesday.",
            "2019-10-30",
            ["2019-10-29", "2019-10-30"],
        ),
    ],
)
def test_a_resignation_taken_up_by_pronouns(text, published, dates):
    found = _of_type(extract(text, published), "appointment")
    assert sorted(e["date"] for e in found) == dates, [(e["date"], e["trigger"]) for e in found]
