"""A time after "until" or «حتى» ends a span the event lasts to ("a court ordered him held in
custody until May 29", «قررت النيابة حبسه حتى 15 أبريل»): the detention was ordered before it,
so that time dates nothing; a time the clause gives the deed itself still does
(events/assemble/citations.py `_ends_a_span`, data/assembly.json `span_end_words`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2023-03-30"  # a Thursday


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW (Reuters) - A Russian court ordered reporter Evan Gershkovich held in custody until May 29.",
        "CAIRO (Reuters) - An Egyptian court ordered activist Alaa Abd El-Fattah detained until April 15 pending investigation.",
        "CAIRO (Reuters) - Egyptian police detained opposition leader Ahmed Salem, who will stay in custody till the end of April.",
        "القاهرة - قررت النيابة العامة المصرية حبس الناشط علاء عبد الفتاح حتى 15 أبريل على ذمة التحقيق.",
        "موسكو - أمرت محكمة روسية بحبس الصحفي إيفان غيرشكوفيتش احتياطيا لغاية 29 مايو.",
    ],
)
def test_the_end_of_a_span_dates_no_arrest(text):
    arrests = of_type(extract(text, PUBLISHED), "arrest")
    assert arrests
    assert all(a["date"] == PUBLISHED for a in arrests)


@pytest.mark.parametrize(
    "text, day",
    [
        # the deed's own day, before the end of the span, still dates it
        ("CAIRO (Reuters) - An Egyptian court on Tuesday ordered activist Alaa Abd El-Fattah detained until April 15.", "2023-03-28"),
        ("القاهرة - قررت النيابة العامة المصرية يوم الثلاثاء حبس الناشط علاء عبد الفتاح حتى 15 أبريل.", "2023-03-28"),
        # a time after no word of an end is the deed's
        ("CAIRO (Reuters) - Egyptian police arrested opposition leader Ahmed Salem on Tuesday.", "2023-03-28"),
        ("القاهرة - اعتقلت الشرطة المصرية المعارض أحمد سالم يوم الثلاثاء.", "2023-03-28"),
    ],
)
def test_own_days_stay(text, day):
    arrests = of_type(extract(text, PUBLISHED), "arrest")
    assert [a["date"] for a in arrests] == [day]
