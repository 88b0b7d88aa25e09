"""The word before in front of a body or an audience ("sworn in before parliament on December 20")
is a place of the clause's own deed and opens no clause of another, so a date after it still dates the
deed, as one after أمام does; "before" opening a clause ("before parliament approved it on
Monday") still closes the deed's clause (real resources)."""

from __future__ import annotations

import re

import pytest
from test_extraction_support import extract, of_type

from events.assemble.hour_words import faces_an_audience


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("Kuwait's emir was sworn in before parliament on December 20.", "appointment", "2023-12-20"),
        (
            "Kuwait's emir Sheikh Meshal was sworn in before the National Assembly on December 20, "
            "and in January he appointed a new prime minister.",
            "appointment",
            "2023-12-20",
        ),
        ("Egypt's Hosni Mubarak took the oath before the chamber in September 2005.", "appointment", "2005-09"),
        ("أدى أمير الكويت اليمين الدستورية أمام مجلس الأمة يوم 20 ديسمبر.", "appointment", "2023-12-20"),
        ("وأدى الرئيس المصري حسني مبارك اليمين الدستورية أمام البرلمان في سبتمبر 2005.", "appointment", "2005-09"),
    ],
)
def test_a_date_after_an_audience_dates_the_deed(text, event_type, date):
    found = of_type(extract(text, "2024-04-05"), event_type)
    assert found and found[0]["date"] == date, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sworn in before parliament on December 20", True),
        ("took the oath before the chamber, in September 2005", True),
        ("sworn in before a joint session of the Council of Oman", True),
        ("sentenced before the State Security Court on Monday", True),
        ("signed the decree before parliament approved it on Monday", False),
        ("left before the army stormed the court on Monday", False),
        ("left before dawn on Monday", False),
        ("وقع المرسوم قبل أن يقره البرلمان يوم الاثنين", False),
    ],
)
def test_before_an_audience(text, expected):
    m = re.search(r"\s(?:before|قبل)(?=\s)", text)
    assert m is not None
    assert faces_an_audience(text, m) is expected


def test_before_a_clause_still_closes_the_deeds_clause():
    text = "Kuwait's emir appointed a new prime minister before parliament approved the cabinet on December 20."
    found = [e for e in of_type(extract(text, "2024-04-05"), "appointment") if e["trigger"] == "appointed"]
    assert found and found[0]["date"] == "2024-04-05", found
