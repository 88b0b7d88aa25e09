"""A deed a pledge or threat answers ("vowed to launch strikes in response to the alleged
chemical attack on Douma", «توعد بشن ضربات ردا على الهجوم الكيميائي المفترض على دوما») is
one that happened, whatever adjectives stand before its English noun, and it is no deed of the
pledge's day: the catalog dates it, and with no entry of its own and only the pledge's date it
is no event. The English names of catalogued events hold the forms the Arabic ones do
("chemical attack on Douma", الهجوم الكيميائي على دوما; "withdrawal from the Iranian nuclear
deal", الانسحاب من الاتفاق النووي) (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "At dawn on Wednesday, U.S. President Donald Trump vowed to launch missile strikes on Syria in "
            "response to the alleged chemical attack on Douma, the last rebel stronghold.",
            "2018-04-12",
            "attack",
            "2018-04-07",
        ),
        (
            "Trump threatened strikes on Syria in response to the suspected chemical attack on Douma.",
            "2018-04-12",
            "attack",
            "2018-04-07",
        ),
        (
            "وفجر الأربعاء توعد الرئيس الأمريكي دونالد ترامب بشن ضربات صاروخية على سوريا ردا على الهجوم "
            "الكيميائي المفترض على دوما.",
            "2018-04-12",
            "attack",
            "2018-04-07",
        ),
        ("U.S. President Donald Trump announced the withdrawal from the Iranian nuclear deal.", "2018-05-10", "sanctions", "2018-05-08"),
        ("وجاء ذلك بعد إعلان ترامب الانسحاب من الاتفاق النووي.", "2018-05-10", "sanctions", "2018-05-08"),
    ],
)
def test_a_catalogued_deed_answered_or_named_takes_the_catalog_date(
    text: str, published: str, event_type: str, date: str
) -> None:
    found = [e for e in extract(text, published) if e["event_type"] == event_type]
    assert [(e["date"], e["date_basis"]) for e in found] == [(date, "reference")], found


@pytest.mark.parametrize(
    "text",
    [
        # an uncatalogued deed answered, dated only by the pledge's day: no deed of that day
        "On Wednesday, Trump vowed to launch missile strikes on Syria in response to the suspected chemical attack in the town.",
        "وفجر الأربعاء توعد ترامب بشن ضربات على سوريا ردا على الهجوم الكيميائي المفترض على البلدة.",
        # a deed still hypothetical after the words of response
        "Iran vowed to retaliate in response to any chemical attack.",
    ],
)
def test_an_uncatalogued_deed_answered_on_the_pledge_day_is_no_event(text: str) -> None:
    found = [e for e in extract(text, "2018-04-12") if e["event_type"] == "attack" and e["trigger"] != "missile strikes"]
    assert not found, found


def test_the_pledge_itself_stays_a_plan() -> None:
    text = "Trump vowed to launch missile strikes on Syria in response to the alleged chemical attack on Douma."
    found = extract(text, "2018-04-12")
    assert [e["date"] for e in found] == ["2018-04-07"], found
