"""An Arabic deed opened by بعد أن، بعدما، إثر or عقب with no date of its own, in a clause dated
by a time expression that a preposition or a word of part of a period leads (في يناير 2016،
مطلع أبريل 2015), came before that time in the same telling: it takes that time's year, no
finer, as an English deed after "after" does; a deed told by a verb of its own clause (بعد أن
اقتحم, "after protesters stormed") led straight to the dated one and takes that time's month
(real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("قطعت الكويت علاقاتها مع طهران في يناير 2016، بعد أن اقتحم متظاهرون سفارتها في العاصمة الإيرانية.", "protest", "2016-01"),
        ("استدعت الجزائر سفيرها من باماكو في أبريل 2012، بعد أن هاجم مسلحون قنصليتها في غاو.", "attack", "2012-04"),
        ("Kuwait cut ties with Tehran in January 2016, after protesters stormed its embassy.", "protest", "2016-01"),
        ("Algeria recalled its ambassador from Bamako in April 2012 after gunmen attacked its consulate in Gao.", "attack", "2012-04"),
    ],
)
def test_a_deed_told_by_a_verb_after_a_dated_clause_takes_its_month(text, event_type, date) -> None:
    found = of_type(extract(text, "2018-06-04"), event_type)
    assert [(e["date"], e["date_precision"], e["date_basis"]) for e in found] == [(date, "month", "explicit")]


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        # a finer date the sentence gives the deed stays
        ("أغلقت الأردن حدودها مع سوريا مطلع أبريل 2015، إثر هجوم شنه مسلحون على معبر نصيب.", "attack", ["2015-04"]),
        # a span of years after the opener is no deed of that time
        ("طردت تونس السفير السوري في فبراير 2012، بعد سنوات من القمع.", "attack", []),
    ],
)
def test_finer_dates_spans_and_english_deeds_stay(text, event_type, dates) -> None:
    assert [e["date"] for e in of_type(extract(text, "2018-06-04"), event_type)] == dates


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # a lasting deed told by a verb after the word of after may be long before: the year
        ("انهار الهجوم على العاصمة في يونيو 2020، بعد أن أرسلت تركيا قوات لدعم الحكومة في ليبيا.", "deployment", "2020"),
        ("The siege of the capital collapsed in June 2020 after Turkey deployed troops to back the government in Libya.", "deployment", "2020"),
    ],
)
def test_a_lasting_deed_after_a_dated_clause_keeps_the_year(text, event_type, date) -> None:
    found = of_type(extract(text, "2020-10-23"), event_type)
    assert [(e["date"], e["date_precision"]) for e in found] == [(date, "year")]


@pytest.mark.parametrize(
    ("text", "event_type", "date", "precision"),
    [
        # the dated clause tells no event of its own (a departure, a return): the deed after the
        # word of after is still told before that time, not on the day of publication
        ("اضطر أوجلان إلى مغادرة سوريا في أكتوبر 1998، بعد أن حشدت تركيا قواتها على الحدود.", "deployment", "1998", "year"),
        ("Ocalan was forced to leave Syria in October 1998 after Turkey massed troops on the border.", "deployment", "1998", "year"),
        ("وعاد آلاف اللاجئين السوريين إلى قراهم في مارس 2019، بعد أن هاجم مسلحون مخيمهم في لبنان.", "attack", "2019-03", "month"),
        ("Thousands of Syrian refugees went home in March 2019 after gunmen attacked their camp in Lebanon.", "attack", "2019-03", "month"),
    ],
)
def test_a_deed_after_a_dated_clause_of_no_event_takes_its_time(text, event_type, date, precision) -> None:
    found = of_type(extract(text, "2020-01-01"), event_type)
    assert [(e["date"], e["date_precision"]) for e in found] == [(date, precision)]


def test_a_span_of_years_after_a_dated_clause_of_no_event_stays_undated() -> None:
    text = "وعاد آلاف اللاجئين السوريين إلى قراهم في مارس 2019، بعد سنوات من القتال في لبنان."
    assert [e["date_basis"] for e in of_type(extract(text, "2020-01-01"), "attack")] == ["publication"]


@pytest.mark.parametrize(
    "text",
    [
        # a count of time, or "long", right before the word of after: perhaps the year before
        "The Lebanese pound lost 90 percent of its value in 2021, months after protesters blocked roads across Lebanon.",
        "The Lebanese pound lost 90 percent of its value in 2021, long after protesters blocked roads across Lebanon.",
        "The Lebanese pound lost 90 percent of its value in 2021, two months after protesters blocked roads across Lebanon.",
    ],
)
def test_a_deed_counted_back_from_a_clause_of_no_event_stays_undated(text) -> None:
    assert [e["date_basis"] for e in of_type(extract(text, "2023-01-01"), "protest")] == ["publication"]
