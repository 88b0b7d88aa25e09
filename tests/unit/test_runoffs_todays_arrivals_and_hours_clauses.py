"""Five readings of one step:

- «في الدور الثاني من الانتخابات»: الدور before an ordinal is a round of the vote, not a role
  that presupposes an election of the past; the runoff is the news, dated by the clause of its
  holding, even past a comma («الانتخابات الرئاسية السابقة لأوانها، الذي جرى أمس الأحد»).
- «ووصل الرئيس الإيراني اليوم إلى ...»: اليوم before إلى (folded الي, like a nisba) is today.
- A ship or a truck carrying aid that is stormed, seized or struck is a target, no aid given.
- "Anglo-Dutch oil group Shell signed a deal": a capital inside the sentence writes a name.
- "resigned on Sunday hours before the rebels signed a deal": the deed of the clause the phrase
  opens took place on the sentence's day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "أعلنت الهيئة العليا المستقلة للانتخابات، اليوم الاثنين، فوز أستاذ القانون الدستوري قيس سعيّد في الدور الثاني"
            " من الانتخابات الرئاسية السابقة لأوانها، الذي جرى أمس الأحد، بحصوله على 72.71 بالمائة من الأصوات.",
            "2019-10-13",
        ),
        ("فاز قيس سعيّد في الدور الثاني من الانتخابات الرئاسية، الذي جرى أمس الأحد.", "2019-10-13"),
        ("Tunisian voters returned to the polls on Sunday in the second round of the presidential election.", "2019-10-13"),
    ],
)
def test_a_round_of_the_vote_is_the_election_of_its_day(text, day):
    assert day in {e["date"] for e in of_type(extract(text, "2019-10-14"), "election")}


@pytest.mark.parametrize(
    "text",
    [
        "وتحدث الوزير أمس الأحد عن دور روسيا في الانتخابات الأمريكية.",
        "Officials on Sunday discussed Russia's role in the election.",
    ],
)
def test_a_role_in_an_election_names_none_of_the_day(text):
    assert [e for e in of_type(extract(text, "2019-10-14"), "election") if e["date"] == "2019-10-13"] == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("ووصل الرئيس الإيراني اليوم إلى مدينة يكاترينبورغ الروسية في زيارة رسمية.", "2009-06-16"),
        ("ووصل الرئيس الإيراني اليوم الى موسكو في زيارة رسمية.", "2009-06-16"),
        ("ووصل الرئيس الإيراني أمس إلى موسكو في زيارة رسمية.", "2009-06-15"),
    ],
)
def test_today_before_ila_is_the_day_of_the_news(text, day):
    rally = "احتشد عشرات الآلاف من أنصار الرئيس أول أمس الأحد في تجمع حاشد بساحة ولي عصر في طهران. "
    visits = of_type(extract(rally + text, "2009-06-16"), "visit")
    assert [e["date"] for e in visits] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli naval commandos stormed a flotilla of ships carrying aid to the Gaza Strip on Monday, killing nine activists.",
        "Syrian warplanes struck trucks carrying aid near the Turkish border on Monday.",
        "اقتحمت القوات الإسرائيلية أمس سفنا تحمل مساعدات إلى غزة.",
    ],
)
def test_aid_carriers_attacked_are_targets(text):
    found = extract(text, "2010-05-31")
    assert of_type(found, "aid") == []
    assert len(of_type(found, "attack")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Three ships carrying aid reached the Gaza Strip on Monday.",
        "وصلت أمس قافلة تحمل مساعدات إلى غزة.",
    ],
)
def test_aid_carriers_that_arrive_stay_aid(text):
    assert len(of_type(extract(text, "2010-05-31"), "aid")) == 1


def test_a_company_named_shell_is_no_shelling():
    found = extract("Anglo-Dutch oil group Shell signed a deal on Thursday to explore for gas off the Libyan coast.", "2004-03-25")
    assert of_type(found, "attack") == []
    assert [e["date"] for e in of_type(found, "agreement")] == ["2004-03-25"]


@pytest.mark.parametrize(
    "text",
    [
        "Government forces shelled Homs on Thursday.",
        "Shells fell on Homs on Thursday as the army pressed its assault.",
    ],
)
def test_shelling_stays_an_attack(text):
    assert len(of_type(extract(text, "2012-02-10"), "attack")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Houthi rebels seized government buildings in the Yemeni capital on Sunday, and Prime Minister Mohammed Basindawa"
        " resigned hours before the rebels and the main political parties signed a U.N.-brokered deal to form a new government.",
        "Houthi rebels seized government buildings in the Yemeni capital on Sunday, and Prime Minister Mohammed Basindawa"
        " resigned shortly after the rebels and the main political parties signed a U.N.-brokered deal.",
    ],
)
def test_a_deed_hours_from_a_dated_one_takes_its_day(text):
    assert [e["date"] for e in of_type(extract(text, "2014-09-25"), "agreement")] == ["2014-09-21"]


def test_a_clause_with_a_time_of_its_own_keeps_it():
    text = "Yemen's prime minister resigned on Sunday, hours before the Houthi rebels signed a deal on Monday."
    assert [e["date"] for e in of_type(extract(text, "2014-09-25"), "agreement")] == ["2014-09-22"]


@pytest.mark.parametrize(
    "text",
    [
        "أطلق «حزب الله» أمس نحو 250 صاروخا على شمال إسرائيل، بينما شنت الطائرات الإسرائيلية غارات عنيفة على الضاحية الجنوبية في لبنان.",
        "Hezbollah fired some 250 rockets at northern Israel on Sunday, while Israeli warplanes struck Beirut's southern suburbs in Lebanon.",
    ],
)
def test_a_deed_told_while_another_takes_its_day(text):
    assert [e["date"] for e in of_type(extract(text, "2006-08-14"), "attack")] == ["2006-08-13", "2006-08-13"]


def test_a_deed_told_while_another_keeps_a_time_of_its_own():
    text = "أطلق «حزب الله» أمس نحو 250 صاروخا على شمال إسرائيل، بينما شنت الطائرات الإسرائيلية اليوم غارات عنيفة على الضاحية الجنوبية في لبنان."
    assert sorted(e["date"] for e in of_type(extract(text, "2006-08-14"), "attack")) == ["2006-08-13", "2006-08-14"]
