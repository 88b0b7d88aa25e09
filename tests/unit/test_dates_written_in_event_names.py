"""The year, or the month and year, written in an event's name dates it at that precision in
both languages, whatever day the catalog knows for it (GUIDELINES: "at the precision the text
supports"; the catalog dates an event named without a date): «انقلاب 2013»، «حرب 2006 بين
إسرائيل وحزب الله»، «حرب تموز 2006», "whose 1979 peace treaty". A day written in the name, or a
year inside an operation's code name, tells no coarser date (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        ("تعيش مصر أزمة سياسية منذ انقلاب 2013.", "appointment", "2013"),
        ("شهدت ليبيا فوضى منذ ثورة 2011 ضد القذافي.", "protest", "2011"),
        ("دمرت حرب 2006 بين إسرائيل وحزب الله جنوب لبنان.", "attack", "2006"),
        ("دمرت حرب تموز 2006 الضاحية الجنوبية لبيروت.", "attack", "2006-07"),
        ("Israel, whose 1979 peace treaty with Egypt covers the strait, has raised no objection.", "agreement", "1979"),
    ],
)
def test_the_date_written_in_the_name_dates_the_event(text, kind, date) -> None:
    found = of_type(extract(text, "2024-05-10"), kind)
    assert [(e["date"], e["date_basis"]) for e in found] == [(date, "explicit")]


@pytest.mark.parametrize(
    ("text", "published", "kind", "ref_id", "date"),
    [
        ("وفاز حزب العدالة والتنمية في الانتخابات التركية 2007.", "2015-07-03", "election", "turkey_general_election_2007", "2007"),
        ("وأحيا يهود جربة الزيارة السنوية بعد هجوم الغريبة 2023.", "2024-05-20", "attack", "djerba_ghriba_attack_2023", "2023"),
    ],
)
def test_a_catalogued_name_with_its_year_is_dated_by_that_year_and_stays_that_event(
    text, published, kind, ref_id, date
) -> None:
    (event,) = of_type(extract(text, published), kind)
    assert (event["date"], event["date_basis"], event["reference_id"]) == (date, "explicit", ref_id)


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        ("قال المتحدث إن هجمات 11 سبتمبر 2001 غيرت العالم.", "attack", "2001-09-11"),
        (
            'كشف الجيش المصري نتائج البيان رقم 28 للعملية الشاملة "سيناء 2018"، معلنا مقتل 52 مسلحا.',
            "attack",
            "2018-02-09",
        ),
    ],
)
def test_a_day_or_a_code_name_in_the_name_tells_no_coarser_date(text, kind, date) -> None:
    assert [e["date"] for e in of_type(extract(text, "2018-10-08"), kind)] == [date]
