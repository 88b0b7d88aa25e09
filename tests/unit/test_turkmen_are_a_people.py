"""The Turkmen of Iraq and Syria (التركمان، Iraqi Turkmen, Syrian Turkmen fighters) are a people,
no state: their name gives no Turkmenistan. The English adjective names Turkmenistan only before
a word of a state's office or body (Turkmen President, the Turkmen foreign minister) or in an
article that names Turkmenistan; its Arabic nisba (التركمانستاني) and its name always do, and the
nisba التركماني after a word of a state's office or body (الرئيس التركماني، الحكومة التركمانية،
وزير الخارجية التركماني), as the English adjective does; التركمان، الجبهة التركمانية، تركمان العراق
and تركمان سوريا stay a people."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

from events.actors import find_actors, load_actors
from events.text.normalize import fold


def _ids(text: str) -> list[str]:
    return [m.actor_id for m in find_actors(text, fold(text), load_actors())]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("تظاهر آلاف التركمان في كركوك أمس احتجاجا على نتائج الانتخابات.", "IRQ"),
        ("Thousands of Turkmen protested in Kirkuk on Monday against the election results.", "IRQ"),
        ("Iraqi Turkmen protested in Kirkuk on Monday.", "IRQ"),
        ("The Iraqi Turkmen Front organised a protest in Kirkuk on Monday.", "IRQ"),
        ("Syrian Turkmen fighters attacked Kurdish positions near Afrin on Monday.", "SYR"),
        ("قصفت القوات السورية قرى التركمان في ريف اللاذقية أمس.", "SYR"),
    ],
)
def test_the_turkmen_people_give_no_turkmenistan(text, country):
    found = extract(text, "2018-05-01")
    assert found
    for event in found:
        assert "TKM" not in event["countries"] and country in event["countries"], event["countries"]


@pytest.mark.parametrize(
    "text",
    [
        "Turkmen President Gurbanguly Berdimuhamedow met Putin",
        "The Turkmen foreign minister arrived in Moscow",
        "the Turkmen government said",
        "Turkmenistan exports gas; Turkmen gas reaches China",
        "وصل الرئيس التركمانستاني إلى موسكو",
        # the nisba after a word of a state's office or body, as the English adjective before one
        "وصل الرئيس التركماني إلى موسكو",
        "وقالت الحكومة التركمانية",
        "والتقى وزير الخارجية التركماني رشيد مريدوف نظيره الإيراني",
        "Georgian President Salome Zurabishvili arrived",
    ],
)
def test_the_state_is_named_by_its_office_or_its_name(text):
    assert set(_ids(text)) & {"TKM", "GEO"}


@pytest.mark.parametrize(
    "text",
    [
        "Turkmen fighters took the village",
        "a Turkmen delegation from Kirkuk",
        "Georgian wine",
        "التركمان في كركوك",
        "وقالت الجبهة التركمانية العراقية",
        "وفد من تركمان العراق",
        "قرى تركمان سوريا في جبل التركمان",
        "الأحزاب التركمانية في كركوك",
    ],
)
def test_a_people_named_alone_is_no_state(text):
    assert not set(_ids(text)) & {"TKM", "GEO"}


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("ووقعت الحكومة التركمانية اتفاقية مع تركيا يوم الأحد.", ["TKM", "TUR"]),
        ("The Turkmen government signed an agreement with Turkey on Sunday.", ["TKM", "TUR"]),
        ("وزار الرئيس التركماني قربان قولي بردي محمدوف أنقرة يوم الأحد.", ["TKM", "TUR"]),
        ("Turkmen President Gurbanguly Berdimuhamedov visited Ankara on Sunday.", ["TKM", "TUR"]),
    ],
)
def test_a_state_title_with_the_nisba_is_turkmenistan(text, countries):
    found = extract(text, "2018-05-10")
    assert found and all(sorted(e["countries"]) == countries for e in found)
