"""A host who received a foreign guest with no city of the event told receives him at home: the
guest's visit to the host's country (a name in the possessive, "Venezuela's Maduro", is the
guest's country, no venue); a subject received by a host in a city of another country visits
it. An ambassador, a consul or an envoy is met where he serves: talks, no visit."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _types(text: str) -> set[str]:
    return {e["event_type"] for e in extract(text, "2021-11-09") if e["event_type"] in ("visit", "meeting")}


@pytest.mark.parametrize(
    ("text", "visited"),
    [
        ("استقبل الرئيس السوري بشار الأسد صباح اليوم وزير الخارجية الإماراتي عبد الله بن زايد.", "SYR"),
        ("استقبل الرئيس عبد الفتاح السيسي اليوم الأحد رئيس الوزراء الإثيوبي آبي أحمد بقصر الاتحادية.", "EGY"),
        ("واستقبل العاهل الأردني الملك عبد الله الثاني أمس الرئيس الفرنسي إيمانويل ماكرون.", "JOR"),
        ("Brazilian President Luiz Inacio Lula da Silva received Venezuela's Nicolas Maduro at the presidential palace on Monday.", "BRA"),
        ("Egyptian President Abdel Fattah al-Sisi received Turkish Foreign Minister Hakan Fidan on Saturday.", "EGY"),
        ("Mozambique's President Filipe Nyusi was received by Rwandan President Paul Kagame in Kigali on Monday.", "RWA"),
    ],
)
def test_a_foreign_guest_received_visits_the_host(text: str, visited: str) -> None:
    visits = of_type(extract(text, "2021-11-09"), "visit")
    assert visits, text
    assert (visits[0]["location"] or {}).get("country") == visited
    assert not of_type(extract(text, "2021-11-09"), "meeting")


@pytest.mark.parametrize(
    "text",
    [
        # a resident envoy is met where he serves
        ("استقبل وزير الخارجية المالديفي أمس السفير القطري."),
        ("وتحدثت الخارجية عن استقبال وزير الخارجية المالديفي للسفير القطري أمس الأحد."),
        ("The Lebanese president received the U.S. envoy at Baabda palace on Friday."),
        ("Egyptian President Abdel Fattah al-Sisi received the Turkish ambassador on Saturday."),
    ],
)
def test_a_resident_envoy_received_is_met_not_visiting(text: str) -> None:
    assert _types(text) == {"meeting"}, text


@pytest.mark.parametrize(
    "text",
    [
        # a phone call received is no reception of anyone
        ("تلقى الرئيس السوري بشار الأسد اتصالا هاتفيا من وزير الخارجية الإماراتي."),
        ("Egyptian President Abdel Fattah al-Sisi received a phone call from Turkish Foreign Minister Hakan Fidan on Saturday."),
        # a host's own countryman is no guest
        ("Egyptian President Abdel Fattah al-Sisi received Egyptian Foreign Minister Sameh Shoukry on Saturday."),
    ],
)
def test_no_visit_without_a_foreign_guest(text: str) -> None:
    assert "visit" not in _types(text), text


def test_the_post_is_read_beside_the_guest() -> None:
    # a minister received, then an ambassador in a clause of its own: the minister's visit stays
    found = extract("استقبل الرئيس عبد الفتاح السيسي أمس وزير الخارجية التركي، كما استقبل السفير الأمريكي.", "2022-04-08")
    assert [sorted(e["countries"]) for e in of_type(found, "visit")] == [["EGY", "TUR"]]
