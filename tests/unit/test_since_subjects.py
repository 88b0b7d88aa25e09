"""A phrase of "since" and a bare noun of a happening in a compared subject ends at the verb after
it ("The first UN aid convoy since the quake crossed into Syria on Thursday", "أول قافلة مساعدات
أممية منذ الزلزال عبرت يوم الخميس"): that verb's day dates the deed, not the onset."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.since_subjects import verb_after_since


def _verb(text: str) -> str | None:
    word = "منذ" if "منذ" in text else "since"
    at = text.index(word)
    verb = verb_after_since(text, at, at + len(word))
    return None if verb is None else text[verb:].split()[0]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The first UN convoy since the quake crossed into the north on Thursday.", "crossed"),
        ("The first aid convoy since the devastating quake entered Syria on Thursday.", "entered"),
        ("أول قافلة منذ الزلزال عبرت يوم الخميس.", "عبرت"),
        ("أول قافلة مساعدات منذ الزلزال المدمر وصلت أمس إلى حلب.", "وصلت"),
        # the happening's own onset: the time is the onset's
        ("The deadliest day since the quake struck on February 6.", None),
        ("The largest protests since the war began in 2011.", None),
        ("أكبر احتجاجات منذ الحرب اندلعت في 2011.", None),
        # a verb before "since": the phrase is that verb's adjunct
        ("Thursday saw the first convoy since the quake crossed into Syria.", None),
        ("شهدت الحدود أول قافلة منذ الزلزال عبرت يوم الخميس.", None),
        # no comparison, no noun of a happening, punctuation in between
        ("A convoy since the quake crossed into Syria on Thursday.", None),
        ("The first convoy since the army crossed into Syria on Thursday.", None),
        ("The first convoy since the quake, crossed into Syria on Thursday.", None),
        ("أول قافلة منذ الجيش عبرت يوم الخميس.", None),
    ],
)
def test_the_verb_that_ends_a_compared_since_phrase(text, verb):
    assert _verb(text) == verb


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The first UN aid convoy since the quake crossed into Syria on Thursday.", "2023-02-09"),
        (
            "In northwest Syria, the first United Nations convoy since the disaster crossed from Turkey "
            "through the Bab al-Hawa crossing on Thursday.",
            "2023-02-09",
        ),
        ("قالت الأمم المتحدة إن أول قافلة مساعدات أممية منذ الزلزال عبرت يوم الخميس إلى شمال غرب سوريا.", "2023-02-09"),
        ("أول قافلة مساعدات أممية منذ الزلزال المدمر عبرت يوم الخميس إلى سوريا.", "2023-02-09"),
    ],
)
def test_the_verb_after_a_compared_since_phrase_dates_the_deed(text, date):
    found = of_type(extract(text, "2023-02-13"), "aid")
    assert [e["date"] for e in found] == [date]
