"""A deed told in a clause of its own with a date written out right after its word, no other
event word between ("..., where it has fought the Iran-aligned Houthis since 2015"; "...، قبل أن
يعلن الجيش عزل الرئيس عمر البشير في 11 من الشهر نفسه"), is a background deed of its own on that
date, kept beside the sentence's chosen event; a clause dated only by a weekday ("as Gaddafi's
troops pushed into its outskirts on Saturday morning") is the sentence's own news, not an older
deed, and a word whose clause holds another event word before the date is not dated by it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        (
            "The rapprochement comes as Saudi Arabia seeks to end its involvement in Yemen's war, "
            "where it has fought the Iran-aligned Houthis since 2015.",
            "2023-03-11",
            "attack",
            "2015",
        ),
        (
            "ويأتي الاتفاق بعد أشهر من الاحتجاجات التي انطلقت في ديسمبر/كانون الأول 2018 بسبب غلاء الخبز، وتحولت إلى "
            "اعتصام أمام مقر القيادة العامة للجيش منذ السادس من أبريل/نيسان، قبل أن يعلن الجيش عزل الرئيس عمر البشير "
            "في 11 من الشهر نفسه.",
            "2019-08-18",
            "appointment",
            "2019-04-11",
        ),
    ],
)
def test_a_deed_dated_in_its_own_clause_is_kept_on_its_date(text, published, kind, date):
    assert [e["date"] for e in of_type(extract(text, published), kind)] == [date]


def test_the_retold_deal_before_a_dated_relative_is_no_event():
    text = (
        "ويأتي الاتفاق بعد أشهر من الاحتجاجات التي انطلقت في ديسمبر/كانون الأول 2018 بسبب غلاء الخبز، وتحولت إلى "
        "اعتصام أمام مقر القيادة العامة للجيش منذ السادس من أبريل/نيسان، قبل أن يعلن الجيش عزل الرئيس عمر البشير "
        "في 11 من الشهر نفسه."
    )
    assert of_type(extract(text, "2019-08-18"), "agreement") == []


def test_a_clause_dated_by_a_weekday_keeps_no_deed_of_its_own():
    text = (
        "Residents of the eastern city said the strikes came as Gaddafi's troops and tanks pushed into its southern "
        "outskirts on Saturday morning, shelling residential districts."
    )
    assert of_type(extract(text, "2011-03-20"), "deployment") == []


def test_a_date_in_the_possessive_dates_the_noun_it_qualifies():
    text = (
        "Recep Tayyip Erdogan won Turkey's presidential run-off on Sunday, securing five more years in power "
        "after a campaign fought amid a cost-of-living crisis and the aftermath of February's earthquakes."
    )
    assert of_type(extract(text, "2023-05-29"), "attack") == []
