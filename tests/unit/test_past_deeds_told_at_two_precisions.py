"""A past deed told once by its year and once by a month or day of that year, between the same
countries, each date written with its year in its own sentence, is one event at the finer date,
whichever side each telling puts first; two deeds dated to two months, between other countries,
in the year of the publication, or at a year read from another sentence stay two."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.finer_dates import without_coarser_tellings
from events.model import Event


def test_arabic_year_then_month() -> None:
    text = (
        "بعد إقرار تركيا بقصفها مخزنا للأسلحة في العراق عام 2009، نشرت صحف تفاصيل عن الغارات. "
        "وأفرجت أنقرة عن صور الغارة الجوية التي شنتها في أكتوبر 2009 على مخزن قرب الموصل شمالي العراق."
    )
    assert [e["date"] for e in of_type(extract(text, "2021-05-10"), "attack")] == ["2009-10"]


def _event(quote: str, date: str, countries: list[str], place: str = "IRQ", published: str = "2021-05-10") -> Event:
    precision = {4: "year", 7: "month", 10: "day"}[len(date)]
    at = quote.find(date[:4])
    told = [at, at + 4] if at >= 0 else [len(quote) - 5, len(quote)]  # a date read from elsewhere
    return Event(
        event_id=quote[:8],
        article_id="t",
        event_type="attack",
        cameo="195",
        date=date,
        date_precision=precision,
        date_basis="explicit",
        title="",
        quote=quote,
        trigger="",
        countries=countries,
        actors=list(countries),
        location={"country": place, "precision": "city"},
        spans={"quote": [0, len(quote)], "date": told},
        published=published,
    )


@pytest.mark.parametrize(
    ("tellings", "kept"),
    [
        # a year and a month of it, the sides in either order: one deed, in that month
        ([("The raids of 2009 on Iraq by Turkey", "2009", ["IRQ", "TUR"]),
          ("Ankara struck a depot near Mosul in October 2009", "2009-10", ["TUR", "IRQ"])], ["2009-10"]),
        ([("الغارات التركية على العراق عام 2009", "2009", ["IRQ", "TUR"]),
          ("الغارة التي شنتها أنقرة في أكتوبر 2009 قرب الموصل", "2009-10", ["TUR", "IRQ"])], ["2009-10"]),
        # a month and a day of it
        ([("the October 2009 raid", "2009-10", ["TUR", "IRQ"]),
          ("the raid of 12 October 2009", "2009-10-12", ["IRQ", "TUR"])], ["2009-10-12"]),
        # two months of one year, another pair of countries, the year of the publication: two
        ([("a raid in March 2009", "2009-03", ["TUR", "IRQ"]),
          ("a raid in October 2009", "2009-10", ["TUR", "IRQ"])], ["2009-03", "2009-10"]),
        ([("غارات عام 2009", "2009", ["TUR", "IRQ"]),
          ("غارة في أكتوبر 2009", "2009-10", ["TUR", "SYR"])], ["2009", "2009-10"]),
        # a year not written in its own sentence ("soon afterwards"): perhaps the answer to the deed
        ([("Egypt expelled the envoy in November 2013", "2013-11", ["EGY", "TUR"]),
          ("Turkey expelled the envoy soon afterwards", "2013", ["TUR", "EGY"])], ["2013", "2013-11"]),
    ],
)
def test_told_at_two_precisions(tellings: list[tuple[str, str, list[str]]], kept: list[str]) -> None:
    events = [_event(q, d, c) for q, d, c in tellings]
    assert sorted(e.date or "" for e in without_coarser_tellings(events)) == kept


def test_the_publication_year_keeps_both() -> None:
    events = [
        _event("raids in 2021", "2021", ["TUR", "IRQ"]),
        _event("a raid in March 2021", "2021-03", ["TUR", "IRQ"]),
    ]
    assert len(without_coarser_tellings(events)) == 2
