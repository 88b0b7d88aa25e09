"""English: events told in passing, with a date of their own, in an article whose main
news is another event of the same type. A country named only in a time reference of another
country's history ("since independence from France", "a former colony of Britain", "منذ
استقلالها عن فرنسا") is no party of the sentence's event; a leader who "came to power in a vote"
or "won office" tells an election; an event word told as one more of a series the article tells
("a previous truce", "an earlier round of talks") with no country in its sentence is between the
countries of the last event of its type told before."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _dated(found: list[dict], event_type: str, date: str) -> list[dict]:
    return [e for e in of_type(found, event_type) if e["date"] == date]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date", "country", "not_country"),
    [
        (
            "Senegal's President Macky Sall conceded defeat in Senegal's election on Monday. Sall first won office in 2012 in what was "
            "the country's second peaceful handover of power since independence from France in 1960.",
            "2024-03-26",
            "election",
            "2012",
            "SEN",
            "FRA",
        ),
        (
            "Djibouti held a presidential election on Friday. The vote was the fifth since the country's "
            "independence from France in 1977, and President Ismail Omar Guelleh was elected in 1999.",
            "2021-04-10",
            "election",
            "1999",
            "DJI",
            "FRA",
        ),
        (
            "أعلنت اللجنة الانتخابية في النيجر فوز محمد بازوم يوم الثلاثاء. وكان سلفه محمدو إيسوفو قد فاز "
            "بالانتخابات الرئاسية في 2011 في أول انتقال ديمقراطي للسلطة منذ استقلال البلاد عن فرنسا.",
            "2021-02-24",
            "election",
            "2011",
            "NER",
            "FRA",
        ),
    ],
)
def test_a_former_ruler_is_no_party(text, published, event_type, date, country, not_country):
    found = _dated(extract(text, published), event_type, date)
    assert found, extract(text, published)
    assert all(country in e["countries"] and not_country not in e["countries"] for e in found), found


@pytest.mark.parametrize(
    ("text", "published", "event_type", "country"),
    [
        # the country the independence is sought from is a party of a referendum on it
        (
            "Voters in Iraq's Kurdistan Region backed a referendum on independence from Iraq on Monday.",
            "2017-09-27",
            "election",
            "IRQ",
        ),
        # a declaration of independence names its other side
        (
            "Kosovo's parliament met on Sunday after Kosovo declared independence from Serbia, and Serbian "
            "officials met Russian envoys in Belgrade.",
            "2008-02-18",
            "meeting",
            "SRB",
        ),
    ],
)
def test_a_country_of_the_deed_itself_stays(text, published, event_type, country):
    found = of_type(extract(text, published), event_type)
    assert any(country in e["countries"] for e in found), found


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "Tunisia's President Kais Saied was re-elected with 90 percent of the vote, the electoral board said on "
            "Monday. Saied, 66, first came to power in October 2019 in a vote held after the death of his "
            "predecessor.",
            "2024-10-08",
            "2019-10",
        ),
        (
            "Mauritanian voters went to the polls on Saturday. Mauritania's incumbent president, a former general, "
            "first won office in 2019. He is running for a second term.",
            "2024-06-30",
            "2019",
        ),
    ],
)
def test_came_to_power_in_a_vote_is_an_election(text, published, date):
    assert _dated(extract(text, published), "election", date), extract(text, published)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # power taken by force is no election
        (
            "Sudan's army chief met protest leaders on Monday. The general came to power in a 2019 coup after "
            "months of street protests, not through a vote.",
            "2021-10-26",
        ),
        # office won in a contest the sentence does not tell as over
        (
            "Libya's election commission met on Tuesday. The candidates who hope to win office in December "
            "have until Friday to register.",
            "2021-11-09",
        ),
    ],
)
def test_power_taken_otherwise_is_no_election(text, published):
    found = [e for e in of_type(extract(text, published), "election") if e["date"] in ("2019", "2021-12")]
    assert not found, found


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date", "countries"),
    [
        (
            "Israel and Hamas agreed a ceasefire in the Gaza Strip, Egypt announced on Wednesday. The war began "
            "in October 2023. A previous week-long truce in November 2023 saw dozens of hostages released.",
            "2025-01-16",
            "ceasefire",
            "2023-11",
            {"ISR", "PSE"},
        ),
        (
            "US forces in Syria came under drone attack by Iran-backed militias on Monday, the Pentagon said. "
            "A previous drone attack in March 2023 killed a contractor.",
            "2023-10-24",
            "attack",
            "2023-03",
            {"USA", "SYR"},
        ),
    ],
)
def test_one_of_a_series_takes_the_countries_told_before(text, published, event_type, date, countries):
    found = _dated(extract(text, published), event_type, date)
    assert found and all(countries <= set(e["countries"]) for e in found), extract(text, published)


def test_a_sentence_adverb_makes_no_series():
    # "Earlier," opens the sentence: the truce word is not one more of a series of truces
    text = (
        "Israel and Hamas agreed a ceasefire in the Gaza Strip on Wednesday. Earlier, a truce in Sudan "
        "collapsed in November 2023."
    )
    found = [e for e in of_type(extract(text, "2025-01-16"), "ceasefire") if e["date"] == "2023-11"]
    assert all("ISR" not in e["countries"] for e in found), found


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # a span of months that ran up to the clause's time: that time's year
        (
            "Sudan's army seized power on Monday. Omar al-Bashir was toppled by the army in April 2019 after "
            "months of mass protests.",
            "2021-10-25",
            "protest",
            "2019",
        ),
        # a span of days or weeks: that time's month
        (
            "Jordan's cabinet met on Sunday. The government resigned in June 2018 after days of protests against "
            "a tax bill.",
            "2018-09-02",
            "protest",
            "2018-06",
        ),
    ],
)
def test_a_lead_up_span_dates_by_the_clause_s_time(text, published, event_type, date):
    assert _dated(extract(text, published), event_type, date), extract(text, published)


def test_a_span_of_years_stays_undated_by_the_clause():
    text = (
        "Sudan's army seized power on Monday. The army toppled the president in April 2019 after years of "
        "protests against his rule."
    )
    found = [e for e in of_type(extract(text, "2021-10-25"), "protest") if e["date"] in ("2019", "2019-04")]
    assert not found, found


@pytest.mark.parametrize(
    ("text", "event_type", "date", "home", "not_country"),
    [
        (
            "The US-led coalition struck Islamic State positions in Syria on Monday. In Iraq, a coalition of "
            "Shiite parties won the most seats in the October 2021 election.",
            "election",
            "2021-10",
            "IRQ",
            "USA",
        ),
        (
            "The Saudi-led coalition struck Houthi positions in Yemen on Monday. In Kuwait, a coalition of tribes "
            "staged a protest in March 2023.",
            "protest",
            "2023-03",
            "KWT",
            "SAU",
        ),
    ],
)
def test_an_indefinite_coalition_is_not_the_one_named(text, event_type, date, home, not_country):
    found = _dated(extract(text, "2024-10-31"), event_type, date)
    assert found and all(home in e["countries"] and not_country not in e["countries"] for e in found), found


def test_the_coalition_still_points_back():
    text = (
        "The US-led coalition struck Islamic State positions in Syria on Monday. The coalition also struck "
        "militants near Mosul in Iraq on Tuesday."
    )
    found = _dated(extract(text, "2024-10-31"), "attack", "2024-10-29")
    assert found and all("USA" in e["countries"] for e in found), extract(text, "2024-10-31")


@pytest.mark.parametrize(
    ("text", "published", "protests"),
    [
        # a word of protest before "movement" names a movement, as before "leaders": no protest told
        (
            "Sudan's intelligence chief oversaw a crackdown on the protest movement in which dozens of people "
            "were killed.",
            "2019-06-14",
            [],
        ),
        (
            "Nepal's president met representatives of the Gen Z protest movement in Kathmandu on Thursday.",
            "2025-09-13",
            [],
        ),
        # the protest told by a word of its own still is one
        ("Thousands of protesters marched in Khartoum on Thursday as the protest movement grew.", "2019-06-14", ["2019-06-13"]),
        ("تظاهر آلاف السودانيين في الخرطوم يوم الخميس مع اتساع حركة الاحتجاج.", "2019-06-14", ["2019-06-13"]),
    ],
)
def test_a_protest_movement_is_a_group_not_a_protest(text, published, protests):
    assert [e["date"] for e in of_type(extract(text, published), "protest")] == protests
