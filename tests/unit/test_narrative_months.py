"""A deed told with no time of its own, by a word of going on with the story ("days later",
"in the days that followed"; «بعد ذلك»، «آنذاك»), right after a sentence set in an earlier month
than the publication's, is of that month (assembly.json `narrative_cues`). Not in the lead or
the sentence after it, not without such a word, not when the sentence before is of the
publication's month or gives two times, not for a deed told in the present, and not when the
article already told a deed of its type in that month."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_extraction_support import extract, of_type

from events.assemble.narrative_months import date_by_the_narrative
from events.model import Event, TimeMention

LEAD_EN = "LONDON, March 1 (Reuters) - Britain's parliament met on Friday. Lawmakers debated for hours. "
LEAD_AR = "لندن - (رويترز): اجتمع البرلمان البريطاني الجمعة. وناقش النواب القانون لساعات. "


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (LEAD_EN + "A bomb attack killed 40 Indian police in Kashmir on Feb. 14. "
         "Days later, India imposed a 200 percent customs duty on all Pakistani imports.", "sanctions", "2019-02"),
        (LEAD_EN + "Israel and the UAE announced their accord on Feb. 13. "
         "Palestinians took to the streets in Gaza to denounce it in the days that followed.", "protest", "2019-02"),
        (LEAD_AR + "وقتل 40 شرطيا هنديا في هجوم في كشمير في 14 فبراير/شباط. "
         "وبعد ذلك فرضت الهند رسوما جمركية على الواردات الباكستانية.", "sanctions", "2019-02"),
        (LEAD_AR + "وأعلنت إسرائيل والإمارات الاتفاق في 13 فبراير/شباط. "
         "وفي الأيام التالية تظاهر آلاف الفلسطينيين في غزة احتجاجا على الاتفاق.", "protest", "2019-02"),
    ],
)  # fmt: skip
def test_a_deed_going_on_with_the_story_takes_its_month(text, event_type, date):
    assert [e["date"] for e in of_type(extract(text, "2019-03-01"), event_type)] == [date]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # no word of going on with the story: the day's news
        (LEAD_EN + "A bomb attack killed 40 Indian police in Kashmir on Feb. 14. "
         "India imposed a 200 percent customs duty on all Pakistani imports.", "sanctions"),
        (LEAD_AR + "وقتل 40 شرطيا هنديا في هجوم في كشمير في 14 فبراير/شباط. "
         "وفرضت الهند رسوما جمركية على الواردات الباكستانية.", "sanctions"),
        # the sentence before is of the publication's month
        (LEAD_EN + "A bomb attack killed 40 Indian police in Kashmir on March 1. "
         "Days later, India imposed a 200 percent customs duty on all Pakistani imports.", "sanctions"),
        # the sentence before gives two times
        (LEAD_EN + "Attacks killed police in Kashmir on Jan. 3 and on Feb. 14. "
         "Days later, India imposed a 200 percent customs duty on all Pakistani imports.", "sanctions"),
        (LEAD_AR + "وقتل شرطيون في هجومين في كشمير في 3 يناير و14 فبراير. "
         "وبعد ذلك فرضت الهند رسوما جمركية على الواردات الباكستانية.", "sanctions"),
    ],
)  # fmt: skip
def test_a_deed_of_the_day_keeps_the_publication(text, event_type):
    assert [e["date"] for e in of_type(extract(text, "2019-03-01"), event_type)] == ["2019-03-01"]


def test_the_sentence_after_the_lead_tells_the_day_news():
    text = (
        "LONDON, March 1 (Reuters) - A bomb attack killed 40 Indian police in Kashmir on Feb. 14. "
        "Days later, India imposed a 200 percent customs duty on all Pakistani imports."
    )
    assert [e["date"] for e in of_type(extract(text, "2019-03-01"), "sanctions")] == ["2019-03-01"]


def _told(event_type: str, date: str) -> Event:
    return Event("e", "a", event_type, None, date, None, "publication", "", "", "", published="2019-03-01")


SENTENCES = [(0, 10), (11, 20), (21, 60), (61, 120)]
FEB_14 = TimeMention(40, 47, "Feb. 14", "2019-02-14", "day", "explicit")


@pytest.mark.parametrize(
    ("tense", "told", "dates_before", "date"),
    [
        ("past", [], [FEB_14], "2019-02"),
        ("", [], [FEB_14], "2019-02"),  # a noun
        # told in the present or to come
        ("present", [], [FEB_14], "2019-03-01"),
        ("future", [], [FEB_14], "2019-03-01"),
        # a deed of the type already told in that month: its telling again
        ("past", [_told("sanctions", "2019-02-16")], [FEB_14], "2019-03-01"),
        ("past", [_told("attack", "2019-02-14")], [FEB_14], "2019-02"),
        # a recurring time, or one of the catalog, is no time of the story
        ("past", [], [replace(FEB_14, recurring=True)], "2019-03-01"),
        ("past", [], [replace(FEB_14, basis="reference")], "2019-03-01"),
    ],
)
def test_the_month_of_the_story(tense, told, dates_before, date):
    event = _told("sanctions", "2019-03-01")
    text = " " * 61 + "Days later, India imposed duties." + " " * 26
    date_by_the_narrative(event, told, tense, text, SENTENCES[3], SENTENCES, dates_before, {})
    assert event.date == date


GAZA_AR = (
    "القدس - أعلن المجلس الوزاري الإسرائيلي أمس قطاع غزة كيانا معاديا. وقال بيان إن حماس منظمة إرهابية. "
    "وتسيطر حماس على قطاع غزة منذ منتصف حزيران الماضي، حين انتزعت السيطرة على المقار الأمنية بعد اشتباكات دامية. "
)
GAZA_EN = (
    "JERUSALEM (Reuters) - Israel declared the Gaza Strip a hostile entity on Wednesday. The cabinet met for hours. "
    "Hamas seized control of Gaza in mid-June after days of fighting with Fatah forces. "
)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the time of the sentence is the deal's, in a clause after the event words: both deeds of
        # the story take the month before, the second not taken for the first told again
        (GAZA_AR + "وعلى إثر ذلك، أقال عباس حكومة الوحدة الوطنية، وكلف سلام فياض تشكيل حكومة جديدة في رام الله، "
         "منهيا عمليا اتفاق مكة الذي وقعته الحركتان برعاية سعودية في شباط الماضي.", ["2007-06", "2007-06"]),
        (GAZA_AR + "وبعد ذلك، أقال عباس حكومة الوحدة الوطنية، وكلف سلام فياض تشكيل حكومة جديدة.", ["2007-06", "2007-06"]),
        (GAZA_EN + "After that, Abbas dismissed the unity government, ending the Mecca accord the two movements "
         "signed in February.", ["2007-06"]),
    ],
)  # fmt: skip
def test_a_sentence_opening_on_the_story_takes_its_month_past_a_later_clause_time(text, dates):
    assert [e["date"] for e in of_type(extract(text, "2007-09-20"), "appointment")] == dates


@pytest.mark.parametrize(
    ("text", "own_dates", "date"),
    [
        # the word of the story opens the sentence; the sentence's time comes after the event word
        ("After that, Abbas dismissed the government, ending the accord signed in February.", [(62, 70)], "2019-02"),
        # the word of the story does not open the sentence
        ("Abbas dismissed the government after that, ending the accord signed in February.", [(62, 70)], "2019-03-01"),
        # a time of the sentence stands before the event word
        ("After that, in January, Abbas dismissed the government, ending the accord.", [(15, 22)], "2019-03-01"),
    ],
)
def test_a_time_of_its_own_sentence_leaves_the_story_only_behind_an_opening_word(text, own_dates, date):
    event = _told("appointment", "2019-03-01")
    own = [TimeMention(61 + s, 61 + e, "x", "2019-01", "month", "explicit") for s, e in own_dates]
    full = " " * 61 + text
    trigger = full.index("dismissed")
    full = full + " " * max(0, 120 - len(full))
    sentences = [*SENTENCES[:3], (61, len(full))]
    date_by_the_narrative(event, [], "past", full, sentences[3], sentences, [FEB_14], {}, own, trigger)
    assert event.date == date
