"""An English attack whose doer goes unnamed ("Gunmen shot dead Boris Nemtsov", "A bomb killed
Lebanon's former finance minister", "Drones attacked Saudi Aramco facilities") has no actor1:
the party named after its word is whom it befell, actor2. A party named before the word, or
after "by", is the doer as before; the place is the one the sentence gives. So in Arabic, when the
subject right after the verb is an unnamed doer («اغتال مسلحون المعارض التونسي شكري بلعيد»),
unless a name right after it tells whose it is («قصفت طائرات روسية»)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2015-03-01"  # a Sunday


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("Gunmen shot dead Boris Nemtsov near the Kremlin on Friday.", None, "boris_nemtsov"),
        ("A bomb killed Lebanon's former finance minister Mohamad Chatah on Friday.", None, "LBN"),
        ("Drones attacked Saudi Aramco facilities on Friday.", None, "aramco"),
        ("Gunmen attacked Israeli troops near Jenin on Friday.", None, "israel_army"),
        # a doer named before the word, or after "by"
        ("Israeli forces killed a Palestinian in Jenin on Friday.", "israel_army", "PSE"),
        ("Houthi drones attacked Saudi Aramco facilities on Friday.", "houthis", "aramco"),
        ("اغتال مسلحون المعارض التونسي شكري بلعيد الجمعة.", None, "TUN"),
        ("قصفت طائرات روسية مواقع للمعارضة في إدلب الجمعة.", "RUS", None),
    ],
)
def test_the_target_of_an_unnamed_doer_is_actor2(text: str, actor1: str | None, actor2: str | None) -> None:
    found = of_type(extract(text, PUB), "attack")
    assert [(e["actor1"], e["actor2"]) for e in found] == [(actor1, actor2)]


def test_the_place_stays_where_the_sentence_puts_it() -> None:
    text = "A suicide bombing at an airport gate in Kabul on Thursday killed 13 U.S. service members and scores of Afghans."
    found = of_type(extract(text, PUB), "attack")
    assert [(e["actor1"], (e["location"] or {}).get("country")) for e in found] == [(None, "AFG")]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # the sides of fighting "between" them, a doer "from" a place, a nisba past adjectives
        ("Fighting between Israeli troops and Hezbollah fighters intensified in south Lebanon on Friday.", "israel_army"),
        ("قصفت طائرات حربية إسرائيلية مواقع في جنوب لبنان الجمعة.", "ISR"),
    ],
)
def test_a_named_doer_stays_actor1(text: str, actor1: str) -> None:
    assert [e["actor1"] for e in of_type(extract(text, PUB), "attack")] == [actor1]
