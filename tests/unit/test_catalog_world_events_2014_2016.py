"""Well-known events beyond the region, 2014-2016, named without a date, are dated from the
reference catalog in English and Arabic: the killing of Boris Nemtsov, the Odessa fire, the
battles of Ilovaisk and Debaltseve, the attacks of Mpeketoni, Ouagadougou, Grand-Bassam, Bamako,
Dhaka, Orlando and San Bernardino, the Kunduz hospital air strike, the coups of Burundi and
Burkina Faso, and the elections of Nigeria, Ukraine, Greece and Sri Lanka.
A name that gives the year itself ("the 2014 Ukrainian presidential election") is dated by
that year, the precision the text supports."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

from events.resources import load_resources


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date", "country"),
    [
        ("The killing of Boris Nemtsov shocked the opposition.", "2016-05-01", "attack", "2015-02-27", "RUS"),
        ("وصدم اغتيال بوريس نيمتسوف المعارضة الروسية.", "2016-05-01", "attack", "2015-02-27", "RUS"),
        ("Kyiv has not forgotten the Trade Unions House fire.", "2016-05-01", "attack", "2014-05-02", "UKR"),
        ("Ukraine lost hundreds of soldiers in the battle of Debaltseve.", "2016-05-01", "attack", "2015-02-18", "UKR"),
        ("وخسرت أوكرانيا مئات الجنود في معركة ديبالتسيفي.", "2016-05-01", "attack", "2015-02-18", "UKR"),
        ("Ukraine lost hundreds of soldiers in the battle of Ilovaisk.", "2016-05-01", "attack", "2014-08", "UKR"),
        ("Security was tightened on the coast after the Mpeketoni attack.", "2016-05-01", "attack", "2014-06-15", "KEN"),
        ("Hotels hired guards after the attack on the Splendid Hotel.", "2016-05-01", "attack", "2016-01-15", "BFA"),
        ("وشددت الفنادق الحراسة بعد الهجوم على فندق سبلنديد.", "2016-05-01", "attack", "2016-01-15", "BFA"),
        ("Tourism collapsed after the Grand-Bassam attack.", "2016-05-01", "attack", "2016-03-13", "CIV"),
        ("The Radisson Blu hotel attack was claimed by al-Mourabitoun.", "2016-05-01", "attack", "2015-11-20", "MLI"),
        ("Foreigners left the country after the Holey Artisan Bakery attack.", "2016-09-01", "attack", "2016-07-01", "BGD"),
        ("The Orlando nightclub shooting revived the gun debate.", "2016-09-01", "attack", "2016-06-12", "USA"),
        ("The San Bernardino terror attack revived the gun debate.", "2016-05-01", "attack", "2015-12-02", "USA"),
        ("MSF demanded an inquiry into the Kunduz hospital airstrike.", "2016-05-01", "attack", "2015-10-03", "AFG"),
        ("وطالبت المنظمة بتحقيق في قصف مستشفى قندوز.", "2016-05-01", "attack", "2015-10-03", "AFG"),
        ("Dozens of officers were tried after the failed coup in Burundi.", "2016-05-01", "attack", "2015-05-13", "BDI"),
        ("The general was jailed over Diendere's coup.", "2016-05-01", "appointment", "2015-09-16", "BFA"),
        ("Buhari has fought Boko Haram since Nigeria's 2015 presidential election.", "2016-05-01", "election", "2015-03-28", "NGA"),
        ("Syriza has governed since Greece's January 2015 election.", "2016-05-01", "election", "2015-01-25", "GRC"),
    ],
)
def test_a_world_event_named_without_a_date_is_dated_from_the_catalog(text, published, event_type, date, country):
    found = [e for e in extract(text, published) if e["event_type"] == event_type]
    assert [(e["date"], e["date_basis"]) for e in found] == [(date, "reference")], found
    assert country in found[0]["countries"]


def test_an_event_named_before_it_happened_is_not_the_catalogued_one():
    # an article of 2013 knows no battle of Debaltseve of 2015
    found = extract("Ukraine lost hundreds of soldiers in the battle of Debaltseve.", "2013-03-01")
    assert all(e["date"] != "2015-02-18" for e in found), found


@pytest.mark.parametrize(
    "entry_id",
    ["nemtsov_killing_2015", "odessa_clashes_2014", "bamako_hotel_attack_2015", "burkina_coup_2015", "nigeria_presidential_election_2015"],
)
def test_a_world_entry_has_both_names_and_a_source(entry_id):
    entry = next(e for e in load_resources().catalog.entries() if e.id == entry_id)
    assert entry.name_ar and entry.name_en and entry.aliases_ar and entry.aliases_en
    assert entry.source.startswith("Wikipedia: ")


def test_a_name_with_its_year_is_dated_by_that_year():
    found = [e for e in extract("Poroshenko won the 2014 Ukrainian presidential election in one round.", "2016-05-01") if e["event_type"] == "election"]
    assert [(e["date"], e["date_basis"]) for e in found] == [("2014", "explicit")], found


def test_a_later_shooting_in_the_same_town_is_not_the_catalogued_one():
    found = extract("Police said the Orlando shooting on Sunday left three people dead.", "2023-05-02")
    assert all(e["date"] != "2016-06-12" for e in found), found
