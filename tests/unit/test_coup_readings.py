"""A military coup is two events of one deed: the armed seizure of the state (attack, CAMEO 190)
and the change of its ruler (appointment), told by the same words (data/triggers.json `also`).
A ruler ousted by crowds, a vote or a court, a coup only plotted, and a return to power are no
armed seizure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_extraction_support import extract, of_type

from events.triggers import load_triggers


@pytest.mark.parametrize(
    ("published", "text", "country", "date"),
    [
        ("2021-02-02", "Myanmar's military seized power on Monday in a coup against Aung San Suu Kyi's government.", "MMR", "2021-02-01"),
        ("2013-07-10", "Egypt's military staged a coup in July 2013.", "EGY", "2013-07"),
        ("2020-01-01", "Sudan's Bashir, who seized power in a 1989 coup, was toppled by the armed forces in April 2019.", "SDN", "1989"),
        ("2008-08-07", "وأطاح ضباط في الجيش الموريتاني صباح أمس الأربعاء بالرئيس سيدي ولد الشيخ عبد الله.", "MRT", "2008-08-06"),
        ("2014-11-01", "ووصل كومباوري إلى السلطة في بوركينا فاسو في انقلاب عام 1987.", "BFA", "1987"),
        ("2013-07-10", "وقاد الجيش المصري انقلابا في يوليو 2013.", "EGY", "2013-07"),
    ],
)
def test_a_coup_is_an_armed_seizure_and_a_change_of_office(published: str, text: str, country: str, date: str) -> None:
    found = extract(text, published)
    attacks = [ev for ev in of_type(found, "attack") if ev["date"] == date]
    offices = [ev for ev in of_type(found, "appointment") if ev["date"].startswith(date)]
    assert attacks and offices, found
    assert all(country in ev["countries"] for ev in attacks + offices), found


@pytest.mark.parametrize(
    ("published", "text", "year"),
    [
        ("2007-12-28", "Musharraf, who seized power in a 1999 military coup, resigned as army chief last month.", "1999"),
        ("2022-03-01", "Mali has been run by the military since the August 2020 coup.", "2020"),
    ],
)
def test_the_seizure_takes_the_time_of_the_office_taken(published: str, text: str, year: str) -> None:
    found = extract(text, published)
    offices = [ev["date"] for ev in of_type(found, "appointment") if ev["date"].startswith(year)]
    attacks = [ev["date"] for ev in of_type(found, "attack")]
    assert offices and len(offices[0]) == 10 and attacks and all(d.startswith(year) for d in attacks), found
    if "since" in text:  # the catalogued name holds the coup's own word: its day
        assert attacks == offices, found


def test_a_coup_leaves_another_attack_of_its_sentence() -> None:
    text = (
        "Rwanda's Habyarimana, who seized power in a 1973 coup, signed a peace accord in Arusha in August 1993 "
        "to end the civil war that began when the rebels invaded from Uganda in October 1990."
    )
    dates = {ev["date"] for ev in of_type(extract(text, "1994-04-07"), "attack")}
    assert {"1973", "1990-10"} <= dates, dates


@pytest.mark.parametrize(
    ("published", "text"),
    [
        ("2011-01-20", "أطاحت الاحتجاجات الشعبية بالرئيس التونسي زين العابدين بن علي في يناير 2011."),
        ("2005-03-30", "Protesters toppled the government of Kyrgyzstan in March 2005."),
        ("2020-01-01", "The opposition accused the Malian president of plotting a coup in 2019."),
        ("2013-06-10", "Sharif returned to power in Pakistan in May 2013."),
        ("2020-11-12", "Peru's Congress voted to oust President Martin Vizcarra in November 2020."),
    ],
)
def test_an_ouster_without_arms_is_no_attack(published: str, text: str) -> None:
    assert of_type(extract(text, published), "attack") == []


def test_an_unknown_second_reading_is_refused(tmp_path: Path) -> None:
    lexicon = tmp_path / "triggers.json"
    lexicon.write_text(json.dumps({"types": {"appointment": [{"en": ["coup"], "also": ["uprising"]}]}}), encoding="utf-8")
    with pytest.raises(ValueError, match="uprising"):
        load_triggers(lexicon)
