"""A person named in full, then again by a title and the family name or by the family
name alone as a sentence's subject, is the same actor (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

from events.actors import find_actors
from events.resources import load_resources
from events.text.normalize import fold


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor_id) for m in find_actors(text, fold(text), load_resources().actors)]


@pytest.mark.parametrize(
    ("text", "surname", "actor"),
    [
        # a title or rank before the family name
        (
            "زار رئيس الأركان التركي الجنرال يشار غولر الدوحة أمس. وقال الجنرال غولر إن التعاون مستمر.",
            "غولر",
            "yasar_guler",
        ),
        (
            "استقبل الرئيس وزير الدفاع الإيراني أمير حاتمي. وبحث الوزير حاتمي سبل التعاون.",
            "حاتمي",
            "amir_hatami",
        ),
        (
            "Turkey's chief of staff Yasar Guler arrived in Doha on Monday. General Guler met the emir.",
            "Guler",
            "yasar_guler",
        ),
        # the family name alone as the subject of a sentence
        (
            "التقى رئيس الوزراء الليبي علي زيدان السفير الأمريكي. وأكد زيدان أن الحكومة ماضية في خطتها.",
            "زيدان",
            "ali_zeidan",
        ),
        (
            "Presidential spokesman Ibrahim Kalin spoke to reporters in Ankara. Kalin said the talks would go on.",
            "Kalin",
            "ibrahim_kalin",
        ),
        (
            "UN envoy Stephanie Williams met both delegations in Geneva. Williams told them a deal was near.",
            "Williams",
            "stephanie_williams",
        ),
        # the subject after the verb opening a sentence after a word before that verb
        (
            "عاد الرئيس الباكستاني برويز مشرف إلى إسلام آباد. ثم أطاح مشرف، الذي كان قائدا للجيش، بحكومة شريف.",
            "مشرف",
            "pervez_musharraf",
        ),
        (
            "التقى رئيس الوزراء الليبي علي زيدان السفير الأمريكي. وقد أكد زيدان أن الحكومة ماضية في خطتها.",
            "زيدان",
            "ali_zeidan",
        ),
        # the family name alone as the subject of a clause of its own
        (
            "President Hugo Chavez spoke in Caracas. Ties have been at a low since September, when Chavez "
            "expelled the U.S. ambassador.",
            "Chavez",
            "hugo_chavez",
        ),
        (
            "التقى رئيس الوزراء الليبي علي زيدان السفير الأمريكي، وذلك بعد أيام من أزمة حادة، عندما زيدان "
            "اتهم البرلمان بعرقلة عمله.",
            "زيدان",
            "ali_zeidan",
        ),
        # a family name that two people of the dictionary share, when the article names one of them
        (
            "Iraqi Foreign Minister Ibrahim al-Jaafari met reporters in Baghdad. Al-Jaafari said the talks were useful.",
            "Al-Jaafari",
            "ibrahim_al_jaafari",
        ),
        (
            "التقى وزير الخارجية العراقي إبراهيم الجعفري الصحفيين. وقال الجعفري إن اللقاء مثمر.",
            "الجعفري",
            "ibrahim_al_jaafari",
        ),
    ],
)
def test_family_name_names_the_person_named_before(text: str, surname: str, actor: str) -> None:
    later = text.rindex(surname)
    found = find_actors(text, fold(text), load_resources().actors)
    assert any(m.actor_id == actor and m.start <= later < m.end and m.text == surname for m in found)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        # the person is not named in full before: nothing
        ("وقال الجنرال غولر إن التعاون مستمر.", "غولر"),
        ("Kalin said the talks would go on.", "Kalin"),
        # neither a title before it nor a sentence's subject
        ("UN envoy Stephanie Williams met both delegations. The plan of Williams was read out.", "Williams"),
        # after a word opening a clause, the start of another name
        ("President Hugo Chavez spoke. Then, when Chavez Street was closed, people left.", "Chavez"),
        # the third word of a sentence whose first word opens no verb: no subject
        ("عاد الرئيس الباكستاني برويز مشرف إلى بلاده. وتضم اللجنة مشرف الانتخابات في كل دائرة.", "مشرف"),
        # two people of the article share the family name
        (
            "Iraqi Foreign Minister Ibrahim al-Jaafari met Syrian envoy Bashar al-Jaafari in New York. "
            "Al-Jaafari said the meeting was useful.",
            "Al-Jaafari",
        ),
        (
            "التقى وزير الخارجية العراقي إبراهيم الجعفري المندوب السوري بشار الجعفري. وقال الجعفري إن اللقاء مثمر.",
            "الجعفري",
        ),
        # a family name that is a town is never read as the person
        ("التقى المبعوث الأممي برناردينو ليون وفد البرلمان. وقال ليون إن الحوار مستمر.", "ليون"),
        ("UN envoy Bernardino Leon met the delegates. Leon said talks would resume.", "Leon"),
        ("التقى رئيس الحكومة علي زيدان الوفد. وقال كارة إن الوفد وصل.", "كارة"),
    ],
)
def test_family_name_left_alone(text: str, surname: str) -> None:
    later = text.rindex(surname)
    found = find_actors(text, fold(text), load_resources().actors)
    assert not any(m.start <= later < m.end for m in found)


def test_one_mention_for_a_family_name_with_its_particle() -> None:
    text = "Iraqi Foreign Minister Ibrahim al-Jaafari met reporters. Al-Jaafari said the talks were useful."
    assert [m for m in _mentions(text) if m[0] in ("Al-Jaafari", "Jaafari")] == [("Al-Jaafari", "ibrahim_al_jaafari")]


def test_named_in_full_only_after() -> None:
    text = "وقال الجنرال غولر إن التعاون مستمر، بحسب ما نقل عن يشار غولر."
    first = text.index("غولر")
    found = find_actors(text, fold(text), load_resources().actors)
    assert not any(m.start <= first < m.end for m in found)


def test_never_across_articles() -> None:
    _mentions("UN envoy Stephanie Williams met both delegations in Geneva.")
    assert _mentions("Williams told them a deal was near.") == []


@pytest.mark.parametrize(
    ("text", "published", "quote_start", "actor"),
    [
        (
            "وصل رئيس الأركان التركي الجنرال يشار غولر إلى الدوحة يوم الاثنين في زيارة رسمية. "
            "وفي اليوم التالي التقى الجنرال غولر وزير الدفاع الكويتي في الكويت.",
            "2018-03-14",
            "وفي اليوم التالي",
            "yasar_guler",
        ),
        (
            "Presidential spokesman Ibrahim Kalin arrived in Ankara on Monday. "
            "On Tuesday, Kalin met the Russian ambassador in Ankara.",
            "2018-03-14",
            "On Tuesday",
            "ibrahim_kalin",
        ),
        (
            "استقبل رئيس الوزراء الليبي علي زيدان السفير الأمريكي في طرابلس يوم الأحد. وزار زيدان القاهرة يوم الثلاثاء.",
            "2013-03-14",
            "وزار زيدان",
            "ali_zeidan",
        ),
    ],
)
def test_event_of_the_later_sentence_has_the_person(text: str, published: str, quote_start: str, actor: str) -> None:
    events = [e for e in extract(text, published) if e["quote"].startswith(quote_start)]
    assert events and all(actor in e["actors"] for e in events)
