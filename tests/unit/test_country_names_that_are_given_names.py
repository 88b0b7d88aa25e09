"""An English country name that is also a given name (`Chad`, `Jordan`, `Georgia`) right before a
capitalised word that is no title, office, day or month names a person or another place, not the
country; and a gulf named after a country (`Gulf of Guinea`, `خليج غينيا`) names no actor."""

from __future__ import annotations

import pytest

from events.actors import ActorDictionary, find_actors, load_actors
from events.text.normalize import fold


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return load_actors()


def ids(actors: ActorDictionary, text: str) -> list[str]:
    return [m.actor_id for m in find_actors(text, fold(text), actors)]


@pytest.mark.parametrize(
    "text",
    [
        "Chad Walker, a teacher, was detained at the airport",
        "The lawyer Jordan Hayes filed the appeal",
        "Pirates boarded a tanker in the Gulf of Guinea",
        "هاجم قراصنة ناقلة نفط في خليج غينيا",
    ],
)
def test_no_country_actor(actors: ActorDictionary, text: str) -> None:
    assert "TCD" not in ids(actors, text) and "JOR" not in ids(actors, text)
    assert "USA" not in ids(actors, text) and "GEO" not in ids(actors, text) and "GIN" not in ids(actors, text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Chad closed its border on Friday", "TCD"),
        ("Troops arrived in Jordan Monday", "JOR"),
        ("Jordan King Abdullah received the envoy", "JOR"),
        ("Officials from Egypt, Chad and Sudan met", "TCD"),
    ],
)
def test_the_country_stays(actors: ActorDictionary, text: str, actor: str) -> None:
    assert actor in ids(actors, text)


@pytest.mark.parametrize(
    ("text", "malian"),
    [
        ("استقال المسؤول المالي للجمعية بعد التدقيق", False),  # a financial officer
        ("اعتقلت الشرطة مسؤولين ماليين في البلدية", False),
        ("Chief financial officer Chad Walker resigned", False),
        ("قال الجيش المالي إنه صد الهجوم", True),  # the Malian army
        ("The Malian army repelled the attack", True),
    ],
)
def test_a_financial_officer_is_no_malian(actors: ActorDictionary, text: str, malian: bool) -> None:
    assert ("MLI" in ids(actors, text)) is malian
