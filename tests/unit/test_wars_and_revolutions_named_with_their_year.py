"""A war or a revolution named with the year it happened («حرب 2006»، «ثورة يناير 2011»، «الثورة
المصرية عام 2011», "the 2006 war", "the January 2011 revolution", "the revolution of 2011", "the Gaza war in October
2023", «حرب غزة في أكتوبر 2023») is a
background event of its own, an attack or a protest; without a year the noun names no one event
("a revolution in telecoms", «حرب على الفساد»), nor does a war of trade or of words with a year
(real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        ("Hezbollah has not fought Israel since the 2006 war with Israel.", "attack", "2006"),
        ("Lebanon was devastated by the 2006 war between Israel and Hezbollah.", "attack", "2006"),
        ("Iraq has suffered since the 2003 war.", "attack", "2003"),
        ("قال المسؤول إن العلاقات بين البلدين متوترة منذ حرب 2006 مع إسرائيل.", "attack", "2006"),
        ("عانى العراق كثيرا منذ حرب 2003.", "attack", "2003"),
        ("Tunisia has been a democracy since the 2011 revolution against Zine El Abidine Ben Ali.", "protest", "2011"),
        ("Egypt has changed a lot since the January 2011 revolution.", "protest", "2011-01"),
        ("عاد الهدوء إلى ليبيا بعد ثورة عام 2011 ضد القذافي.", "protest", "2011"),
        # a word of setting and a month between the name and its year
        ("The economy of Jordan has suffered since the Gaza war in October 2023.", "attack", "2023-10"),
        ("More than 250 people died in an 11-day war in May 2021 in Gaza.", "attack", "2021-05"),
        ("وتضرر اقتصاد الأردن منذ حرب غزة في أكتوبر 2023.", "attack", "2023-10"),
        ("وتوفي أكثر من 250 شخصا في حرب غزة في مايو 2021.", "attack", "2021-05"),
    ],
)
def test_a_war_or_revolution_named_with_its_year_is_an_event(text, kind, date) -> None:
    assert [e["date"] for e in of_type(extract(text, "2024-05-10"), kind)] == [date]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Libya has seen a revolution in telecoms since 2011.", "protest"),
        ("شهدت ليبيا ثورة في قطاع الاتصالات منذ 2011.", "protest"),
        ("Washington escalated the 2018 trade war with China.", "attack"),
        ("صعدت واشنطن حرب 2018 التجارية مع الصين.", "attack"),
        ("The government has waged a war on corruption in Iraq since 2003.", "attack"),
        ("أعلنت الحكومة العراقية حربا على الفساد منذ 2003.", "attack"),
        ("The trade war in May 2019 hurt exports from China.", "attack"),
        ("أضرت الحرب التجارية في مايو 2019 بصادرات الصين.", "attack"),
    ],
)
def test_without_its_year_or_as_a_war_of_trade_it_is_none(text, kind) -> None:
    assert of_type(extract(text, "2024-05-10"), kind) == []


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        # the other side between the name and its year, or the year right after a word of setting
        ("Azerbaijan reclaimed large parts of Karabakh in a six-week war with Armenia in 2020.", "attack", "2020"),
        ("His decade in office brought a disastrous five-day war with Russia in August 2008.", "attack", "2008-08"),
        ("Both armies were exhausted by a war against Iraq in 1980.", "attack", "1980"),
        ("وخسرت جورجيا أراضي في الحرب مع روسيا عام 2008.", "attack", "2008"),
        ("وخسرت جورجيا أراضي في الحرب مع روسيا في أغسطس 2008.", "attack", "2008-08"),
    ],
)
def test_a_war_named_with_its_other_side_and_year_is_an_event(text, kind, date) -> None:
    assert [e["date"] for e in of_type(extract(text, "2024-05-10"), kind)] == [date]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The trade war with China in 2019 hurt exports from Iowa.", "attack"),
        ("أضرت الحرب التجارية مع الصين في 2019 بالصادرات.", "attack"),
        ("The government declared a war on corruption in 2019.", "attack"),
        ("Analysts feared a war with Iran in the Gulf.", "attack"),
        ("Turkey's economic war with the West in 2018 sent the lira tumbling.", "attack"),
    ],
)
def test_a_war_of_trade_or_with_no_year_stays_none(text, kind) -> None:
    assert of_type(extract(text, "2024-05-10"), kind) == []
