"""A city whose name is also a common word (جدة: a grandmother) follows the noun of a gathering
as its venue (محادثات جدة، قمة جدة) or the verb of hosting it (استضافت جدة اجتماعا): it is the
city when the article names its country, and nothing otherwise. A meeting (لقاء، اجتماع) takes a
person's name as often, and cues no city."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.places import find_places, load_gazetteer
from events.text.normalize import fold


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        ("انهارت محادثات جدة بين العراق والكويت في 31 تموز (يوليو) برعاية سعودية.", "1990-08-03", "Jeddah"),
        (
            "وبعد يومين، استضافت جدة اجتماعا تشاوريا لوزراء خارجية دول مجلس التعاون الخليجي ومصر والأردن "
            "والعراق في 14 أبريل.",
            "2023-04-18",
            "Jeddah",
        ),
    ],
)
def test_the_venue_of_a_gathering_places_it(text: str, published: str, place: str) -> None:
    found = of_type(extract(text, published), "meeting")
    assert [e["location"]["name"] for e in found] == [place]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("انهارت محادثات جدة بين العراق والكويت.", ["العراق", "والكويت"]),  # no Saudi Arabia in the text: not the city
        ("مؤتمر جدة للسلام مع وفد سعودي في الرياض.", ["جدة", "الرياض"]),
        ("زارت الجدة حفيدها في الرياض.", ["الرياض"]),  # the grandmother, with the article
    ],
)
def test_only_a_gathering_s_noun_or_a_host_cues_the_city(text: str, names: list[str]) -> None:
    found = find_places(text, fold(text), load_gazetteer(), context_countries=("SAU",) if "سعودي" in text else ())
    assert [p.text for p in found] == names


def test_a_meeting_with_a_person_named_like_a_city_is_held_where_told() -> None:
    """«لقاء الخليل بن أحمد»: a meeting with a man, not one held in Hebron."""
    text = "وجاء لقاء الخليل بن أحمد مع وزير الخارجية الفلسطيني رياض المالكي في رام الله الأحد."
    found = of_type(extract(text, "2021-05-10"), "meeting")
    assert [e["location"]["name"] for e in found] == ["Ramallah"]
