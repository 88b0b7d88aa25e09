"""A coup named with the year or the day it was staged (the 2023 coup, انقلاب 2023, the
July 26 coup, over the Feb. 1 coup) is a past seizure of power told in passing, dated by that
time, beside the sentence's own deed; a coup attempted, foiled or plotted is none, and "a coup
since 2020" counts coups over a span, naming none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.text import _named_with_its_day
from events.failed_names import failed_mention
from events.resources import load_resources

PUBLISHED = "2024-02-11"


@pytest.mark.parametrize(
    ("text", "date", "country"),
    [
        ("The junta has ruled Niger since the 2023 coup.", "2023", "NER"),
        ("وأدان الاتحاد الأفريقي انقلاب 2023 في النيجر.", "2023", "NER"),
        ("Niger has been ruled by the junta since the July 26 coup.", "2023-07-26", "NER"),
        ("ECOWAS imposed sanctions on Niger after the July 26 coup.", "2023-07-26", "NER"),
        ("ECOWAS imposed sanctions on Niger after the 2023 coup.", "2023", "NER"),
    ],
)
def test_a_coup_named_with_its_time_is_a_past_seizure_of_power(text, date, country):
    coups = of_type(extract(text, PUBLISHED), "appointment")
    assert [(e["date"], e["countries"]) for e in coups] == [(date, [country])], coups


@pytest.mark.parametrize(
    "text",
    [
        "Niger is the fourth West African country to have suffered a coup since 2020, after Mali.",
        "The army foiled a 2023 coup plot in Niger.",
        "The officers behind the failed 2008 coup in Guinea were jailed.",
        "The May coup attempt in Niger failed.",
        "وأحبط الجيش محاولة انقلاب 2023 في النيجر.",
    ],
)
def test_a_coup_counted_over_a_span_or_not_carried_out_is_none(text):
    assert of_type(extract(text, PUBLISHED), "appointment") == []


@pytest.mark.parametrize(
    ("text", "appointments"),
    [
        # the catalogued coup's name, told as failed or attempted, names no catalogued coup
        ("The officers behind the failed 2023 coup in Niger were jailed.", []),
        ("وأحبط الجيش محاولة الانقلاب في النيجر.", []),
        # the same name told as done is the catalogued coup
        ("The junta has ruled since the coup in Niger.", ["2023-07-26"]),
        ("وتحكم المجموعة العسكرية منذ الانقلاب في النيجر.", ["2023-07-26"]),
    ],
)
def test_a_catalogued_coup_told_as_failed_is_not_the_catalogued_one(text, appointments):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "appointment")] == appointments


def test_a_catalogued_failed_coup_keeps_its_name():
    found = extract("Erdogan blamed Gulen for the failed coup attempt in Turkey.", PUBLISHED)
    assert [(e["event_type"], e["date"]) for e in found] == [("attack", "2016-07-15")], found


@pytest.mark.parametrize(
    ("text", "failed"),
    [
        ("The officers behind the failed July 26, 2023 coup in Niger were jailed.", True),
        ("The plotters of the foiled Feb. 1 coup in Niger were jailed.", True),
        ("ومحاولة الانقلاب في النيجر لم تكن الأولى.", True),
        ("Officials said a coup in Niger attempt had been foiled.", True),
        # a word of failure of another clause or another noun does not reach the name
        ("After mediation talks failed, the coup in Niger was consolidated.", False),
        ("Talks failed. The coup in Niger stood.", False),
        ("Since the coup in Niger, plotters elsewhere took note.", False),
        ("فشلت محاولات الوساطة بعد الانقلاب في النيجر.", False),
    ],
)
def test_a_word_of_failure_reaches_the_name_it_qualifies_only(text, failed):
    catalog = load_resources().catalog
    name = next(n for n in ("coup in Niger", "الانقلاب في النيجر") if n in text)
    start = text.index(name)
    assert failed_mention(text, start, start + len(name), "appointment", catalog.failed_cues) is failed


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("over the Feb. 1 coup", True),
        ("since the 26 July coup", True),
        ("since the July 26th coup", True),
        ("the Decree 5 protest", False),
        ("the Marines 3 attack", False),
        ("the 2023 coup", False),
    ],
)
def test_a_deed_named_with_its_day(text, named):
    start = text.rindex(text.split()[-1])
    assert _named_with_its_day(text, (start, len(text))) is named
