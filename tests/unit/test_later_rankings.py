"""A clause that ranks the deed told before it («وانطلقت المشاورات ...، وهي الأولى منذ انهيار
محادثات الكويت», "the talks began on Dec. 6 and were the first since negotiations in Kuwait
collapsed") counts from the deed after its word of since: the names there are when the count
starts, neither a party of the deed ranked nor its place."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "countries", "place"),
    [
        ("وانطلقت المشاورات اليمنية في السويد في السادس من ديسمبر، وهي الأولى منذ انهيار محادثات الكويت عام 2016.", {"YEM", "SWE"}, "SWE"),
        ("The Yemeni talks in Sweden began on Dec. 6 and were the first since negotiations in Kuwait collapsed in 2016.", {"YEM", "SWE"}, "SWE"),
        ("The Yemeni talks in Sweden began on Dec. 6, the first such talks since negotiations in Kuwait collapsed.", {"YEM", "SWE"}, "SWE"),
        # the sides after "between" are the deed's own
        ("The talks in Geneva on Monday were the first since 2015 between Iran and the United States.", {"IRN", "USA", "CHE"}, "CHE"),
        ("عقد مسؤولون محادثات في بغداد يوم الجمعة، وهي الأولى منذ عام 2016 بين إيران والسعودية.", {"IRN", "SAU", "IRQ"}, "IRQ"),
        # "between" after a noun of the since-clause names that clause's sides
        ("Egyptian officials hosted Yemeni talks in Cairo on Dec. 6, the first since the war between Israel and Hamas began.", {"EGY", "YEM"}, "EGY"),
        # a clause that ranks nothing keeps its names
        ("The Yemeni talks in Sweden began on Dec. 6 and Kuwait welcomed them.", {"YEM", "SWE", "KWT"}, "SWE"),
    ],
)
def test_names_after_a_later_ranking(text: str, countries: set[str], place: str) -> None:
    found = [ev for ev in of_type(extract(text, "2018-12-14"), "meeting") if ev["date"].startswith("2018-12")]
    assert [(set(ev["countries"]), (ev["location"] or {}).get("country")) for ev in found] == [(countries, place)], found


@pytest.mark.parametrize(
    "text",
    [
        "وانطلقت المشاورات في السادس من ديسمبر، وهي الأولى منذ انهيار محادثات الكويت عام 2016.",
        "The talks began on Dec. 6 and were the first since negotiations in Kuwait collapsed in 2016.",
    ],
)
def test_the_count_s_start_gives_no_country(text: str) -> None:
    found = [ev for ev in of_type(extract(text, "2018-12-14"), "meeting") if ev["date"] == "2018-12-06"]
    assert all("KWT" not in ev["countries"] for ev in found), found
