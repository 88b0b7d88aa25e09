"""A crowd gone out, gathered, marching or chanting to celebrate (took to the streets to celebrate
the result, jubilant crowds poured into the streets, خرج آلاف إلى الشوارع احتفالا بفوز، تجمع آلاف
في ساحة ... احتفالا ب، احتشد ... ابتهاجا ب) voices no dissent and is no demonstration; a crowd that
takes to the streets, rallies or chants against something still protests, a word that names a
demonstration still tells one (مظاهرات فرح), and a celebration that turns into clashes keeps the
clash. Fans after a match and a crowd cheering a campaign speech make no demonstration either. A
crowd's deed whose sentence names no place and no party but persons (a visiting leader mobbed by
residents) took place in the country the article is about, not the leader's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("In Cairo's Tahrir Square, crowds set off fireworks and cheered as the army statement was read out late on Wednesday.", "2013-07-04"),
        ("Crowds took to the streets of Tunis on Sunday to celebrate.", "2021-07-26"),
        ("Thousands of Erdogan's supporters took to the streets of Istanbul on Sunday to celebrate the election result.", "2018-06-25"),
        ("Jubilant crowds poured into the streets of Khartoum on Thursday after the army announced the president's removal.", "2019-04-12"),
        ("Thousands of supporters rallied in Tunis on Sunday to celebrate the president's decision.", "2021-07-26"),
        ("Hundreds of residents chanted slogans in Beirut on Thursday in celebration of the decision.", "2020-08-07"),
        ("Thousands of Algerians celebrated in the streets of Algiers on Tuesday night.", "2019-04-03"),
        ("وخرج آلاف السوريين إلى شوارع دمشق الأحد احتفالا بسقوط النظام.", "2024-12-09"),
        ("وتجمع آلاف السوريين في ساحة وسط دمشق الأحد، احتفالا بسقوط النظام.", "2024-12-09"),
        ("واحتشد الآلاف في ساحة التحرير ببغداد الجمعة ابتهاجا بإعلان النتائج.", "2018-05-19"),
        ("وخرج آلاف الأتراك إلى شوارع إسطنبول مساء الأحد احتفالاً بفوز أردوغان في الانتخابات.", "2018-06-25"),
    ],
)
def test_a_celebrating_or_cheering_crowd_is_no_demonstration(text, published):
    assert of_type(extract(text, published), "protest") == []


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("Thousands of people took to the streets of Tehran on Monday to protest against rising prices.", "2018-06-26", "2018-06-25"),
        ("Thousands of people rallied in Tunis on Sunday against the president's decision.", "2021-07-26", "2021-07-25"),
        ("Hundreds of residents chanted slogans against the government in Beirut on Thursday.", "2020-08-07", "2020-08-06"),
        ("وخرج آلاف الإيرانيين إلى شوارع طهران الاثنين احتجاجا على ارتفاع الأسعار.", "2018-06-26", "2018-06-25"),
        ("وتجمع آلاف السوريين في ساحة وسط دمشق الأحد، ورددوا هتافات ضد الحكومة.", "2024-12-09", "2024-12-08"),
        # a word that names a demonstration tells one, in joy as in anger
        ("وخرج المئات من أتباع الصدر في بغداد الأحد في مظاهرات فرح بعد الإعلان عن النتائج.", "2018-05-14", "2018-05-13"),
    ],
)
def test_a_crowd_against_something_still_protests(text, published, date):
    assert [e["date"] for e in of_type(extract(text, published), "protest")] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Celebrations in Cairo on Sunday turned into clashes with the police in which two people were killed.",
        "وتحولت الاحتفالات في القاهرة يوم الأحد إلى اشتباكات مع الشرطة أسفرت عن مقتل شخصين.",
    ],
)
def test_a_celebration_that_turns_into_clashes_keeps_the_clash(text):
    assert [e["date"] for e in of_type(extract(text, "2018-06-25"), "attack")] == ["2018-06-24"]


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
