"""The Soviet Union is read as Russia, its successor state in ISO 3166, in Arabic and English;
an adjective of the Soviet past ("a former Soviet republic", "Soviet-era tanks", «الجمهورية
السوفيتية السابقة») names no party. Leaders in office between 1979 and 2003, whom the news
still names as background, are actors of their country, and a person named only as the
possessor of another name ("Mbeki of Mandela's African National Congress") takes no oath; one
named as the possessor of the oath itself ("Mandela's swearing-in") took it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.actors import find_actors, load_actors
from events.text.normalize import fold


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        ("قطع الاتحاد السوفيتي علاقاته مع إسرائيل عام 1967.", "sanctions", {"RUS", "ISR"}),
        ("The Soviet Union severed relations with Israel in 1967.", "sanctions", {"RUS", "ISR"}),
        ("The Soviet invasion of Afghanistan in 1979 led to a decade of war.", "attack", {"RUS", "AFG"}),
        # the Soviet past names no party
        ("Ukraine, a former Soviet republic, shot down a drone on Monday.", "attack", {"UKR"}),
        ("Kyiv said Soviet-era tanks attacked the town of Bakhmut on Monday.", "attack", {"UKR"}),
        ("أسقطت القوات الأوكرانية مروحيتين سوفيتية الصنع يوم الاثنين.", "attack", {"UKR"}),
        ("Georgian police arrested opposition leader Nika Melia in Tbilisi, in the worst crisis since the collapse of the Soviet Union.", "arrest", {"GEO"}),
        ("Kazakhstan, which gained independence from the Soviet Union in 1991, held a presidential election on Sunday.", "election", {"KAZ"}),
        ("أسقطت أوكرانيا، الجمهورية السوفيتية السابقة، طائرة مسيرة يوم الاثنين.", "attack", {"UKR"}),
    ],
)
def test_the_soviet_union_is_russia(text, event_type, countries):
    found = of_type(extract(text, "2018-01-02"), event_type)
    assert [set(e["countries"]) for e in found] == [countries], found


@pytest.mark.parametrize(
    ("text", "actor", "country"),
    [
        ("استقبل غورباتشوف الوفد في موسكو.", "mikhail_gorbachev", "RUS"),
        ("Mikhail Gorbachev received the delegation in Moscow.", "mikhail_gorbachev", "RUS"),
        ("اغتيل رئيس الوزراء إسحاق رابين في تل أبيب.", "yitzhak_rabin", "ISR"),
        ("Yitzhak Rabin was shot dead in Tel Aviv.", "yitzhak_rabin", "ISR"),
        ("اغتيل الرئيس محمد بوضياف في عنابة.", "mohamed_boudiaf", "DZA"),
        ("Farouk al-Sharaa led the Syrian delegation.", "farouk_al_sharaa", "SYR"),
        ("وترأس فاروق الشرع الوفد السوري.", "farouk_al_sharaa", "SYR"),
        ("U.S. President George Bush opened the conference.", "george_h_w_bush", "USA"),
    ],
)
def test_leaders_before_2003_are_actors_of_their_country(text, actor, country):
    found = [(m.actor_id, m.country) for m in find_actors(text, fold(text), load_actors())]
    assert (actor, country) in found, found


def test_a_possessor_is_not_the_one_sworn_in() -> None:
    text = (
        "PRETORIA, May 10 (Reuters) - Nelson Mandela was sworn in as South Africa's first black president on Tuesday. "
        "Thabo Mbeki of Mandela's African National Congress and outgoing president F.W. de Klerk were sworn in as "
        "deputy presidents at the same ceremony."
    )
    assert len(of_type(extract(text, "1994-05-10"), "appointment")) == 2


def test_the_possessor_of_the_oath_took_it() -> None:
    text = (
        "PRETORIA, May 10 (Reuters) - Nelson Mandela was sworn in as South Africa's first black president on Tuesday. "
        "Mandela's swearing-in on Tuesday was attended by leaders from around the world."
    )
    assert len(of_type(extract(text, "1994-05-10"), "appointment")) == 1
