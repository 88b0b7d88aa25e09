"""A win told with the vote it was won in and the vote's relative clause of holding takes that
clause's time, though an apposition between commas stands after the winner («فاز حزب شريف،
الرابطة الإسلامية، بأغلبية كبيرة في الانتخابات التي جرت في فبراير ١٩٩٧»). A date set, or not
set, for a vote («لم يحدد موعداً لإجراء انتخابات», "did not set a date for new elections") tells
a vote still to come: no election."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

LEAD_AR = "أعلن قائد الجيش الباكستاني الجنرال برويز مشرف اليوم أن القوات المسلحة تولت السلطة في باكستان. "
LEAD_EN = "Pakistan's army chief General Pervez Musharraf said on Wednesday the armed forces had taken over. "


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (LEAD_AR + "وفاز حزب شريف، الرابطة الإسلامية، بأغلبية كبيرة في الانتخابات التي جرت في فبراير ١٩٩٧.", "1997-02"),
        (LEAD_AR + "وفاز حزب شريف بأغلبية كبيرة في الانتخابات التي جرت في فبراير ١٩٩٧.", "1997-02"),
        (LEAD_EN + "Sharif's party, the Pakistan Muslim League, won a large majority in the elections that were held in February 1997.", "1997-02"),
        # the vote inside the apposition is another one, the party's defeat
        (LEAD_AR + "وفاز حزب الشعب الباكستاني، الخاسر في الانتخابات التي جرت في 1997، بأغلبية المقاعد.", "1999-10-13"),
    ],
)
def test_a_win_takes_the_time_of_its_vote(text: str, date: str) -> None:
    found = of_type(extract(text, "1999-10-13"), "election")
    assert [ev["date"] for ev in found] == [date], found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (LEAD_AR + "ولم يعلن مشرف الأحكام العرفية، كما لم يحدد موعداً لإجراء انتخابات.", []),
        (LEAD_AR + "وأعلنت الحكومة الباكستانية موعد الانتخابات البرلمانية.", []),
        (LEAD_EN + "Musharraf did not declare martial law and set no date for new elections.", []),
        (LEAD_EN + "The general has not announced a timetable for elections.", []),
        # a vote held on its date is held
        (LEAD_AR + "وجرت الانتخابات الباكستانية في موعدها أمس.", ["1999-10-12"]),
        (LEAD_EN + "Pakistan held elections on the date set by the court on Sunday.", ["1999-10-10"]),
    ],
)
def test_a_date_set_for_a_vote_is_no_vote(text: str, dates: list[str]) -> None:
    found = of_type(extract(text, "1999-10-13"), "election")
    assert [ev["date"] for ev in found] == dates, found

