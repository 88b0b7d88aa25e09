"""Constructions of news prose.

A protest, a meeting or an attack named by its definite noun as the object of a verb acting on it
(dispersed the protest, condemned the attack, «فرّقت الشرطة التظاهرة») is the deed told before,
not a new deed of the publication's day.

A nisba right after a noun of a person's role or trade (رجل الأعمال الجزائري، الصحفي المغربي) is
that person's nationality and gives its country; after a given name it is a family name.

A state that welcomes, condemns or fears a deed (رحبت الجزائر باتفاق، Egypt welcomed the
ceasefire) is no party of it.

The doer of an armed deed is read right: a deed told by its noun with no doer after a clause that
names the other side as an object («... منح الحوثيين مهلة ...، لكنها قوبلت بالرفض فبدأت العمليات»)
is the sentence's subject's; the one who reports a deed («أعلن التحالف أن الدفاع الجوي السعودي رصد
صاروخين») is no party of it when the report names a side of its own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2020-11-10"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the protest told before, then dispersed: one protest, on its day; the arrests made at it
        # take that day
        ("Police fired tear gas at protesters in Baghdad on Friday. Officers later dispersed the protest and detained 20 activists.",
         [("attack", "2020-11-06"), ("protest", "2020-11-06"), ("arrest", "2020-11-06")]),
        ("Police fired tear gas at protesters in Baghdad on Friday. Officers later dispersed the protesters and detained 20 activists.",
         [("attack", "2020-11-06"), ("protest", "2020-11-06"), ("arrest", "2020-11-06")]),
        ("Hundreds of teachers staged a sit-in outside parliament in Rabat on Sunday. Police ended the sit-in by force.",
         [("protest", "2020-11-08")]),
        ("Protesters rallied in Beirut on Saturday. Riot police broke up the rally in the evening.", [("protest", "2020-11-07")]),
        # the count of activists arrested is an arrest; it keeps the publication's day, the Arabic
        # dispersal being folded into the protest before it is read as acted on
        ("أطلقت الشرطة الغاز المسيل للدموع على المحتجين في بغداد يوم الجمعة. وفرقت قوات الأمن لاحقا الاحتجاج واعتقلت 20 ناشطا.",
         [("protest", "2020-11-06"), ("arrest", "2020-11-10")]),
        ("تظاهر آلاف العراقيين في بغداد يوم الجمعة. وفضت قوات الأمن المظاهرة بالقوة.", [("protest", "2020-11-06")]),
        ("نظم مئات المعلمين اعتصاما أمام مقر البرلمان في الرباط يوم الأحد. وأنهت قوات الأمن الاعتصام بالقوة.",
         [("protest", "2020-11-08")]),
        # told first, the dispersed protest is the article's own news
        ("Police dispersed the protest outside the parliament in Baghdad and detained 20 activists.",
         [("protest", "2020-11-10"), ("arrest", "2020-11-10")]),
        # a protest of another day, dated, stays apart
        ("Thousands protested in Baghdad on Friday. On Monday police dispersed a protest in Basra.",
         [("protest", "2020-11-06"), ("protest", "2020-11-09")]),
    ],
)
def test_deed_acted_on_is_the_one_told_before(text: str, expected: list[tuple[str, str]]) -> None:
    found = sorted((e["event_type"], e["date"]) for e in extract(text, PUB))
    assert found == sorted(expected), text


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("اعتقلت السلطات رجل الأعمال الجزائري علي حداد يوم الأحد.", "DZA"),
        ("اعتقلت الشرطة الصحفي المغربي عمر الراضي يوم الأحد.", "MAR"),
        ("اعتقلت قوات الأمن الناشط التونسي في العاصمة يوم الأحد.", "TUN"),
        ("أوقفت السلطات الروائي الجزائري في المطار يوم الأحد.", "DZA"),
    ],
)
def test_nisba_after_a_role_is_a_nationality(text: str, country: str) -> None:
    found = of_type(extract(text, PUB), "arrest")
    assert found and country in found[0]["countries"], (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # after a given name, the nisba is a family name: no country
        "اعتقلت السلطات محمد الجزائري يوم الأحد.",
    ],
)
def test_nisba_after_a_name_stays_a_family_name(text: str) -> None:
    assert not any("DZA" in e["countries"] for e in extract(text, PUB)), text


@pytest.mark.parametrize(
    ("text", "event_type", "reactor", "sides"),
    [
        ("Egypt welcomed the ceasefire agreement reached between Israel and Hamas on Friday.", "ceasefire", "EGY", ["ISR"]),
        ("Qatar condemned the attack on a mosque in Kabul on Friday.", "attack", "QAT", ["AFG"]),
        ("أعربت الكويت عن قلقها من الهجوم الذي استهدف مطار طرابلس يوم الأحد.", "attack", "KWT", ["LBY"]),
        ("رحبت الجزائر بالاتفاق الذي وقعته الحكومة السودانية والحركات المسلحة في جوبا يوم السبت.", "agreement", "DZA", []),
    ],
)
def test_reacting_state_is_no_party(text: str, event_type: str, reactor: str, sides: list[str]) -> None:
    found = of_type(extract(text, PUB), event_type)
    assert found, text
    assert reactor not in found[0]["countries"] and reactor not in found[0]["actors"], (text, found[0]["countries"])
    assert all(c in found[0]["countries"] for c in sides), (text, found[0]["countries"])


@pytest.mark.parametrize(
    ("text", "event_type", "side"),
    [
        # the doer of the deed stays its party
        ("Egypt signed an agreement with Sudan in Cairo on Friday.", "agreement", "EGY"),
        ("وقعت مصر اتفاقا مع السودان في القاهرة يوم الجمعة.", "agreement", "EGY"),
        ("Qatar hosted talks between the Taliban and Afghan officials in Doha on Friday.", "meeting", "QAT"),
    ],
)
def test_doer_stays_a_party(text: str, event_type: str, side: str) -> None:
    found = of_type(extract(text, PUB), event_type)
    assert found and side in found[0]["countries"], (text, found)


PUB_THU = "2018-06-14"  # a Thursday


@pytest.mark.parametrize(
    ("text", "doer", "other"),
    [
        ("وكانت الإمارات قد أعلنت منح الحوثيين مهلة للانسحاب من المدينة تنتهي الأربعاء، لكنها قوبلت بالرفض فبدأت العمليات العسكرية على الفور.",
         "ARE", "houthis"),
        ("أمهلت تركيا المقاتلين الأكراد في منبج أسبوعا للانسحاب من المدينة يوم الأحد، ثم بدأ الهجوم على المدينة.", "TUR", None),
    ],
)
def test_deed_without_a_doer_is_the_subject_s(text: str, doer: str, other: str | None) -> None:
    found = of_type(extract(text, PUB_THU), "attack")
    assert found and found[0]["actor1"] == doer, (text, found)
    if other:
        assert found[0]["actor2"] == other, (text, found)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # a verb of the deed carries its own subject; a doer named after the noun stays
        ("قصفت القوات السعودية مواقع للحوثيين في صعدة يوم الأحد، ثم أطلق الحوثيون صواريخ باتجاه جازان.", "saudi_army"),
        ("دعت السعودية الحوثيين إلى الحوار يوم الأحد، لكن الهجمات الحوثية على جازان استمرت.", "houthis"),
    ],
)
def test_deed_with_a_doer_of_its_own_keeps_it(text: str, doer: str) -> None:
    found = of_type(extract(text, PUB_THU), "attack")
    assert found and found[0]["actor1"] == doer, (text, found)


PUB_FRI = "2018-06-08"  # a Friday


def test_reported_launch_and_its_retelling_are_one() -> None:
    text = (
        "أعلن التحالف العربي، الجمعة، أن الدفاع الجوي السعودي تمكن من رصد صاروخين باليستيين أطلقا باتجاه مدينة نجران. "
        "وقال المتحدث باسم التحالف إن الدفاع الجوي السعودي رصد مساء الجمعة صاروخا باليستيا أطلقته المليشيا الحوثية "
        "من الأراضي اليمنية باتجاه نجران."
    )
    found = of_type(extract(text, PUB_FRI), "attack")
    assert len(found) == 1 and found[0]["actor1"] == "houthis", found


@pytest.mark.parametrize(
    ("text", "reporter", "side"),
    [
        ("أعلنت وزارة الدفاع الروسية، الأحد، أن القوات السورية قصفت مواقع للمسلحين في إدلب.", "RUS", "SYR"),
        ("أكدت إيران أن إسرائيل قصفت مواقع في سوريا يوم الأحد.", "IRN", "ISR"),
    ],
)
def test_reporter_of_a_deed_with_its_own_side_is_no_party(text: str, reporter: str, side: str) -> None:
    found = of_type(extract(text, PUB_FRI), "attack")
    assert found and reporter not in found[0]["countries"] and side in found[0]["countries"], (text, found)


def test_reporter_of_its_own_deed_stays() -> None:
    # what it told names no side of its own: the reporter's aircraft struck
    found = of_type(extract("أعلنت وزارة الدفاع الروسية أن طائراتها قصفت مواقع للمسلحين في إدلب يوم الأحد.", PUB_FRI), "attack")
    assert found and "RUS" in found[0]["countries"], found
