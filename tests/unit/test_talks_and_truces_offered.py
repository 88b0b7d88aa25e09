"""Talks or a truce offered in English are not held, as 'عرض الحوار' and 'عرضت هدنة' are not: the
English verb of offering governs a meeting and a ceasefire as the Arabic one does; talks held or a
meeting told beside an offer of something else still are (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Bahrain's Crown Prince Salman bin Hamad Al Khalifa had offered talks with the opposition on a range of reforms.", "meeting"),
        ("Bahrain's Crown Prince Salman offered a truce to the opposition on Monday.", "ceasefire"),
        ("وكان ولي عهد البحرين الأمير سلمان بن حمد آل خليفة قد عرض الحوار مع المعارضة حول عدد من الإصلاحات.", "meeting"),
    ],
)
def test_talks_or_a_truce_offered_are_not_held(text, kind):
    assert of_type(extract(text, "2011-03-15"), kind) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Bahrain's Crown Prince Salman met the opposition on Monday and offered them reforms.", "meeting"),
        ("Bahrain's Crown Prince Salman held talks with the opposition on Monday, which offered its support.", "meeting"),
        ("التقى ولي عهد البحرين الأمير سلمان بن حمد آل خليفة بالمعارضة يوم الاثنين وعرض عليها إصلاحات.", "meeting"),
    ],
)
def test_talks_held_beside_an_offer_still_are(text, kind):
    found = of_type(extract(text, "2011-03-15"), kind)
    assert [e["date"] for e in found] == ["2011-03-14"], found
