"""The country an article is about, for a domestic deed told with no country in its sentence:
each name counts once, though it is read both as an actor and as a place (places are read only in
the sentences an event may come from, so one more event word must not weigh a sentence's foreign
names twice), and a country the opening names (the dateline and the lead: «المنامة -», "MANAMA
(Reuters) -") leads the article when it is named half as often again as any other, though the
foreign states that are the sides of one deed come up beside it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

from events.assemble.parties import _home_country
from events.assemble.text import Mentions
from events.model import ActorMention, PlaceMention

PUBLISHED = "2021-03-15"


@pytest.mark.parametrize(
    "text",
    [
        "MANAMA (Reuters) - Bahrain's government said on Monday it would guard vital installations. "
        "Saudi Arabia and the United Arab Emirates sent troops to Bahrain on Sunday. Bahrain's king met "
        "Saudi envoys. Police fired tear gas at protesters in a village south of the capital on Monday.",
        "المنامة - قالت حكومة البحرين الاثنين إنها ستحمي المنشآت الحيوية. وأرسلت السعودية والإمارات "
        "قوات إلى البحرين الأحد. واستقبل ملك البحرين مبعوثين سعوديين. وأطلقت الشرطة الغاز المسيل "
        "للدموع على المحتجين في قرية جنوب العاصمة الاثنين.",
    ],
)
def test_a_deed_with_no_country_takes_place_in_the_state_the_opening_names(text):
    at_home = [e for e in extract(text, PUBLISHED) if e["countries"] == ["BHR"] and e["event_type"] == "protest"]
    assert [(e["date"], e["location"]["country"]) for e in at_home] == [("2021-03-15", "BHR")], at_home


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia and the United Arab Emirates sent troops to Bahrain on Sunday. Saudi officials met "
        "Emirati envoys in Riyadh. Bahrain's king thanked Saudi Arabia. Police fired tear gas at protesters "
        "in a village south of the capital on Monday.",
        "وأرسلت السعودية والإمارات قوات إلى البحرين الأحد. والتقى مسؤولون سعوديون مبعوثين إماراتيين "
        "في الرياض. وشكر ملك البحرين السعودية. وأطلقت الشرطة الغاز المسيل للدموع على المحتجين في قرية "
        "جنوب العاصمة الاثنين.",
    ],
)
def test_no_home_when_no_state_leads_the_article(text):
    assert not [e for e in extract(text, PUBLISHED) if e["countries"] == ["BHR"] and e["date"] == "2021-03-15"]


def _named(start: int, country: str, place: bool) -> tuple[list[ActorMention], list[PlaceMention]]:
    actor = ActorMention(start, start + 5, "name", country, "country", country)
    return [actor], [PlaceMention(start, start + 5, "name", "name", country, 0.0, 0.0, "country")] if place else []


@pytest.mark.parametrize(
    ("names", "home"),
    [
        # four names of the home country, two foreign ones also read as places in an event's sentence
        ([(10, "BHR", False), (20, "BHR", False), (30, "BHR", False), (40, "BHR", False), (50, "SAU", True), (60, "SAU", True)], "BHR"),
        ([(10, "BHR", True), (20, "BHR", True), (30, "BHR", True), (40, "BHR", True), (50, "SAU", False), (60, "SAU", False)], "BHR"),
        # three names against two, none in the opening sentence: no clear lead
        ([(200, "BHR", False), (210, "BHR", False), (220, "BHR", False), (230, "SAU", False), (240, "SAU", False)], None),
    ],
)
def test_a_name_counts_once(names, home):
    actors: list[ActorMention] = []
    places: list[PlaceMention] = []
    for start, country, place in names:
        a, p = _named(start, country, place)
        actors += a
        places += p
    mentions = Mentions([(0, 100), (101, 300)], [], actors, places, [])
    assert _home_country(mentions) == home
