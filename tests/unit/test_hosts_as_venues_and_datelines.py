"""Places of events: a state or city named as the subject of a verb of hosting
before the word of talks, a deal or a truce ("استضاف العراق جولات من المحادثات", "Oman hosted
talks between ...") is where they were held, and one of their countries, though the sentence
names their sides apart from it. A city or region placed by "in" (في) right after the event
word is the event's own place: a finer name of another country further on in the sentence
(the city of a summit that announced a truce) does not outrank it, as a country so placed
already did not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.text.dateline import find_dateline


def _events(text: str, event_type: str) -> list[dict]:
    return of_type(extract(text, "2025-06-10"), event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # Arabic: the verb first, its subject right after it
        ("واستضاف العراق منذ أبريل 2021 خمس جولات من المحادثات الأمنية بين السعودية وإيران.", "meeting", "IRQ"),
        ("استضافت سلطنة عمان يوم الاثنين محادثات بين الولايات المتحدة وإيران.", "meeting", "OMN"),
        ("واستضافت قطر، الأحد، مفاوضات غير مباشرة بين حماس وإسرائيل.", "meeting", "QAT"),
        ("احتضنت الجزائر أمس اجتماعا بين وزيري خارجية مالي والنيجر.", "meeting", "DZA"),
        # English: the subject before the verb
        ("Oman hosted talks between the United States and Iran on Saturday.", "meeting", "OMN"),
        ("Iraq has hosted five rounds of talks between Saudi Arabia and Iran since April 2021.", "meeting", "IRQ"),
        ("Qatar hosted indirect negotiations between Hamas and Israel on Sunday.", "meeting", "QAT"),
        ("Egypt hosted a meeting between the Sudanese army and the RSF on Monday.", "meeting", "EGY"),
    ],
)
def test_the_host_is_the_venue(text, event_type, place):
    found = _events(text, event_type)
    assert [(e["location"] or {}).get("country") for e in found][:1] == [place]
    assert place in found[0]["countries"]


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # a place of its own named in the sentence stays the place
        ("Oman hosted talks between the United States and Iran in Rome on Saturday.", "meeting", "ITA"),
        # hosted by: the place after the verb, as before
        ("Talks hosted by Oman between the United States and Iran ended on Saturday.", "meeting", "OMN"),
    ],
)
def test_other_places_still_hold(text, event_type, place):
    assert [(e["location"] or {}).get("country") for e in _events(text, event_type)][:1] == [place]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # talks between states with no host named are held where the text does not say
        ("Saudi Arabia and Iran held talks on Saturday.", "meeting"),
        ("أجرت السعودية وإيران محادثات أمس.", "meeting"),
    ],
)
def test_no_host_no_place(text, event_type):
    assert [e["location"] for e in _events(text, event_type)][:1] == [None]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # two hosts: held in either, the text does not say which
        ("Iraq and Oman hosted several rounds of talks between Saudi Arabia and Iran in 2021 and 2022.", "meeting"),
        ("واستضافت مصر وقطر جولات من المفاوضات بين حماس وإسرائيل العام الماضي.", "meeting"),
    ],
)
def test_two_hosts_no_place(text, event_type):
    assert [e["location"] for e in _events(text, event_type)][:1] == [None]


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        ("دخل اتفاق وقف إطلاق النار في محافظة إدلب حيز التنفيذ منتصف ليل الخميس، بعد ساعات من إعلانه عقب قمة جمعت الرئيسين الروسي والتركي في العاصمة الروسية موسكو.", "ceasefire", "SYR"),
        ("دخلت الهدنة في شمال سوريا حيز التنفيذ أمس، بعد أيام من مباحثات بين الطرفين في العاصمة التركية أنقرة.", "ceasefire", "SYR"),
        # (English already read so; kept beside the Arabic for the same construction)
        ("The ceasefire in Idlib took effect at midnight on Thursday, hours after a summit of the Russian and Turkish presidents in Moscow.", "ceasefire", "SYR"),
        ("The truce in northern Syria took effect on Tuesday, days after talks between the two sides in Ankara.", "ceasefire", "SYR"),
    ],
)
def test_the_place_right_after_the_word_outranks_a_finer_one_further_on(text, event_type, place):
    assert [(e["location"] or {}).get("country") for e in _events(text, event_type)][:1] == [place]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("Rabat – Morocco and Israel signed four agreements on Tuesday.", "Rabat – "),
        ("Abu Dhabi — The UAE and Israel signed a trade deal on Sunday.", "Abu Dhabi — "),
        ("Tunis – Tunisian police arrested a former minister on Monday.", "Tunis – "),
    ],
)
def test_a_capitalised_city_and_a_dash_open_a_dateline(text, dateline):
    span = find_dateline(text)
    assert span is not None and text[span[0] : span[1]] == dateline


@pytest.mark.parametrize(
    "text",
    ["Turkey - Qatar ties are strong.", "Saudi Arabia – the kingdom said – cut ties.", "The talks – held in Doha – failed."],
)
def test_no_dateline_without_a_capital_after_the_dash(text):
    assert find_dateline(text) is None


def test_the_dateline_city_places_a_signing_of_its_country():
    text = "Rabat – Morocco and Israel signed four agreements on Tuesday during a visit by a US delegation."
    found = of_type(extract(text, "2020-12-23"), "agreement")
    assert [(e["location"] or {}).get("name") for e in found] == ["Rabat"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a bare first name shared by many people is no one person's name
        ("Police in Amman detained Nasser Nawasreh, deputy head of the teachers' syndicate, on Saturday.", "gamal_abdel_nasser"),
        ("A Moroccan court sentenced Nasser Zefzafi to 20 years in prison on Tuesday.", "gamal_abdel_nasser"),
    ],
)
def test_a_shared_first_name_is_not_a_known_person(text, actor):
    assert all(actor not in e["actors"] for e in extract(text, "2020-08-10"))

