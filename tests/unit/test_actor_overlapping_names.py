"""Two names of persons that overlap: the one that names more of the person wins, its
opening titles set aside ("Crown Prince Karim" names less than "Karim bin Tarek"), and a
forefather named after "bin" gives way to the person whose lineage he is."""

from __future__ import annotations

import pytest

from events.actors import ActorDictionary, ActorEntry, find_actors
from events.text.normalize import fold


def _person(actor_id: str, country: str, aliases_ar: tuple[str, ...], aliases_en: tuple[str, ...]) -> ActorEntry:
    return ActorEntry(actor_id, "person", country, (), aliases_en[0], aliases_ar[0], aliases_ar, aliases_en)


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    entries = [
        # a title and a given name only, longer than the full name of another
        _person("karim_a", "AAA", ("ولي العهد الشيخ كريم", "ولي العهد كريم"), ("Crown Prince Karim",)),
        _person(
            "karim_b", "BBB", ("كريم بن طارق", "الشيخ كريم بن طارق"), ("Karim bin Tarek", "Sheikh Karim bin Tarek")
        ),
        # a forefather, whose full name outruns the name of his son it overlaps
        _person("tarek_e", "BBB", ("طارق بن فهد آل وادي", "طارق بن فهد"), ("Tarek bin Fahd Al Wadi", "Tarek bin Fahd")),
        ActorEntry("AAA", "country", "AAA", (), "Alandia", "ألانديا", ("ألانديا",), ("Alandia",)),
    ]
    return ActorDictionary(entries, honorifics=["ولي العهد", "الشيخ", "Crown Prince", "Sheikh"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the full name after the titles wins over the titled given name it overlaps
        ("Crown Prince Karim bin Tarek arrived on Monday.", [("Karim bin Tarek", "karim_b")]),
        ("استقبل ولي العهد الشيخ كريم بن طارق الوفد.", [("الشيخ كريم بن طارق", "karim_b")]),
        ("استقبل ولي العهد كريم بن طارق الوفد.", [("كريم بن طارق", "karim_b")]),
        # alone, the titled given name keeps its person
        ("Crown Prince Karim arrived on Monday.", [("Crown Prince Karim", "karim_a")]),
        ("استقبل ولي العهد الشيخ كريم الوفد.", [("ولي العهد الشيخ كريم", "karim_a")]),
        # a name that holds another still wins over it
        ("Sheikh Karim bin Tarek arrived.", [("Sheikh Karim bin Tarek", "karim_b")]),
        ("وصل الشيخ كريم بن طارق.", [("الشيخ كريم بن طارق", "karim_b")]),
        # in a lineage, the person is the first named; the forefathers after "bin" are not
        ("Karim bin Tarek bin Fahd Al Wadi arrived.", [("Karim bin Tarek", "karim_b")]),
        ("وصل كريم بن طارق بن فهد آل وادي.", [("كريم بن طارق", "karim_b")]),
        ("Crown Prince Karim bin Tarek bin Fahd Al Wadi arrived.", [("Karim bin Tarek", "karim_b")]),
        # titles set aside, the son's name still holds against his forefather's
        ("وصل الشيخ كريم بن طارق بن فهد.", [("الشيخ كريم بن طارق", "karim_b")]),
        ("Sheikh Karim bin Tarek bin Fahd arrived.", [("Sheikh Karim bin Tarek", "karim_b")]),
        ("Tarek bin Fahd Al Wadi arrived.", [("Tarek bin Fahd Al Wadi", "tarek_e")]),
        ("وصل طارق بن فهد آل وادي.", [("طارق بن فهد آل وادي", "tarek_e")]),
        # other actors are untouched
        ("Alandia welcomed Karim bin Tarek.", [("Alandia", "AAA"), ("Karim bin Tarek", "karim_b")]),
        ("استقبلت ألانديا كريم بن طارق.", [("ألانديا", "AAA"), ("كريم بن طارق", "karim_b")]),
    ],
)
def test_overlapping_person_names(text: str, expected: list[tuple[str, str]], actors: ActorDictionary) -> None:
    got = [(m.text, m.actor_id) for m in find_actors(text, fold(text), actors)]
    assert got == expected
