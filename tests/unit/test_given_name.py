"""A person named in full, then again by the given name alone (the first word of the
full name) as a sentence's subject or after a title, is the same actor and gives the
deed the person's country (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.actors import find_actors
from events.resources import load_resources
from events.text.normalize import fold


@pytest.mark.parametrize(
    ("text", "given", "actor"),
    [
        (
            "Ethiopian Prime Minister Abiy Ahmed flew to the Red Sea coast on Sunday. Abiy said the border would open.",
            "Abiy",
            "abiy_ahmed",
        ),
        (
            "The talks between Abiy Ahmed and Isaias Afwerki lasted two hours. President Isaias told reporters they went well.",
            "Isaias",
            "isaias_afwerki",
        ),
        (
            "وصل الرئيس الإريتري أسياس أفورقي إلى القاهرة يوم الأحد. واستقبل أسياس الوفد في القصر.",
            "أسياس",
            "isaias_afwerki",
        ),
        (
            "استقبل الرئيس مستشار الأمن الوطني الإماراتي طحنون بن زايد في القصر. وبحث طحنون مع الرئيس العلاقات.",
            "طحنون",
            "tahnoun_bin_zayed",
        ),
    ],
)
def test_given_name_names_the_person_named_before(text: str, given: str, actor: str) -> None:
    later = text.rindex(given)
    found = find_actors(text, fold(text), load_resources().actors)
    assert any(m.actor_id == actor and m.start == later and m.text == given for m in found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # not named in full before
        ("Abiy said the border would open.", "Abiy"),
        ("واستقبل أسياس الوفد في القصر.", "أسياس"),
        # a Latin given name that runs on into another name
        ("Abiy Ahmed met the delegation. Abiy Mengistu said the talks went well.", "Abiy"),
        # an Arabic given name that is an everyday word («أسماء»: names)
        ("وصلت أسماء الأسد إلى المستشفى. وكشف أسماء الضحايا مسؤول في الوزارة.", "أسماء"),
    ],
)
def test_given_name_left_alone(text: str, word: str) -> None:
    later = text.rindex(word)
    found = find_actors(text, fold(text), load_resources().actors)
    assert not any(m.start <= later < m.end for m in found)


@pytest.mark.parametrize(
    ("text", "published", "phrase", "country"),
    [
        (
            "ASMARA - Ethiopian Prime Minister Abiy Ahmed arrived in Asmara on Sunday for talks. "
            "Abiy took office in April after the resignation of his predecessor.",
            "2018-07-09",
            "took office",
            "ETH",
        ),
        (
            "القاهرة - وصل الرئيس الإريتري أسياس أفورقي إلى القاهرة يوم الأحد. "
            "وتولى أسياس الحكم عام 1993 بعد استقلال بلاده.",
            "2018-07-09",
            "تولى",
            "ERI",
        ),
    ],
)
def test_a_deed_of_the_given_name_takes_its_country(text: str, published: str, phrase: str, country: str) -> None:
    found = [
        e for e in of_type(extract(text, published), "appointment") if phrase in e["trigger"] or phrase in e["quote"]
    ]
    assert found and all(country in e["countries"] for e in found)
