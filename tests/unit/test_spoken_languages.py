"""A country's adjective told as a language ("spoke English and Spanish", "French-speaking",
«الناطقة بالفرنسية», «باللغة الفرنسية») names a tongue, not the country: no actor, and no
country of the event. The same adjective of troops, a government or planes stays the country's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.actors import find_actors, load_actors
from events.text.normalize import fold


def countries_named(text: str) -> list[str]:
    return [m.country or m.actor_id for m in find_actors(text, fold(text), load_actors())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tongue
        ("Gunmen who spoke English and Spanish attacked the house.", []),
        ("The statement, issued in Spanish and English, said the attack failed.", []),
        ("Gunmen attacked a village in Cameroon's French-speaking region on Monday.", ["CMR"]),
        ("Russian speakers in Ukraine's east protested on Sunday.", ["UKR"]),
        ("وهاجم مسلحون قرية في المنطقة الناطقة بالفرنسية في الكاميرون أمس.", ["CMR"]),
        ("وقال مسلحون يتحدثون الإنجليزية والإسبانية إنهم هاجموا القاعدة.", []),
        ("وقال المتحدث في بيان باللغة الفرنسية إن المسلحين هاجموا المواقع أمس.", []),
        # the country itself
        ("Gunmen who spoke to Spanish officials attacked a base on Monday.", ["ESP"]),
        ("Gunmen attacked Russian and Ukrainian positions on Monday.", ["RUS", "UKR"]),
        ("The talks were held in Spanish territory, in France and in Turkish waters.", ["ESP", "FRA", "TUR"]),
        ("وقصفت الطائرات الفرنسية والإسبانية مواقع المتمردين.", ["FRA", "ESP"]),
        ("وقالت الحكومة الإسبانية إن القوات هاجمت القاعدة.", ["ESP"]),
        # the speaker of a parliament, not speakers of a tongue
        ("Hungarian Speaker Laszlo Kover met his Polish counterpart on Monday.", ["HUN", "POL"]),
    ],
)
def test_a_language_is_no_country(text: str, expected: list[str]) -> None:
    assert countries_named(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        ("Haiti's president was assassinated at his home by foreigners who spoke English and Spanish, the prime minister said.", "2021-07-07", "HTI"),
        ("واغتيل الرئيس الهايتي في منزله على يد أجانب يتحدثون الإنجليزية والإسبانية، بحسب رئيس الوزراء.", "2021-07-07", "HTI"),
    ],
)
def test_the_deed_takes_no_country_from_a_language(text: str, published: str, country: str) -> None:
    found = of_type(extract(text, published), "attack")
    assert found, extract(text, published)
    assert [(ev["countries"], (ev["location"] or {}).get("country")) for ev in found] == [([country], country)]
