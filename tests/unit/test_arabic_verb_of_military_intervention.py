"""A state that intervened militarily, told by the Arabic verb in any person, its subject perhaps
between (وكانت روسيا قد تدخلت عسكريا في سبتمبر 2015), sent its forces, as the noun of intervention
(التدخل العسكري) and the verb in the third person masculine, written as that noun (تدخل عسكريا),
already tell; one told since a time stays the lasting attack of the entry with منذ, and one
called for, threatened or denied is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وكانت روسيا قد تدخلت عسكريا في سبتمبر (أيلول) 2015 لدعمه.", [("deployment", "2015-09")]),
        ("وتدخلت القوات التركية عسكريا في أكتوبر 2019.", [("deployment", "2019-10")]),
        # the third person masculine, already read as the noun
        ("وكان الجيش المصري قد تدخل عسكريا في ليبيا في أكتوبر 2019.", [("deployment", "2019-10")]),
        # since a time: the lasting attack, as before
        ("ومن المؤكد أن الرياض التي تتدخل عسكريا في اليمن منذ العام 2015 لدعم الحكومة الشرعية سترد.", [("attack", "2015")]),
        # no deed told
        ("ودعا الوزير إلى عدم التدخل عسكريا في ليبيا.", []),
        ("وهدد أردوغان بأن تركيا ستتدخل عسكريا في سوريا.", []),
        ("ولم تتدخل مصر عسكريا في ليبيا.", []),
    ],
)
def test_a_state_that_intervened_militarily_sent_its_forces(text, found):
    events = extract(text, "2024-12-09")
    assert [(e["event_type"], e["date"]) for e in events] == found
