"""Places of deals and truces named after a city: the noun of a document with a city right
after it in Arabic (اتفاق الدوحة، معاهدة لوزان) or right before it in English (the Algiers
agreement) tells where the deal was made, not a party's country; a place its sentence states
for the deal after "in" is kept, and a country or a region in the name tells what the deal is
about, not where it was made."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.named_venues import accord_name


def _places(text: str, event_type: str) -> list[str | None]:
    return [(e["location"] or {}).get("country") for e in of_type(extract(text, "2025-06-10"), event_type)]


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        ("وأنهت معاهدة لوزان الموقعة عام 1923 الحرب بين تركيا واليونان.", "agreement", "CHE"),
        ("وأنهى اتفاق نيروبي الموقع عام 2005 الحرب بين شمال السودان وجنوبه.", "agreement", "KEN"),
        ("The Algiers agreement signed in 2000 ended the war between Ethiopia and Eritrea.", "agreement", "DZA"),
        ("Mali said the 2015 Algiers accord it signed with the rebels was no longer valid.", "agreement", "DZA"),
    ],
)
def test_the_city_in_the_name_is_the_venue(text, event_type, place):
    assert _places(text, event_type)[:1] == [place]


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # a place stated for the deal itself is kept
        ("وقعت إثيوبيا وإريتريا اتفاق نيروبي في باريس عام 2000.", "agreement", "FRA"),
        ("Ethiopia and Eritrea signed the Algiers agreement in Paris in 2000.", "agreement", "FRA"),
    ],
)
def test_a_stated_place_is_kept(text, event_type, place):
    assert _places(text, event_type)[:1] == [place]


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("ويستعيد المراقبون تجربة اتفاق الدوحة في ذلك العام.", "اتفاق", "اتفاق الدوحة"),
        ("Observers recall the Doha agreement of that year.", "agreement", "Doha agreement"),
        ("ويستعيد المراقبون تجربة الحرب في ذلك العام.", "الحرب", "الحرب"),
        ("Observers recall the war of that year.", "war", "war"),
    ],
)
def test_the_name_of_a_deal(text, trigger, name):
    start = text.index(trigger)
    assert accord_name(text, (start, start + len(trigger))) == name
