"""Precision on deeds that did not happen. A cancellation or a postponement governs
the event word a few words after it, past a time phrase between ("ألغى في اللحظات الأخيرة
ضربات", "decided to postpone the date of holding elections"); an instruction to do a deed
(أعطى تعليماته ... بزيارة، أوعز ... بزيارة، instructed ... to visit) is no deed; an event
said to follow a scheduled one ("with a presidential election to follow on July 31") is a
plan, and so is a meeting a trip to come is for (سيتوجه اليوم ... إلى دبي للقاء); a boycott of a meeting or of a preacher is no sanctions. Real deeds near those words
stay: an attack after which a visit was cancelled, a boycott of a state, a visit made on
instructions."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2021-05-01"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a cancellation or postponement a few words before the event word
        ("وأعلن الرئيس لاحقا أنه ألغى في اللحظات الأخيرة ضربات عسكرية ضد ثلاثة مواقع إيرانية.", "attack"),
        ("ألغى الرئيس الأمريكي يوم الخميس ضربات جوية ضد مواقع في سوريا.", "attack"),
        # past a subject of a title and a full name
        ("ألغى رئيس الوزراء الإسرائيلي بنيامين نتنياهو زيارة وفد إسرائيلي إلى واشنطن يوم الاثنين.", "visit"),
        (
            "We decided to postpone the date of holding legislative elections until the participation of "
            "Jerusalem is guaranteed, Abbas said late Thursday.",
            "election",
        ),
        # an instruction to make a visit
        ("وأعطى العاهل المغربي تعليماته لوزير الداخلية بزيارة أسرة الفقيد في الحسيمة.", "visit"),
        ("أوعز الرئيس المصري لوزير الخارجية بزيارة الخرطوم.", "visit"),
        # a trip to come, told a few words before the meeting it is for
        ("أمير الكويت سيتوجه اليوم الأربعاء إلى دبي للقاء نائب رئيس دولة الإمارات.", "meeting"),
        # an event set to follow a scheduled one
        ("The Palestinian vote had been scheduled for May 22, with a presidential election to follow on July 31.", "election"),
        ("The Palestinian legislative vote was scheduled for May 22, with a presidential election to follow on July 31.", "election"),
        # a boycott of a meeting or of a preacher
        ("The Houthis, who do not recognise the government, boycotted the meeting on Wednesday.", "sanctions"),
        ("The opposition boycotted the meeting in Geneva on Monday.", "sanctions"),
        ("وقاطع المصلون خطيب الجمعة في المسجد الكبير بالرباط يوم الجمعة.", "sanctions"),
    ],
)
def test_no_deed_told(text, event_type):
    assert of_type(extract(text, PUB), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the deed after which something was cancelled or postponed
        ("أجلت الحكومة العراقية الانتخابات بعد هجوم على مقر المفوضية في بغداد يوم الخميس.", "attack"),
        ("Iraq postponed the vote, two days after a suicide bomber attacked a polling station in Baghdad on Thursday.", "attack"),
        (
            "The president cancelled his visit to Paris after militants attacked the French embassy in Kabul on Thursday.",
            "attack",
        ),
        # a boycott of a state
        ("فرضت السعودية والإمارات والبحرين ومصر مقاطعة على قطر في يونيو 2017.", "sanctions"),
        ("Saudi Arabia, the UAE, Bahrain and Egypt have boycotted Qatar since June 2017.", "sanctions"),
        # a visit made on instructions, and an arrest ordered
        ("وبتوجيهات من الملك، وصل وزير الخارجية المغربي إلى الرياض يوم الخميس في زيارة رسمية.", "visit"),
        ("The president ordered the arrest of the opposition leader in Cairo on Thursday.", "arrest"),
        # a meeting already held, after a trip to come
        ("سيتوجه الرئيس إلى باريس بعد أن التقى أمس الثلاثاء رئيس الوزراء البريطاني في لندن.", "meeting"),
        # an election held, and one followed by a run-off
        ("Egypt held a presidential election on Sunday, followed by a run-off on Monday.", "election"),
    ],
)
def test_real_deed_near_the_cue_stays(text, event_type):
    assert of_type(extract(text, PUB), event_type) != []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a cancellation or a postponement told in the progressive or the present
        ("Beijing said on Friday it was cancelling defence policy talks with Washington.", "meeting"),
        ("China is calling off military talks with the United States, the ministry said on Friday.", "meeting"),
        ("Egypt is postponing the parliamentary elections, the commission said on Friday.", "election"),
        ("أعلنت الصين يوم الجمعة إلغاء المحادثات العسكرية مع الولايات المتحدة.", "meeting"),
    ],
)
def test_a_cancellation_in_any_tense_tells_no_deed(text, event_type):
    assert of_type(extract(text, PUB), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("China held talks with the United States on Friday after cancelling a planned visit to Taiwan.", "meeting"),
        ("عقدت الصين محادثات مع الولايات المتحدة يوم الجمعة بعد إلغاء زيارة مقررة إلى تايوان.", "meeting"),
    ],
)
def test_a_deed_beside_a_cancellation_stays(text, event_type):
    assert [e["event_type"] for e in of_type(extract(text, PUB), event_type)] == [event_type]
