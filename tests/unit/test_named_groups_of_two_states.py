"""The two Koreas (الكوريتان) are both states: a deed they did is KOR's and PRK's, whatever
other country the article names elsewhere; and the Kuwait News Agency's short name «كونا»
counts only where the agency is named in full (بلدة كونا is a town in Mali)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.actors import find_actors, load_actors
from events.text.normalize import fold


@pytest.mark.parametrize(
    ("text", "published", "event_type", "countries"),
    [
        ("The two Koreas signed an agreement on reconciliation in December 1991. The summit was agreed after contacts in China.", "2000-06-13", "agreement", {"KOR", "PRK"}),
        ("Both Koreas signed a military pact on Friday.", "2018-09-22", "agreement", {"KOR", "PRK"}),
        ("ووقعت الكوريتان أمس إعلانا مشتركا في بانمونجوم.", "2018-04-28", "agreement", {"KOR", "PRK"}),
        ("وأجرت الكوريتان أمس محادثات في بانمونجوم.", "2018-01-10", "meeting", {"KOR", "PRK"}),
        # the border between them is a place, not a side of the firing
        ("North Korea fired artillery shells near the border between the two Koreas on Monday.", "2024-01-06", "attack", {"PRK"}),
        ("وأطلقت كوريا الشمالية قذائف مدفعية قرب الحدود البحرية بين الكوريتين أمس.", "2024-01-06", "attack", {"PRK"}),
    ],
)
def test_the_two_koreas(text: str, published: str, event_type: str, countries: set[str]) -> None:
    found = of_type(extract(text, published), event_type)
    assert found, extract(text, published)
    assert set(found[0]["countries"]) == countries, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال الجيش المالي إنه استعاد السيطرة على بلدة كونا بعد معارك عنيفة.", ["MLI"]),
        ("ونقلت وكالة الأنباء الكويتية (كونا) عن الوزير قوله إن الاجتماع عقد. وقالت كونا إن الوفد وصل.", ["KWT", "KWT", "KWT"]),
        ("Mali's army retook the town, KUNA reported.", ["MLI", "KWT"]),
    ],
)
def test_kuna_needs_its_full_name(text: str, expected: list[str]) -> None:
    assert [m.country for m in find_actors(text, fold(text), load_actors())] == expected
