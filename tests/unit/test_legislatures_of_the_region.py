"""The parliaments of the region are actors of their country under the names the Arabic and
English press give them (the Iraqi Council of Representatives, the Palestinian Legislative
Council, the UAE's Federal National Council, the Kurdistan parliament, the Lebanese Chamber of
Deputies, Kuwait's National Assembly, the Israeli Knesset); a bare shared name (Council of
Representatives, المجلس التشريعي) counts only for the country the article names."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.actors import find_actors, load_actors
from events.text.normalize import fold


def _ids(text: str) -> list[str]:
    return [m.actor_id for m in find_actors(text, fold(text), load_actors())]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("صوت الكنيست الإسرائيلي على القانون", "knesset"),
        ("The Israeli Knesset voted on the bill", "knesset"),
        ("صادق مجلس الشورى الإسلامي على الاتفاق", "iran_parliament"),
        ("Iran's Majlis approved the deal", "iran_parliament"),
        ("صادق مجلس الأمة التركي الكبير على المذكرة", "turkey_parliament"),
        ("The Turkish Grand National Assembly approved the memorandum", "turkey_parliament"),
        ("صوت مجلس النواب العراقي على القانون", "iraq_parliament"),
        ("The Iraqi Council of Representatives voted on the law", "iraq_parliament"),
        ("The Lebanese Chamber of Deputies elected a speaker", "lebanon_parliament"),
        ("انتخب البرلمان اللبناني رئيسا له", "lebanon_parliament"),
        ("أقر مجلس الأعيان الأردني القانون", "jordan_parliament"),
        ("The Jordanian Senate passed the law", "jordan_parliament"),
        ("The Egyptian Senate passed the law", "egypt_parliament"),
        ("رفض مجلس الأمة الكويتي الميزانية", "kuwait_national_assembly"),
        ("Kuwait's National Assembly rejected the budget", "kuwait_national_assembly"),
        ("عقد المجلس التشريعي الفلسطيني جلسة", "palestine_parliament"),
        ("The Palestinian Legislative Council met", "palestine_parliament"),
        ("أقر المجلس الوطني الاتحادي القانون", "uae_parliament"),
        ("The Federal National Council passed the law", "uae_parliament"),
        ("صوت برلمان كردستان على القرار", "krg"),
        ("The Kurdistan parliament voted on the resolution", "krg"),
    ],
)
def test_a_parliament_of_the_region_is_an_actor(text, actor):
    assert actor in _ids(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a bare shared name, no country of it named: no parliament
        ("The Council of Representatives voted on the law", {"iraq_parliament", "bahrain_parliament"}),
        ("عقد المجلس التشريعي جلسة أمس", {"palestine_parliament"}),
        ("Hong Kong's Legislative Council voted on the bill", {"palestine_parliament"}),
    ],
)
def test_a_bare_shared_name_needs_its_country(text, absent):
    assert not absent & set(_ids(text))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Council of Representatives in Baghdad voted on Monday to approve the deal.", "IRQ"),
        ("صادق المجلس الوطني الاتحادي الإماراتي يوم الاثنين على الاتفاقية.", "ARE"),
        ("The Palestinian Legislative Council on Monday ratified the agreement.", "PSE"),
    ],
)
def test_a_parliament_gives_its_event_its_country(text, country):
    found = extract(text, "2018-05-01")
    assert found and all(country in e["countries"] for e in of_type(found, found[0]["event_type"]))
