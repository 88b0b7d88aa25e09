"""A deed that an occasion of the news comes after, named by its own noun ("وتأتي القمة العربية
بعد ساعات من ضربات وجهتها الولايات المتحدة وبريطانيا وفرنسا لسوريا"), was held in the days before
the news, as one that "ذلك" comes after is: no background deed recalled with no time. An
indefinite strike told with its doer's verb and the pronoun of it («ضربات وجهتها», «غارات شنتها»)
is an attack. A state that declares its support for the strikes («أعلنت السعودية دعمها للضربات»)
reacts to them and is no party; that telling's day dates the deed told before by the same noun
with no day of its own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2018-04-15"  # a Sunday

ARTICLE = (
    "افتتحت القمة العربية أعمالها في مدينة الظهران السعودية الأحد. "
    "وتأتي القمة العربية بعد ساعات من ضربات وجهتها الولايات المتحدة وبريطانيا وفرنسا لنظام الرئيس السوري بشار الأسد. "
    "وكانت السعودية قد أعلنت عن \"دعمها الكامل\" للضربات التي تم شنها السبت."
)


def test_the_strikes_a_summit_comes_after_are_dated_by_the_supporting_statement() -> None:
    attacks = of_type(extract(ARTICLE, PUB), "attack")
    assert [(e["date"], set(e["countries"])) for e in attacks] == [("2018-04-14", {"USA", "GBR", "FRA", "SYR"})]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("وتأتي القمة العربية بعد ساعات من ضربات وجهتها الولايات المتحدة وبريطانيا وفرنسا لسوريا.", {"USA", "GBR", "FRA", "SYR"}),
        ("ويأتي ذلك بعد ساعات من غارات شنتها طائرات إسرائيلية على قطاع غزة.", {"ISR", "PSE"}),
    ],
)
def test_strikes_an_occasion_comes_after_were_held_before_the_news(text: str, countries: set[str]) -> None:
    attacks = of_type(extract(text, PUB), "attack")
    assert [(e["date"], set(e["countries"]) >= countries) for e in attacks] == [("2018-04", True)]


def test_strikes_an_occasion_comes_weeks_after_stay_background() -> None:
    text = "وتأتي القمة العربية بعد أسابيع من ضربات وجهتها الولايات المتحدة وبريطانيا وفرنسا لسوريا."
    assert of_type(extract(text, PUB), "attack") == []


def test_a_blow_dealt_is_no_strike() -> None:
    text = "وفي ضربة وجهتها السلطات المصرية لشبكات التهريب، ضبطت الشرطة 20 مهربا الأحد."
    assert of_type(extract(text, PUB), "attack") == []


def test_a_supporting_statement_dates_the_deed_told_by_its_noun() -> None:
    # the statement's "strikes" are the Western strikes, not the raids on Gaza told between
    text = (
        "وتأتي القمة العربية بعد ساعات من ضربات وجهتها الولايات المتحدة وبريطانيا وفرنسا لسوريا. "
        "وشنت طائرات إسرائيلية غارات على قطاع غزة. "
        "وكانت السعودية قد أعلنت دعمها للضربات التي تم شنها السبت."
    )
    dates = {tuple(sorted(e["countries"])): e["date"] for e in of_type(extract(text, PUB), "attack")}
    assert (dates.get(("FRA", "GBR", "SYR", "USA")), dates.get(("ISR", "PSE"))) == ("2018-04-14", "2018-04-15"), dates
