"""An attack or a protest named after those responsible for it («محاكمة المسؤولين عن قتل
المتظاهرين», "the trial of those responsible for killing protesters") is recalled: no event of the
sentence, nor of the country whose leader spoke in it. Other deeds, and a trial's own sequel, are
told."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "وفي واشنطن، رحب الرئيس الأمريكي باراك أوباما بالخطوة، فيما تعهد شباب الميدان بمواصلة اعتصامهم إلى حين "
            "محاكمة المسؤولين عن قتل المتظاهرين.",
            "2011-02-12",
        ),
        (
            "In Washington, President Barack Obama welcomed the step, while the young activists demanded the trial of "
            "those responsible for killing protesters.",
            "2011-02-12",
        ),
    ],
)
def test_a_deed_to_be_tried_is_recalled(text, published):
    assert extract(text, published) == []


def test_a_deed_of_the_sentence_is_still_told():
    found = extract("Police in Cairo killed three protesters on Friday, witnesses said.", "2011-01-29")
    assert [(e["event_type"], e["date"]) for e in found] == [("attack", "2011-01-28")]


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        ("The trial of the officers sparked protests in Cairo.", "2013-06-10", "protest", "2013-06-10"),
        ("On Sunday, those responsible for the negotiations met in Geneva.", "2019-05-20", "meeting", "2019-05-19"),
    ],
)
def test_other_deeds_near_a_trial_or_those_responsible_are_told(text, published, kind, day):
    assert [e["date"] for e in of_type(extract(text, published), kind)] == [day]
