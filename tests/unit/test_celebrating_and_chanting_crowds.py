"""A crowd that takes to the streets is a demonstration whether in anger or in celebration:
crowds cheering, celebrating or chanting (crowds cheered as the statement was read out,
residents chanted "Revolution!"), crowds gone out or gathered to celebrate (took to the streets
to celebrate, خرج آلاف إلى الشوارع احتفالا، تجمع آلاف في ساحة ... احتفالا، احتشد ... ابتهاجا);
not fans celebrating a match won, nor a crowd cheering a campaign speech. A crowd's deed whose
sentence names no place and no party but persons (a visiting leader mobbed by residents) took
place in the country the article is about, not the leader's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "In Cairo's Tahrir Square, crowds set off fireworks and cheered as the army statement was read out late on Wednesday.",
            "2013-07-04",
            "2013-07-03",
        ),
        ("Crowds took to the streets of Tunis on Sunday to celebrate.", "2021-07-26", "2021-07-25"),
        ("Hundreds of residents chanted slogans in Beirut on Thursday in celebration of the decision.", "2020-08-07", "2020-08-06"),
        ("وخرج آلاف السوريين إلى شوارع دمشق الأحد احتفالا بسقوط النظام.", "2024-12-09", "2024-12-08"),
        ("وتجمع آلاف السوريين في ساحة وسط دمشق الأحد، احتفالا بسقوط النظام.", "2024-12-09", "2024-12-08"),
        ("واحتشد الآلاف في ساحة التحرير ببغداد الجمعة ابتهاجا بإعلان النتائج.", "2018-05-19", "2018-05-18"),
    ],
)
def test_a_celebrating_or_cheering_crowd_is_a_demonstration(text, published, date):
    assert [e["date"] for e in of_type(extract(text, published), "protest")] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of football fans cheered in central Algiers on Monday after the match.",
        "Thousands cheered in Cairo on Monday as the president gave a campaign speech.",
        "وخرج آلاف المشجعين إلى شوارع الجزائر الاثنين احتفالا بفوز المنتخب.",
    ],
)
def test_fans_and_campaign_audiences_make_no_demonstration(text):
    assert of_type(extract(text, "2018-06-05"), "protest") == []


@pytest.mark.parametrize(
    "text",
    [
        "BEIRUT (Reuters) - Lebanese President Michel Aoun received rescue teams in Beirut on Thursday, and Lebanon's "
        "army cleared the port. French President Emmanuel Macron was mobbed on Thursday by angry residents who chanted "
        '"Revolution!" as he walked through the streets.',
    ],
)
def test_a_crowd_facing_a_visiting_leader_gathers_in_its_own_country(text):
    found = of_type(extract(text, "2020-08-07"), "protest")
    assert [(e["location"] or {}).get("country") for e in found] == ["LBN"]
    assert "LBN" in found[0]["countries"]
