"""A state's own envoy named with the place of his post: the place is where he served, not
where his recall was decided; the recall takes place in the recalling state
(data/assembly.json `envoy_posts`). The nationality of an envoy ("the French ambassador",
"السفير الفرنسي") is the side sent away or served, never the place of a deed done to him."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.party_places import names_an_envoy
from events.model import ActorMention

PUBLISHED = "2018-05-18"


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("واستدعت تركيا سفيرها لدى تل أبيب للتشاور.", "TUR"),
        ("واستدعت الجزائر سفيرها في باريس للتشاور.", "DZA"),
        ("Turkey recalled its ambassador to Tel Aviv for consultations.", "TUR"),
        ("Algeria recalled its ambassador in Paris for consultations.", "DZA"),
    ],
)
def test_a_recall_takes_place_at_home(text: str, home: str) -> None:
    recalls = of_type(extract(text, PUBLISHED), "sanctions")
    assert recalls, text
    assert [(e.get("location") or {}).get("country") for e in recalls] == [home], recalls


@pytest.mark.parametrize(
    ("text", "name", "envoy"),
    [
        ("Last month, the junta expelled the French ambassador, Joel Meyer.", "French", True),
        ("The Saudi envoy arrived on Monday.", "Saudi", True),
        ("طرد المجلس العسكري السفير الفرنسي الشهر الماضي.", "الفرنسي", True),
        ("استدعت الخارجية المبعوث الأمريكي.", "الأمريكي", True),
        # not a nationality of anyone else, nor a country named before the envoy
        ("French officials expelled the ambassador.", "French", False),
        ("France expelled the Malian ambassador.", "France", False),
        ("طردت فرنسا السفير المالي.", "فرنسا", False),
        ("قال المسؤول الفرنسي إن السفير غادر.", "الفرنسي", False),
    ],
)
def test_the_nationality_of_an_envoy(text: str, name: str, envoy: bool) -> None:
    start = text.index(name)
    actor = ActorMention(start, start + len(name), name, "XXX", "country", "XXX")
    assert names_an_envoy(text, actor) is envoy


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # the envoy's nationality is the side sent away: no place, not that country
        ("The junta expelled the French ambassador last month.", None),
        ("طرد المجلس العسكري السفير الفرنسي الشهر الماضي.", None),
        # the state that expels is where
        ("France expelled the Malian ambassador last month.", "FRA"),
        ("طردت فرنسا السفير المالي الشهر الماضي.", "FRA"),
    ],
)
def test_an_expulsion_is_not_placed_in_the_envoys_country(text: str, where: str | None) -> None:
    (expulsion,) = of_type(extract(text, PUBLISHED), "sanctions")
    assert (expulsion["location"] or {}).get("country") == where
