"""Words quoted between an English cue and its event noun ('promised to hold a new "free and
fair" election') are the noun's modifiers: together they count as one word of the cue's reach,
so the deed stays as planned as the cue makes it. An Arabic noun takes its modifiers after it: a
quotation closed right before it is a clause of its own ("و"تفهم هواجس" الدول المقاطعة")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        (
            "Myanmar's army seized power on Monday. "
            'The army promised to hold a new "free and fair" election and hand power to the winner.',
            "2021-02-01",
            "election",
        ),
        (
            "Mali's army seized power on Tuesday. "
            'The officers vowed to hold "free, fair and credible" elections and hand over to civilians.',
            "2020-08-19",
            "election",
        ),
    ],
)
def test_a_quoted_modifier_keeps_the_cue_in_reach(text, published, kind):
    assert of_type(extract(text, published), kind) == []


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        ("Myanmar's army seized power on Monday. " 'The army held a "free and fair" election on Sunday.', "2021-02-01", "election"),
        (
            'أكدت الكويت أن الدوحة باتت مستعدة للتجاوب مع مساعي حل الخلاف و"تفهم هواجس" الدول المقاطعة لها '
            "منذ الخامس من يونيو.",
            "2017-06-11",
            "sanctions",
        ),
    ],
)
def test_the_deed_outside_the_cue_is_told(text, published, kind):
    assert len(of_type(extract(text, published), kind)) == 1
