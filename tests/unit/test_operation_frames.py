"""A deed done within a catalogued operation or campaign (ضمن، في سياق، كجزء من, as part of, in
the context of) keeps its own type: the operation's name is the frame it is done in, no second
event of the operation's type beside it and no event standing for the deed."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "own_type", "frame"),
    [
        # troops sent within an operation: a deployment
        ("أرسلت فرنسا ألف جندي إلى مالي في يناير 2013 ضمن عملية سرفال.", "2022-02-18", "deployment", "mali_serval_2013"),
        ("France sent a thousand soldiers to Mali in January 2013 as part of Operation Serval.", "2022-02-18", "deployment", "mali_serval_2013"),
        # relief sent as part of an operation: aid
        ("أرسلت السعودية مساعدات إغاثية إلى اليمن في أبريل 2015 ضمن عملية إعادة الأمل.", "2019-05-02", "aid", "restoring_hope_2015"),
        ("Saudi Arabia sent relief aid to Yemen in April 2015 as part of Operation Restoring Hope.", "2019-05-02", "aid", "restoring_hope_2015"),
        # an arrest in the context of an offensive
        (
            "اعتقل الجيش التركي قائدا كرديا بارزا في عفرين في مارس 2018 في سياق عملية غصن الزيتون.",
            "2019-05-02",
            "arrest",
            "olive_branch_2018",
        ),
        (
            "The Turkish army arrested a senior Kurdish commander in Afrin in March 2018 in the context of Operation Olive Branch.",
            "2019-05-02",
            "arrest",
            "olive_branch_2018",
        ),
        # a drill held as part of a campaign
        ("أجرت القوات المصرية تدريبات بحرية في البحر الأحمر في فبراير 2018 كجزء من عملية سيناء 2018.", "2019-05-02", "military_exercise", "operation_sinai_2018"),
        ("Egyptian forces deployed warships in the Red Sea in February 2018 as part of Operation Sinai 2018.", "2019-05-02", "deployment", "operation_sinai_2018"),
    ],
)
def test_a_deed_framed_by_an_operation_keeps_its_type(text, published, own_type, frame):
    events = extract(text, published)
    assert [e["event_type"] for e in events] == [own_type], events
    assert all(e.get("reference_id") != frame for e in events), events


@pytest.mark.parametrize(
    ("text", "published", "reference_id"),
    [
        # the operation told as launched: its own event, linked to the catalog
        ("أطلقت تركيا عملية غصن الزيتون في عفرين في يناير 2018.", "2019-05-02", "olive_branch_2018"),
        ("Turkey launched Operation Olive Branch in Afrin in January 2018.", "2019-05-02", "olive_branch_2018"),
    ],
)
def test_an_operation_told_by_itself_stays_linked(text, published, reference_id):
    assert reference_id in [e.get("reference_id") for e in extract(text, published)]
