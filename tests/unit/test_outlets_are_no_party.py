"""A news outlet named as the channel of a report, right after a word of source ("بحسب قناة
الجزيرة", "وفقا لما ذكرته وكالة الأناضول", "according to Anadolu Agency", "a source told Al
Jazeera"), is no party of the deed reported, and its country is none of the deed's; an outlet
acted on (its office closed, its reporter arrested) stays a party."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2020-11-10"


@pytest.mark.parametrize(
    ("text", "event_type", "outlet", "country"),
    [
        ("قصفت طائرات روسية بلدة في إدلب أمس، وفقا لما ذكرته وكالة الأناضول.", "attack", "anadolu_agency", "TUR"),
        ("اعتقلت الشرطة المصرية ثلاثة صحفيين في القاهرة أمس بحسب قناة الجزيرة.", "arrest", "al_jazeera", "QAT"),
        ("اعتقلت الشرطة العراقية عشرة ناشطين في البصرة أمس، حسب وكالة الأنباء القطرية.", "arrest", "qatar_news_agency", "QAT"),
        ("قتل جنديان سوريان في قصف تركي قرب عفرين أمس، وفق ما نشرته قناة العربية.", "attack", "al_arabiya", "SAU"),
        ("Russian jets struck a village in Idlib on Saturday, according to Anadolu Agency.", "attack", "anadolu_agency", "TUR"),
        ("Egyptian police arrested three journalists in Cairo on Monday, a source told Al Jazeera.", "arrest", "al_jazeera", "QAT"),
        ("Iraqi police detained ten activists in Basra on Monday, according to Al Arabiya.", "arrest", "al_arabiya", "SAU"),
    ],
)
def test_an_outlet_after_a_word_of_source_is_no_party(text, event_type, outlet, country):
    (event,) = of_type(extract(text, PUB), event_type)
    assert outlet not in event["actors"] and country not in event["countries"]


def test_a_second_source_joined_by_and_is_no_party_either():
    text = "قصفت مقاتلات روسية بلدة في إدلب السبت، وفقا لما ذكرته منظمة الخوذ البيضاء والمرصد السوري لحقوق الإنسان."
    (event,) = of_type(extract(text, PUB), "attack")
    assert "sohr" not in event["actors"] and "RUS" in event["countries"]


@pytest.mark.parametrize(
    ("text", "event_type", "outlet", "country"),
    [
        # the outlet acted on stays a party
        ("أغلقت السلطات الأردنية مكتب قناة الجزيرة في عمان أمس.", "sanctions", "al_jazeera", "QAT"),
        ("اعتقلت الشرطة المصرية مراسل قناة الجزيرة في القاهرة أمس.", "arrest", "al_jazeera", "QAT"),
        ("Egyptian police arrested an Al Jazeera reporter in Cairo on Monday.", "arrest", "al_jazeera", "QAT"),
    ],
)
def test_an_outlet_acted_on_stays_a_party(text, event_type, outlet, country):
    (event,) = of_type(extract(text, PUB), event_type)
    assert outlet in event["actors"] and country in event["countries"]


@pytest.mark.parametrize(
    ("text", "event_type", "kept"),
    [
        # the parties of the deed reported stay
        ("اعتقلت الشرطة المصرية ثلاثة صحفيين في القاهرة أمس بحسب قناة الجزيرة.", "arrest", "EGY"),
        ("Russian jets struck a village in Idlib on Saturday, according to Anadolu Agency.", "attack", "RUS"),
    ],
)
def test_the_parties_of_the_deed_reported_stay(text, event_type, kept):
    (event,) = of_type(extract(text, PUB), event_type)
    assert kept in event["countries"]


@pytest.mark.parametrize(
    "text",
    [
        "قصفت طائرات روسية بلدة في إدلب أمس، وفقا لما ذكرته وكالة الأنباء القطرية (قنا).",
        'اعتقلت الشرطة المصرية ثلاثة صحفيين في القاهرة أمس بحسب وكالة الأنباء القطرية الرسمية "قنا".',
    ],
)
def test_the_short_name_after_the_full_one_is_no_party(text):
    found = extract(text, PUB)
    assert found and all("qatar_news_agency" not in e["actors"] and "QAT" not in e["countries"] for e in found)
