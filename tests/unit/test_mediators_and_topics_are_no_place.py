"""Places of events: a mediator named by a shared ending ("US- and French-brokered")
is not where a truce took effect; a topic of talks ("for talks on Gaza", "over Tehran's
nuclear programme", "تناولت الأوضاع في غزة") is neither where they were held nor a party,
while a place after the topic ("in Oman") or in a clause after it ("، عقدت آخرها في مسقط") is
theirs; the city a visit's word takes as its object is where the visit took place, whatever
other city a later clause names; a country after "border post with" or "مركز حدودي مع" is the
neighbour, not where someone was detained."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _places(text: str, published: str, event_type: str) -> list[str | None]:
    return [(e["location"] or {}).get("country") for e in of_type(extract(text, published), event_type)]


def _countries(text: str, published: str, event_type: str) -> list[list[str]]:
    return [sorted(e["countries"]) for e in of_type(extract(text, published), event_type)]


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # mediators joined by "and" under one ending
        ("Hundreds died in Sudan before a Saudi- and US-brokered truce took effect on Friday.", "ceasefire", "SDN"),
        ("Dozens were killed in Lebanon before a US- and French-mediated ceasefire took effect on Monday.", "ceasefire", "LBN"),
        # a topic of talks after a noun of talks and "on", "over"
        ("The Jordanian king was in Berlin on Tuesday, where he met German Chancellor Olaf Scholz for talks on Gaza.", "meeting", "DEU"),
        ("Egypt and Qatar held talks over Sudan's war in Doha on Sunday.", "meeting", "QAT"),
        ("Iran and the United States held a second round of talks on Tehran's nuclear programme in Oman on Saturday.", "meeting", "OMN"),
        ("Iran and the United States held talks over Tehran's nuclear programme in the Omani capital on Saturday.", "meeting", "OMN"),
        # a clause after the topic that places the talks
        ("وأجرت إيران والولايات المتحدة منذ أبريل جولات من المحادثات حول البرنامج النووي الإيراني، عقدت آخرها في مسقط أمس.", "meeting", "OMN"),
        ("وأجرت مصر وإثيوبيا جولات من المفاوضات بشأن سد النهضة، عقدت آخرها في الخرطوم أمس.", "meeting", "SDN"),
        # the city a visit's word takes as its object
        ("وكان الرئيس الروسي قد زار أنقرة في مارس الماضي، قبل أن يستقبل الرئيس الإيراني في موسكو في مايو.", "visit", "TUR"),
        ("وزار ولي العهد السعودي القاهرة أمس، وشارك في قمة عربية.", "visit", "EGY"),
        ("The Russian president visited Ankara in March, before hosting the Iranian president in Moscow in May.", "visit", "TUR"),
    ],
)
def test_the_event_keeps_its_own_place(text, event_type, place):
    assert _places(text, "2025-06-10", event_type)[:1] == [place]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a topic of talks is no place of them
        ("Jordan's foreign minister met his Egyptian counterpart for talks on Gaza on Monday.", "meeting"),
        ("وعقد وزير الخارجية المصري ونظيره الأردني أمس جلسة مباحثات تناولت الأوضاع في غزة.", "meeting"),
    ],
)
def test_a_mediator_or_a_topic_is_no_place(text, event_type):
    assert _places(text, "2025-06-10", event_type) == [None]


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        ("Algerian police detained a former minister on Sunday at a border crossing with Tunisia.", "arrest", ["DZA"]),
        ("اعتقلت السلطات الجزائرية وزيرا سابقا الأحد في مركز حدودي مع تونس.", "arrest", ["DZA"]),
        ("The Jordanian king was in Berlin on Tuesday, where he met German Chancellor Olaf Scholz for talks on Gaza.", "meeting", ["DEU", "JOR"]),
    ],
)
def test_a_neighbour_or_a_topic_is_no_party(text, event_type, countries):
    assert _countries(text, "2025-06-10", event_type) == [countries]


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # a topic with no name before "in": the place after it is the topic's ("the situation in Sudan")
        ("The Saudi foreign minister met his Egyptian counterpart in Cairo for talks on the situation in Sudan on Monday.", "meeting", "EGY"),
        # talks on a day, on the sidelines: no topic
        ("The Saudi and Iranian foreign ministers held talks on Thursday in Beijing.", "meeting", "CHN"),
        ("The Saudi and Iranian foreign ministers held talks on the sidelines of the summit in Beijing.", "meeting", "CHN"),
        # a listed topic goes on after a comma
        ("وعقد وزير الخارجية المصري ونظيره الأردني في عمان أمس مباحثات حول الأوضاع في غزة، ولبنان.", "meeting", "JOR"),
    ],
)
def test_a_place_stated_outside_the_topic_stays(text, event_type, place):
    assert _places(text, "2025-06-10", event_type) == [place]


_ALGERIA = (
    "Algerian prosecutors opened an inquiry into the former prime minister on Monday. "
    "The Algerian army chief asked the courts to act quickly, and Algeria's interim leader named a new cabinet. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        # the neighbour after "border post with" is no place: the article's country is
        "Early on Sunday, the authorities detained the businessman Karim Tahar at a border post with Morocco.",
        # a news outlet's nationality names no country of the event: the article's country is its place
        "Early on Sunday, the authorities detained the businessman Karim Tahar, according to Algerian media.",
        "Early on Sunday, the authorities detained the businessman Karim Tahar at a border crossing with Tunisia, according to Algerian media.",
    ],
)
def test_a_domestic_arrest_by_a_border_is_at_home(sentence):
    found = of_type(extract(_ALGERIA + sentence, "2019-04-03"), "arrest")
    assert [(sorted(e["countries"]), (e["location"] or {}).get("country")) for e in found] == [(["DZA"], "DZA")]


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # a place after the event word of a coordinate clause is that event's
        ("A truce brokered by the UN in Yemen last May has largely held, and Saudi and Houthi envoys held talks in Riyadh in June.", "ceasefire", "YEM"),
        ("The Sudanese army and the RSF agreed to a truce last month, and their envoys held talks in Jeddah on Monday.", "ceasefire", "SDN"),
        ("وأعلن الجيش السوداني وقوات الدعم السريع هدنة الشهر الماضي، ثم عقد مبعوثوهما محادثات في جدة أمس.", "ceasefire", "SDN"),
        ("وصادقت الحكومة على الاتفاق في بغداد أمس، وشارك الوزير في مؤتمر صحفي في أربيل.", "ratification", "IRQ"),
    ],
)
def test_a_later_coordinate_clause_keeps_its_place(text, event_type, place):
    assert _places(text, "2025-06-10", event_type)[:1] == [place]


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # a city or region before the event's own word ("the Gaza ceasefire") is its place
        ("The envoy flew to Amman in May and met Jordanian leaders, and later joined Qatari mediators in the talks that produced the Gaza ceasefire of June 2025.", "ceasefire", "PSE"),
    ],
)
def test_a_city_that_qualifies_the_event_word(text, event_type, place):
    assert _places(text, "2025-07-10", event_type)[:1] == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a reception held in a country the sentence states after "in": there, not at the host's
        ("Iraqi Prime Minister Mohammed Shia al-Sudani received a warm welcome at a Gulf summit in Kuwait on Sunday.", "KWT"),
        ("The Qatari emir received the Turkish foreign minister in Turkey on Monday.", "TUR"),
        # with no place stated, at the host's (the guest's visit there)
        ("The Qatari emir received the Turkish foreign minister on Monday.", "QAT"),
    ],
)
def test_a_reception_in_a_stated_country(text, place):
    assert (_places(text, "2023-05-20", "meeting") + _places(text, "2023-05-20", "visit"))[:1] == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # where the ratified agreement was signed is not where it was ratified
        ("The Egyptian parliament on Tuesday ratified the gas agreement with Greece signed in Athens in October.", "EGY"),
        ("صادق البرلمان الأردني أمس على اتفاقية التعاون مع العراق الموقعة ببغداد في أكتوبر الماضي.", "JOR"),
        ("وصادق مجلس النواب التونسي أمس على الاتفاقية مع الجزائر الموقعة في الجزائر العاصمة العام الماضي.", "TUN"),
    ],
)
def test_a_ratification_is_not_where_the_agreement_was_signed(text, place):
    assert _places(text, "2025-11-12", "ratification") == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the city a traveller goes to, though the sentence reads it as a party
        ("وصل الرئيس الفرنسي إلى الرياض أمس في زيارة رسمية تستمر يومين.", "SAU"),
        ("ووصل رئيس الوزراء الهندي إلى أبوظبي مساء أمس في زيارة هي الأولى منذ سنوات.", "ARE"),
    ],
)
def test_a_visit_is_where_the_traveller_went(text, place):
    assert _places(text, "2019-02-04", "visit")[:1] == [place]
