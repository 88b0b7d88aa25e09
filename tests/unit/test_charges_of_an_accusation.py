"""The charge of an accusation: an event word inside what an accusation charges someone with
(اتهم ... قطر السبت بتبني مشروع ... وتشجيع قوى متطرفة في اعتداءات على مصر; accused the rebels
on Friday of launching an attack), whether right after ب or "of" or a word the charge's verbal
noun governs, is claimed by one side. A
time word before the charge dates the accusation, not the deed: with no date of its own from
the charge on, and no catalog entry, the deed is not told as done that day and is left out.
A date inside the charge is the deed's, and keeps it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

SATURDAY = "2018-06-16"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the deed a chain of verbal nouns governs, after the accusation's own day
        (
            "اتهم نائب الرئيس اليمني إيران اليوم السبت بتمويل مشروع لزعزعة الاستقرار في المنطقة "
            "وتشجيع جماعات مسلحة في هجمات على السفن التجارية.",
            "attack",
        ),
        (
            "اتهم وزير الخارجية الليبي قطر الجمعة بدعم ميليشيات متطرفة في اعتداءات على الجيش.",
            "attack",
        ),
        # the deed right after ب, the accusation dated before it
        (
            "اتهمت الحكومة اليمنية أمس الحوثيين بشن هجوم صاروخي على مدينة مأرب.",
            "attack",
        ),
        (
            "واتهم الجيش السوداني، الخميس، قوات الدعم السريع بقصف مستشفى في الفاشر.",
            "attack",
        ),
        (
            "Iraq's vice president on Saturday accused Iran of funding a plan to destabilise the region "
            "and encouraging armed groups in attacks on merchant ships.",
            "attack",
        ),
        (
            "On Friday the Yemeni government accused the Houthis of launching a missile attack on Marib.",
            "attack",
        ),
    ],
)
def test_deed_charged_after_the_accusations_date_is_left_out(text, event_type):
    assert of_type(extract(text, SATURDAY), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # a date inside the charge is the deed's own
        (
            "واتهمت دمشق التحالف الدولي باستهداف موقع عسكري في دير الزور مساء الأحد.",
            "attack",
            "2018-06-10",
        ),
        (
            "اتهمت الحكومة الحوثيين بشن هجوم صاروخي على مأرب الخميس الماضي.",
            "attack",
            "2018-06-14",
        ),
        (
            "The Yemeni government accused the Houthis of a missile attack on Marib last Thursday.",
            "attack",
            "2018-06-14",
        ),
        # no accusation: the day dates the deed
        (
            "شنت طائرات التحالف اليوم السبت غارات على مواقع الحوثيين في صعدة.",
            "attack",
            "2018-06-16",
        ),
        # a comma closes the charge: the deed after it is told as done
        (
            "اتهم الجيش الحوثيين بالكذب، وشنت طائراته الجمعة غارات على مواقعهم في صعدة.",
            "attack",
            "2018-06-15",
        ),
        (
            "Coalition jets on Saturday struck Houthi positions in Saada, and the rebels accused them of lying.",
            "attack",
            "2018-06-16",
        ),
    ],
)
def test_deed_with_a_date_of_its_own_is_kept(text, event_type, date):
    found = of_type(extract(text, SATURDAY), event_type)
    assert [e["date"] for e in found] == [date], found
