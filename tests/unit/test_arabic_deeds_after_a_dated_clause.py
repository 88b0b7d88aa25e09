"""An Arabic deed opened by بعد أن، بعدما، إثر or عقب with no date of its own, in a clause dated
by a time expression that a preposition or a word of part of a period leads (في يناير 2016،
مطلع أبريل 2015), came before that time in the same telling: it takes that time's year, no
finer, as an English deed after "after" does (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("قطعت الكويت علاقاتها مع طهران في يناير 2016، بعد أن اقتحم متظاهرون سفارتها في العاصمة الإيرانية.", "protest", "2016"),
        ("استدعت الجزائر سفيرها من باماكو في أبريل 2012، بعد أن هاجم مسلحون قنصليتها في غاو.", "attack", "2012"),
    ],
)
def test_an_arabic_deed_after_a_dated_clause_takes_its_year(text, event_type, date) -> None:
    found = of_type(extract(text, "2018-06-04"), event_type)
    assert [(e["date"], e["date_precision"], e["date_basis"]) for e in found] == [(date, "year", "explicit")]


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        # a finer date the sentence gives the deed stays
        ("أغلقت الأردن حدودها مع سوريا مطلع أبريل 2015، إثر هجوم شنه مسلحون على معبر نصيب.", "attack", ["2015-04"]),
        # a span of years after the opener is no deed of that time
        ("طردت تونس السفير السوري في فبراير 2012، بعد سنوات من القمع.", "attack", []),
        # the English deed after "after", as before
        ("Kuwait cut ties with Tehran in January 2016, after protesters stormed its embassy.", "protest", ["2016"]),
    ],
)
def test_finer_dates_spans_and_english_deeds_stay(text, event_type, dates) -> None:
    assert [e["date"] for e in of_type(extract(text, "2018-06-04"), event_type)] == dates
