"""Settings joined by 'and', the ends of a route, votes cast ahead of the election day: sentence
shapes."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        (
            "Lebanese voters cast ballots on Sunday in the first municipal election since the currency crash "
            "and the Beirut port blast.",
            "2023-05-14",
            "election",
            "2023-05-14",
        ),
        (
            "Kuwaitis went to the polls on Thursday in the first vote since the economic downturn of 1989 "
            "and the invasion of Kuwait.",
            "1992-10-08",
            "election",
            "1992-10-08",
        ),
        (
            "Lebanese voters cast ballots on Sunday in the first election since the 2019 protests "
            "or the assassination of Rafic Hariri.",
            "2022-05-15",
            "election",
            "2022-05-15",
        ),
    ],
)
def test_a_catalogued_name_joined_to_a_setting_leaves_the_sentence_its_own_event(text, published, kind, day):
    found = extract(text, published)
    assert [e["date"] for e in of_type(found, kind)] == [day]
    # the catalogued event stays beside it, on its own day (the Beirut port blast, an accident, is none)
    assert [e["date"][:4] for e in of_type(found, "attack")] in ([], ["1990"], ["2005"])


@pytest.mark.parametrize(
    ("text", "published", "city"),
    [
        (
            "AMMAN (Reuters) - Iraq and Jordan signed an agreement on Monday to build a railway from Basra "
            "to the Jordanian port of Aqaba, officials said.",
            "2024-03-04",
            "Amman",
        ),
        (
            "Egypt and Saudi Arabia signed an agreement in Cairo on Monday to build a power line linking Tabuk "
            "to the Egyptian city of Aswan.",
            "2024-03-04",
            "Cairo",
        ),
        (
            "BAGHDAD (AFP) - Iraq and Turkey reached a deal on Tuesday on an oil pipeline between Kirkuk and Ceyhan.",
            "2024-03-05",
            "Baghdad",
        ),
    ],
)
def test_the_ends_of_a_route_are_not_where_a_deal_was_signed(text, published, city):
    (deal,) = of_type(extract(text, published), "agreement")
    assert deal["location"]["name"] == city


def test_a_clash_on_a_road_stays_on_that_road():
    found = extract("Gunmen attacked a Syrian army convoy on the road from Homs to Palmyra on Monday.", "2024-03-05")
    (attack,) = of_type(found, "attack")
    assert attack["location"]["name"] in ("Homs", "Palmyra")


@pytest.mark.parametrize(
    ("text", "published", "days"),
    [
        (
            "Iraqi voters went to the polls on Sunday in a parliamentary election. "
            "Iraqis living abroad voted on November 3.",
            "2025-11-09",
            ["2025-11-09"],
        ),
        (
            "Algerians voted on Saturday in a presidential election. Algerian expatriates began voting on September 2.",
            "2024-09-07",
            ["2024-09-07"],
        ),
        (
            "توجه الناخبون العراقيون يوم الأحد إلى صناديق الاقتراع في الانتخابات البرلمانية. "
            "وصوت العراقيون المقيمون في الخارج يوم 3 نوفمبر.",
            "2025-11-09",
            ["2025-11-09"],
        ),
        # an election of another year is another election, abroad or not
        (
            "Iraqi voters went to the polls on Sunday in a parliamentary election. "
            "Iraqis living abroad voted in large numbers in the election of May 2018.",
            "2025-11-09",
            ["2025-11-09", "2018-05"],
        ),
    ],
)
def test_a_vote_cast_abroad_before_the_election_day_is_part_of_that_election(text, published, days):
    elections = of_type(extract(text, published), "election")
    assert sorted(e["date"] for e in elections) == sorted(days)


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "Lebanese voters cast ballots on Sunday in the first municipal election since the currency crash "
            "and the Beirut port blast.",
            "election",
            "Lebanon",
        ),
        (
            "Kuwaiti protesters rallied on Friday against the government, a year after the invasion of Kuwait and the Gulf War.",
            "protest",
            "Kuwait",
        ),
    ],
)
def test_a_place_inside_a_catalogued_name_is_not_the_place_of_another_event(text, kind, place):
    (event,) = of_type(extract(text, "2023-05-14"), kind)
    assert event["location"]["name"] == place


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            "Sudan's war: key dates.\n\n- March 2, 2024: The army retakes the state broadcaster's headquarters in Omdurman.",
            "attack",
            "2024-03-02",
        ),
        ("Yemeni government forces retook the port city of Mocha from the Houthis on Tuesday.", "attack", "2025-04-08"),
        ("Libyan forces regained control of the town of Sirte on Monday after weeks of fighting.", "attack", "2025-04-07"),
        (
            "Algeria's key dates.\n\n- April 2, 2019: The army removes veteran president Abdelaziz Bouteflika after weeks of protests.",
            "appointment",
            "2019-04-02",
        ),
    ],
)
def test_retaking_a_place_is_an_attack_and_removing_a_ruler_an_appointment(text, kind, day):
    assert day in [e["date"] for e in of_type(extract(text, "2025-04-10"), kind)]


@pytest.mark.parametrize(
    ("text", "published", "elections"),
    [
        # the catalog's one election of the country in the weeks before
        (
            "Turkey, which recently held presidential elections, signed an agreement with Azerbaijan on Saturday.",
            "2023-05-27",
            [("2023-05-14", ["TUR"])],
        ),
        (
            "Jordan, which recently held parliamentary elections, signed a trade deal with Egypt in Cairo on Monday.",
            "2024-10-01",
            [("2024-09-10", ["JOR"])],
        ),
        # none: the main clause's day is not the election's
        (
            "Morocco, which recently held local elections, signed a fishing agreement with Spain on Saturday.",
            "2024-10-01",
            [],
        ),
    ],
)
def test_an_election_in_an_aside_told_as_recent_is_not_dated_by_the_main_clause(text, published, elections):
    found = of_type(extract(text, published), "election")
    assert [(e["date"], e["countries"]) for e in found] == elections


_TIMELINE = (
    "Timeline: Libya's years of division\n"
    "TRIPOLI, May 2 (Reuters) - Libya's rival governments met in Tunis on Friday. Here are key events:\n\n"
    "Feb. 17, 2011 - Protests against Muammar Gaddafi break out in Benghazi.\n\n"
    "April 4, 2019 - Khalifa Haftar's forces launch an offensive on Tripoli. Fighting spreads to the southern suburbs.\n\n"
    "June 4, 2020 - Government forces retake Tripoli airport. A truce takes effect on Aug. 21.\n"
)


@pytest.mark.parametrize(
    ("kind", "day"),
    [
        ("ceasefire", "2020-08-21"),  # a later sentence of an entry with no mark of a list
        ("attack", "2020-06-04"),
    ],
)
def test_every_sentence_of_a_timeline_entry_without_a_list_mark_is_the_story_country(kind, day):
    found = of_type(extract(_TIMELINE, "2025-05-02"), kind)
    assert day in [e["date"] for e in found]
    assert all("LBY" in e["countries"] for e in found if e["date"] == day)


def test_a_line_opening_on_a_date_outside_a_timeline_is_no_entry():
    text = "Libya's rival governments met in Tunis on Friday.\n\nAug. 21, 2020 - A truce takes effect.\n"
    assert of_type(extract(text, "2025-05-02"), "ceasefire") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Iran retaliated with missiles on U.S. bases in Iraq on Wednesday.", "2025-09-24"),
        ("The Houthis retaliated on Monday with drones on an Israeli port.", "2025-09-22"),
    ],
)
def test_retaliating_with_missiles_is_an_attack(text, day):
    assert [e["date"] for e in of_type(extract(text, "2025-09-28"), "attack")] == [day]


def test_a_recall_of_ambassadors_is_a_deed_apart_from_the_sanctions_of_its_day():
    text = (
        "United Nations sanctions on Iran were reimposed on Sunday after talks collapsed. "
        "Iran recalled its ambassadors to Britain, France and Germany for consultations, state media reported."
    )
    sanctions = of_type(extract(text, "2025-09-28"), "sanctions")
    assert sorted(e["trigger"] for e in sanctions) == ["recalled", "sanctions"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "On Sunday, Egypt's president received a phone call from the Qatari emir, during which they discussed "
            "the deal the two countries reached in Cairo on 2 Ramadan.",
            "2023-03-24",
        ),
        (
            "Jordan's king met the Iraqi prime minister on Monday, and they reviewed the accord their governments "
            "struck in Baghdad on January 5.",
            "2023-01-05",
        ),
    ],
)
def test_a_deal_named_before_the_verb_that_concluded_it_is_told_on_its_own_day(text, day):
    deals = of_type(extract(text, "2023-04-04"), "agreement")
    assert [d["date"] for d in deals] == [day]


@pytest.mark.parametrize(
    ("text", "kind", "year"),
    [
        ("The Rafah crossing has stayed shut since 2007, after an attack on an Egyptian border post in Sinai.", "attack", "2007"),
        ("Qatar's embassy in Tripoli has been closed since 2014 following clashes between militias in Libya.", "attack", "2014"),
        ("والحدود البرية بين المغرب والجزائر مغلقة منذ عام 1994 بعد هجوم على فندق في مراكش.", "attack", "1994"),
    ],
)
def test_the_cause_of_a_state_lasting_since_a_year_came_in_that_year(text, kind, year):
    assert [e["date"] for e in of_type(extract(text, "2024-08-26"), kind)] == [year]


@pytest.mark.parametrize(
    "text",
    [
        "Egypt's Foreign Minister Sameh Shoukry arrived in Ankara on Thursday, on the first visit by an Egyptian "
        "foreign minister to Turkey in a decade. Shoukry met his Turkish counterpart Mevlut Cavusoglu, the ministry said.",
        "Iran's Foreign Minister Hossein Amir-Abdollahian arrived in Doha on Thursday, on the first visit by an Iranian "
        "foreign minister to Qatar in two years. Amir-Abdollahian met the Qatari emir, the foreign ministry said.",
    ],
)
def test_a_meeting_of_a_person_named_in_the_visit_s_sentence_is_the_visit_s_own(text):
    found = extract(text, "2023-04-14")
    assert [e["event_type"] for e in found] == ["visit"]
