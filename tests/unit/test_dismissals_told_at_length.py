"""A dismissal told with its qualifiers or titles between the word and the office (a government
dismissed, an adviser relieved of his post), or an office holder voted out of office by a body,
is an appointment, in English and in Arabic; a claim dismissed or voters turning a party out
tell none. A dismissal is never dated by a catalogued taking of office whose name its sentence
holds only as a title ("close to Crown Prince Mohammed bin Salman")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2018-10-20"  # a Saturday


def _appointments(text: str) -> list[str]:
    return sorted(e["date"] for e in extract(text, PUBLISHED) if e["event_type"] == "appointment")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Palestinian President Abbas on Thursday dismissed the Hamas-led unity government of Prime Minister Ismail Haniyeh.", ["2018-10-18"]),
        ("أقال الرئيس الفلسطيني محمود عباس حكومة الوحدة الوطنية يوم الخميس.", ["2018-10-18"]),
        ("Ukraine's President Yanukovich fled Kiev and was voted out of office by parliament on February 22.", ["2018-02-22"]),
        ("فر الرئيس الأوكراني يانوكوفيتش من كييف وصوت البرلمان الأوكراني على عزله في 22 فبراير.", ["2018-02-22"]),
        ("وأعفي سعود القحطاني المستشار في الديوان الملكي السعودي من منصبه يوم السبت.", ["2018-10-20"]),
        # a title naming a catalogued taking of office dates no dismissal
        ("Saud al-Qahtani, a senior royal court adviser close to Saudi Crown Prince Mohammed bin Salman, was also relieved of his post.", ["2018-10-20"]),
        ("وأعفي سعود القحطاني المستشار المقرب من ولي العهد السعودي الأمير محمد بن سلمان من منصبه.", ["2018-10-20"]),
    ],
)
def test_dismissed(text, dates):
    assert _appointments(text) == dates


@pytest.mark.parametrize(
    "text",
    [
        "Palestinian President Abbas dismissed the claims of the Hamas-led government on Thursday.",
        "Turkish voters voted the ruling party out of power on Sunday.",
        "Ukraine's lawmakers failed to vote Yanukovich out of office on Thursday.",
        "وصوت البرلمان الأوكراني ضد عزله يوم الخميس.",
    ],
)
def test_not_dismissed(text):
    assert _appointments(text) == []
