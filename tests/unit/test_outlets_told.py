"""A news outlet told something, after an Arabic verb of saying and its subject with the outlet's
proclitic ل ("وقال أحد المحتجين للجزيرة نت إن", "قالت مصادر عسكرية لقناة الجزيرة إن"), is the
channel of the report, as the outlet after English "told" is ("a protester told Al Jazeera"):
neither it nor its country takes part in the deed; an outlet acted on stays a party."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2020-11-10"


@pytest.mark.parametrize(
    ("text", "event_type", "outlet", "country", "kept"),
    [
        ("وقال أحد المحتجين للجزيرة نت إن الشرطة العراقية اعتقلت عشرة ناشطين في البصرة أمس.", "arrest", "al_jazeera", "QAT", "IRQ"),
        ("وأضاف أحد المعتصمين للجزيرة نت أن آلاف المحتجين تظاهروا في بغداد أمس.", "protest", "al_jazeera", "QAT", "IRQ"),
        ("قالت مصادر عسكرية لقناة الجزيرة إن طائرات حربية قصفت بلدة في إدلب أمس.", "attack", "al_jazeera", "QAT", "SYR"),
        ("وأكد مسؤول عراقي لوكالة الأناضول أن الشرطة اعتقلت عشرة ناشطين في البصرة أمس.", "arrest", "anadolu_agency", "TUR", "IRQ"),
        ("Iraqi police detained ten activists in Basra on Monday, a protester told Al Jazeera.", "arrest", "al_jazeera", "QAT", "IRQ"),
        ("Iraqi police detained ten activists in Basra on Monday, an official told Anadolu Agency.", "arrest", "anadolu_agency", "TUR", "IRQ"),
    ],
)
def test_an_outlet_told_is_no_party(text, event_type, outlet, country, kept):
    (event,) = of_type(extract(text, PUB), event_type)
    assert outlet not in event["actors"] and country not in event["countries"] and kept in event["countries"]


@pytest.mark.parametrize(
    ("text", "event_type", "outlet", "country"),
    [
        # the outlet acted on in what was said stays a party
        ("قال الوزير للصحفيين إن الأردن قرر أمس سحب ترخيص قناة الجزيرة.", "sanctions", "al_jazeera", "QAT"),
        ("قال الوزير إن الشرطة المصرية اعتقلت مراسل قناة الجزيرة في القاهرة أمس.", "arrest", "al_jazeera", "QAT"),
        ("The minister said Jordan had revoked the licence of Al Jazeera on Monday.", "sanctions", "al_jazeera", "QAT"),
    ],
)
def test_an_outlet_acted_on_after_a_verb_of_saying_stays_a_party(text, event_type, outlet, country):
    (event,) = of_type(extract(text, PUB), event_type)
    assert outlet in event["actors"] and country in event["countries"]
