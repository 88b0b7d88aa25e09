"""The event type chosen: a deed of another type told past ", and" in a clause with a
subject of its own is an event beside the sentence's first one; so is the deed of an Arabic
clause in the past opened by a comma and و after a clause in the past of another type (وصل
الوزير إلى بغداد أمس، وشن الجيش غارات); and a declaration inked is an agreement."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "first", "second", "date"),
    [
        (
            "A Lebanese judge was appointed on Thursday to lead the inquiry, and at least 20 people, "
            "including the port's manager Hassan Koraytem, have been detained.",
            "2020-08-08",
            "appointment",
            "arrest",
            "2020-08-06",
        ),
        (
            "Egypt's president swore in a new cabinet on Tuesday, and security forces detained "
            "opposition leader Ahmed Douma in Cairo.",
            "2021-09-30",
            "appointment",
            "arrest",
            "2021-09-28",
        ),
        # the second clause's subject a personal pronoun, the deed of the first one told before it
        (
            "Iraq's parliament elected Abdul Latif Rashid as president on Thursday, and he tasked "
            "Mohammed Shia al-Sudani with forming a government.",
            "2022-10-14",
            "appointment",
            "election",
            "2022-10-13",
        ),
        (
            "Somalia's parliament elected Hassan Sheikh Mohamud as president on Sunday, and he named "
            "Hamza Abdi Barre as prime minister.",
            "2022-06-16",
            "appointment",
            "election",
            "2022-06-12",
        ),
    ],
)
def test_a_second_subject_s_deed_is_an_event(text: str, published: str, first: str, second: str, date: str) -> None:
    found = extract(text, published)
    assert of_type(found, first), [(e["event_type"], e["trigger"]) for e in found]
    assert [e["date"] for e in of_type(found, second)] == [date], [(e["event_type"], e["trigger"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the second deed is told in a relative clause, or reported by a speaker
        ("Egypt's president swore in a new cabinet on Tuesday, and a minister whose brother was detained kept his post.", "2021-09-30"),
        ("Egypt's president swore in a new cabinet on Tuesday, and Sisi said the ministers were detained by their duties.", "2021-09-30"),
        ("Egypt's president swore in a new cabinet on Tuesday, and he said the ministers were detained by their duties.", "2021-09-30"),
    ],
)
def test_no_second_deed_told_aside(text: str, published: str) -> None:
    found = extract(text, published)
    assert of_type(found, "appointment"), [(e["event_type"], e["trigger"]) for e in found]
    assert of_type(found, "arrest") == [], [(e["event_type"], e["trigger"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "Bahrain's foreign minister inked a declaration establishing ties with Israel at the White House on Tuesday.",
            "2020-09-16",
            "2020-09-15",
        ),
        ("Egypt and Qatar inked a joint declaration on trade in Cairo on Sunday.", "2022-06-21", "2022-06-19"),
    ],
)
def test_an_inked_declaration_is_an_agreement(text: str, published: str, date: str) -> None:
    found = extract(text, published)
    assert [e["date"] for e in of_type(found, "agreement")] == [date], [(e["event_type"], e["trigger"]) for e in found]
    assert of_type(found, "relations") == []


@pytest.mark.parametrize(
    ("text", "published", "types"),
    [
        (
            "وصل وزير الخارجية الأردني إلى بغداد أمس، وشن الجيش العراقي غارات على مواقع لتنظيم الدولة في الأنبار.",
            "2021-09-30",
            {"visit": "2021-09-29", "attack": "2021-09-29"},
        ),
        (
            "شنت طائرات التحالف غارات على صنعاء أمس، ووصل المبعوث الأممي إلى عدن.",
            "2021-09-30",
            {"attack": "2021-09-29", "visit": "2021-09-29"},
        ),
        (
            "وصل وزير الخارجية الأردني إلى بغداد يوم الأحد، و شن الجيش العراقي غارات على مواقع لتنظيم الدولة.",
            "2021-09-30",
            {"visit": "2021-09-26", "attack": "2021-09-26"},
        ),
    ],
)
def test_two_past_clauses_joined_by_wa_tell_two_deeds(text: str, published: str, types: dict[str, str]) -> None:
    found = extract(text, published)
    for event_type, date in types.items():
        assert [e["date"] for e in of_type(found, event_type)] == [date], [(e["event_type"], e["trigger"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("أعلنت السعودية وإيران أمس اتفاقهما على استئناف العلاقات الدبلوماسية بينهما.", "2023-03-11", "2023-03-10"),
        ("أعلنت البحرين وقطر أمس اتفاقهما على إعادة فتح السفارتين.", "2023-04-13", "2023-04-12"),
        ("واستضافت سلطنة عمان محادثات بين الرياض وطهران قبل الاتفاق على استئناف علاقاتهما في مارس 2023.", "2023-06-01", "2023-03"),
    ],
)
def test_a_noun_of_agreeing_on_restored_ties_is_the_restoration(text: str, published: str, date: str) -> None:
    found = extract(text, published)
    assert [e["date"] for e in of_type(found, "relations")] == [date], [(e["event_type"], e["trigger"]) for e in found]
    assert of_type(found, "agreement") == [], [(e["event_type"], e["trigger"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # a deal signed whose terms restore ties is the signing
        ("وقعت السعودية وإيران أمس في بكين اتفاقا ينص على استئناف العلاقات الدبلوماسية بينهما.", "2023-03-11", "agreement", "2023-03-10"),
    ],
)
def test_a_deal_with_words_between_stays_a_deal(text: str, published: str, event_type: str, date: str) -> None:
    found = extract(text, published)
    assert [e["date"] for e in of_type(found, event_type)] == [date], [(e["event_type"], e["trigger"]) for e in found]


def test_a_deal_welcomed_tells_no_restoration() -> None:
    found = extract("ورحبت مصر بالاتفاق على إعادة العلاقات الدبلوماسية بين الرياض وطهران الذي أعلن أمس.", "2023-03-11")
    assert of_type(found, "relations") == [], [(e["event_type"], e["trigger"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # a sum given or pledged once, with no date of its own: the publication day
        ("وأعلنت المملكة العربية السعودية عن دعم اقتصادي لليمن بقيمة 3 مليارات دولار.", "2022-04-08", "2022-04-08"),
        ("Saudi Arabia granted $3 billion in aid to Yemen.", "2022-04-08", "2022-04-08"),
        # a flow told with a word of recurrence, or with no sum: the publication year
        ("وتقدم الولايات المتحدة لمصر مساعدات عسكرية بقيمة 1.3 مليار دولار سنويا.", "2022-04-08", "2022"),
        ("The United States gives Jordan $1.5 billion in aid every year.", "2022-04-08", "2022"),
        ("Qatar sent humanitarian aid to Gaza.", "2022-04-08", "2022-04-08"),  # relief sent once: the day
    ],
)
def test_a_one_off_sum_of_aid_takes_the_day(text: str, published: str, date: str) -> None:
    found = extract(text, published)
    assert [e["date"] for e in of_type(found, "aid")] == [date], [(e["event_type"], e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        # help told in a sentence naming no country is no state's aid; a state's aid stays
        (
            "فر عشرات المهاجرين من مخيم احتجاز في مدينة بني وليد الليبية يوم الأربعاء. "
            "ولجأ المهاجرون إلى أحد المساجد، وقدم سكان وجمعيات محلية المساعدة لهم.",
            "2018-05-27",
            [],
        ),
        (
            "فر عشرات المهاجرين من مخيم احتجاز في مدينة بني وليد الليبية يوم الأربعاء. "
            "وأرسلت إيطاليا مساعدات إنسانية للمهاجرين.",
            "2018-05-27",
            [["ITA", "LBY"]],  # given to the migrants in the country the article is about
        ),
    ],
)
def test_aid_is_made_by_its_parties(text: str, published: str, countries: list[list[str]]) -> None:
    found = extract(text, published)
    assert [e["countries"] for e in of_type(found, "aid")] == countries, [(e["event_type"], e["trigger"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "types"),
    [
        (
            "وكانت احتجاجات قد بدأت في البلاد في 8 يوليو الماضي عندما فتحت قوات الأمن العراقية النار على متظاهرين في البصرة.",
            "2018-07-20",
            {"protest": "2018-07-08", "attack": "2018-07-08"},
        ),
        (
            "اندلعت الاحتجاجات في 8 يوليو عندما اعتقلت الشرطة العراقية الناشط أحمد الحلو في البصرة.",
            "2018-07-20",
            {"protest": "2018-07-08", "arrest": "2018-07-08"},
        ),
        (
            "The protests began on July 8 when Iraqi security forces opened fire on young demonstrators in Basra.",
            "2018-07-20",
            {"protest": "2018-07-08", "attack": "2018-07-08"},
        ),
    ],
)
def test_a_clause_of_time_tells_a_deed_of_its_own(text: str, published: str, types: dict[str, str]) -> None:
    found = extract(text, published)
    for event_type, date in types.items():
        assert [e["date"] for e in of_type(found, event_type)] == [date], [(e["event_type"], e["trigger"]) for e in found]


def test_a_clause_of_time_with_no_date_adds_nothing() -> None:
    found = extract("اندلعت الاحتجاجات في البصرة عندما اعتقلت الشرطة العراقية الناشط أحمد الحلو.", "2018-07-20")
    assert of_type(found, "protest") == [], [(e["event_type"], e["trigger"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # those arrested are told by the deed they took part in, on its own day: that deed is an event too
        (
            "وأعلن النائب العام الإيراني عن اعتقال عدد من مثيري الشغب ممن خرجوا في احتجاجات السوق الكبير في طهران الاثنين.",
            "2018-06-27",
            "2018-06-25",
        ),
        (
            "Iran's prosecutor announced the arrest of rioters who took part in protests at the Grand Bazaar in Tehran on Monday.",
            "2018-06-27",
            "2018-06-25",
        ),
    ],
)
def test_the_deed_those_arrested_took_part_in(text: str, published: str, date: str) -> None:
    found = extract(text, published)
    assert of_type(found, "arrest"), [(e["event_type"], e["trigger"]) for e in found]
    assert [e["date"] for e in of_type(found, "protest")] == [date], [(e["event_type"], e["trigger"]) for e in found]
