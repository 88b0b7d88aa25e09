"""A family name that the dictionary reads only in context as another person («الحريري», "Hariri"
for Saad Hariri, when the article names him in full) still names the person of that family the
article named in full before it: «رفيق الحريري ... وكان الحريري قد قتل» is Rafik Hariri. When the
article names Saad Hariri in full, the name is his, and after a title ("Prime Minister Hariri") it
is not the father's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.model import Article
from events.pipeline import find_mentions
from events.resources import load_resources

_RAFIK_AR = (
    "احتشد مئات آلاف اللبنانيين أمس في بيروت للمطالبة بكشف حقيقة اغتيال رئيس الوزراء الأسبق رفيق الحريري. "
    "وكان الحريري قد قتل في انفجار ضخم استهدف موكبه في 14 فبراير الماضي."
)
_RAFIK_EN = (
    "Hundreds of thousands of Lebanese rallied in Beirut on Monday to demand the truth about the killing of "
    "former prime minister Rafik Hariri. Hariri was killed in a huge explosion that targeted his motorcade on Feb. 14."
)
_SAAD_AR = "التقى رئيس الوزراء سعد الحريري أمس الرئيس الفرنسي في باريس. وكان الحريري قد زار الرياض الأسبوع الماضي."


def _persons(text: str, published: str) -> list[tuple[str, str]]:
    mentions = find_mentions(Article(id="t", title="", text=text, published=published), load_resources())
    return [(text[a.start : a.end], a.actor_id) for a in mentions.actors if a.kind == "person"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (_RAFIK_AR, "2005-03-15", [("رفيق الحريري", "rafik_hariri"), ("الحريري", "rafik_hariri")]),
        (_RAFIK_EN, "2005-03-15", [("Rafik Hariri", "rafik_hariri"), ("Hariri", "rafik_hariri")]),
        (_SAAD_AR, "2019-03-15", [("سعد الحريري", "saad_hariri"), ("الحريري", "saad_hariri")]),
    ],
)
def test_a_family_name_names_the_person_named_in_full(text, published, expected):
    assert _persons(text, published) == expected


def test_the_deed_of_the_person_named_by_family_name_is_placed_in_his_country():
    found = of_type(extract(_RAFIK_AR, "2005-03-15"), "attack")
    assert [(e["date"], e["countries"]) for e in found] == [("2005-02-14", ["LBN"])]


def test_a_titled_family_name_is_not_the_one_named_in_full_before():
    text = (
        "Lebanon marked on Thursday the 14th anniversary of the assassination of former prime minister Rafik Hariri. "
        "Prime Minister Hariri met French President Macron in Paris on Friday."
    )
    assert ("Hariri", "rafik_hariri") not in _persons(text, "2019-02-16")

