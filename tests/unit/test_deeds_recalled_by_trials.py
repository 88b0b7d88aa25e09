"""A deed named after a trial of those responsible for it («محاكمة المسؤولين عن قتل المتظاهرين»,
"the trial of those responsible for killing protesters") is recalled: no event of the sentence,
nor of the country whose leader spoke in it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


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
