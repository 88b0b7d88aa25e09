"""A verb of paving the way tells a deed that made ready a later one: a time written before it is
the earlier deed's, one after it the later deed's ("Talks in 2013 paved the way for the agreement
signed in 2015", "ومهدت محادثات بين تركيا وقطر عام 2013 الطريق للاتفاقية الموقعة عام 2014")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.paved_ways import load_paved_ways

PUBLISHED = "2018-05-10"


@pytest.mark.parametrize(
    ("text", "talks", "agreement"),
    [
        ("Talks in 2013 paved the way for the agreement between Iran and world powers signed in 2015.", "2013", "2015"),
        ("Talks in Muscat in 2013 paved the way for the agreement that Iran and the six powers signed in Vienna in 2015.", "2013", "2015"),
        ("Talks between Iran and the United States in 2013 paved the way for the agreement signed in 2015.", "2013", "2015"),
        ("ومهدت محادثات بين تركيا وقطر عام 2013 الطريق للاتفاقية الموقعة عام 2014.", "2013", "2014"),
        ("ومهدت المحادثات التي جرت بين تركيا وقطر في 2013 الطريق أمام الاتفاق العسكري الموقع في 2014.", "2013", "2014"),
        ("المحادثات بين تركيا وقطر عام 2013 مهدت الطريق أمام الاتفاق العسكري الموقع في 2014.", "2013", "2014"),
    ],
)
def test_each_deed_keeps_its_own_time(text: str, talks: str, agreement: str) -> None:
    found = extract(text, PUBLISHED)
    assert [e["date"] for e in of_type(found, "meeting")] == [talks]
    assert [e["date"] for e in of_type(found, "agreement")] == [agreement]


# the deed prepared takes no time of the deed that prepared it
@pytest.mark.parametrize(
    "text",
    [
        "Talks between Turkey and Qatar in 2013 paved the way for the defence agreement.",
        "ومهدت محادثات بين تركيا وقطر عام 2013 الطريق للاتفاقية العسكرية.",
    ],
)
def test_the_deed_prepared_is_not_of_the_earlier_time(text: str) -> None:
    assert [e for e in of_type(extract(text, PUBLISHED), "agreement") if e["date"] == "2013"] == []


# a verb of leading to a result of the same day parts nothing; nor does a road opened
@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("An air strike on Monday in Idlib led to the deaths of five civilians.", "attack", "2018-05-07"),
        ("Turkey and Qatar signed a defence agreement in 2014 that paved the way for a Turkish base.", "agreement", "2014"),
        ("ووقعت تركيا وقطر اتفاقية دفاع عام 2014 مهدت الطريق لإقامة قاعدة تركية.", "agreement", "2014"),
    ],
)
def test_other_times_stay(text: str, event_type: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), event_type)] == [date]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Talks in 2013 paved the way for the agreement.", "paved the way for"),
        ("ومهدت محادثات بين تركيا وقطر عام 2013 الطريق للاتفاقية", "ومهدت محادثات بين تركيا وقطر عام 2013 الطريق "),
        ("المحادثات مهدت الطريق أمام الاتفاق", "مهدت الطريق أمام"),
        ("The talks led to the agreement.", None),
        ("وأدت الغارة أمس إلى مقتل خمسة مدنيين", None),
        ("ومهد العمال الطريق الزراعي في القرية", None),
    ],
)
def test_the_verbs_of_paving(text: str, found: str | None) -> None:
    m = load_paved_ways().search(text)
    assert (m.group() if m else None) == found
