"""Crowds converging on a square or pouring into the streets, an office whose term ended,
a suspension of flights, a border kept closed, a taking of office told in a relative clause, and
an event told after ", where": sentence shapes."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a crowd converging on a square, rallying in a city or pouring into the streets protests
        ("Crowds converged on Tahrir Square in Baghdad on Sunday, waving Iraqi flags.", "2021-01-05", "2021-01-03"),
        ("Thousands of Palestinians rallied in Ramallah on Friday.", "2021-05-23", "2021-05-21"),
        ("Crowds in Damascus and Homs poured into the streets on Tuesday night to celebrate the decision.", "2025-05-15", "2025-05-13"),
        ("Thousands of Palestinians streamed into the streets of Gaza on Friday, waving flags.", "2021-05-23", "2021-05-21"),
        ("Hundreds of students filled the streets of Algiers on Tuesday.", "2019-03-14", "2019-03-12"),
    ],
)
def test_a_crowd_moving_into_the_streets_protests(text, published, day):
    assert [e["date"] for e in of_type(extract(text, published), "protest")] == [day]


@pytest.mark.parametrize(
    "text",
    [
        # armed men converging on a town, water pouring into the streets, markets rallying
        "Thousands of troops converged on Mosul on Friday.",
        "Flood water poured into the streets of Khartoum on Friday.",
        "Shares rallied in Riyadh on Friday after the oil deal.",
    ],
)
def test_no_protest_without_a_crowd_of_people(text):
    assert of_type(extract(text, "2021-05-23"), "protest") == []


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # an office held for a term: its end is a change of office holder
        ("The presidency of Lebanon has been vacant since Michel Aoun's six-year term ended on October 31 last year.", "2023-06-14", "2022-10-31"),
        ("Lebanese President Michel Aoun's mandate expired on October 31, 2022.", "2023-06-14", "2022-10-31"),
    ],
)
def test_a_term_that_ended_is_an_appointment(text, published, date):
    assert [e["date"] for e in of_type(extract(text, published), "appointment")] == [date]


def test_a_term_still_to_end_is_no_event():
    assert of_type(extract("Lebanese President Michel Aoun's term ends on October 31.", "2022-06-14"), "appointment") == []


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # an office taken told in a relative clause, in a story about one country
        (
            "Iraq votes on Sunday. Prime Minister Mustafa al-Kadhemi, who took office in May 2020, is not himself a candidate.",
            "2021-10-09",
            "2020-05",
        ),
    ],
)
def test_an_office_taken_in_a_relative_clause_is_an_appointment(text, published, date):
    assert [e["date"] for e in of_type(extract(text, published), "appointment")] == [date]


def test_an_office_still_to_be_taken_is_no_event():
    assert of_type(extract("Iraq's new president will take office in January.", "2021-10-09"), "appointment") == []


@pytest.mark.parametrize(
    ("text", "published", "date", "countries"),
    [
        # a suspension of flights announced against another state
        ("Saudi Arabia announced a suspension of flights to Lebanon on Friday.", "2021-10-31", "2021-10-29", {"SAU", "LBN"}),
        # a border kept closed since a year
        ("The land border between Algeria and Morocco has been closed since 1994.", "2021-08-24", "1994", {"DZA", "MAR"}),
    ],
)
def test_a_halt_to_flights_and_a_closed_border_are_sanctions(text, published, date, countries):
    found = of_type(extract(text, published), "sanctions")
    assert [e["date"] for e in found] == [date]
    assert countries <= set(found[0]["countries"])


def test_a_suspension_of_flights_called_for_is_no_event():
    assert of_type(extract("Kuwait called for a suspension of all flights to and from Lebanon.", "2021-10-31"), "sanctions") == []


@pytest.mark.parametrize(
    ("text", "published", "types"),
    [
        # the event of the main clause, and the one told at its place after ", where"
        (
            "Early Wednesday, Hamas announced that its leader Ismail Haniyeh had been killed in Tehran, "
            "where he had attended the inauguration of Iranian President Masoud Pezeshkian on Tuesday.",
            "2024-07-31",
            {"attack": "2024-07-31", "appointment": "2024-07-30"},
        ),
        (
            "On Wednesday, the group said its commander had been killed in Beirut, where he had attended talks with Iranian officials on Monday.",
            "2024-07-31",
            {"attack": "2024-07-31", "meeting": "2024-07-29"},
        ),
        # "where" right after its noun, no comma: the place told by another deed
        (
            "President Hosni Mubarak toured the ancient temple where Islamic militants massacred foreign tourists on Tuesday.",
            "1997-11-18",
            {"visit": "1997-11-18"},
        ),
        # "where" after a noun of degree or stage names no place: the clause is the sentence's deed
        (
            "Tensions over the clashes rose to the point where Egypt recalled its ambassador from Israel on Sunday.",
            "2000-10-23",
            {"sanctions": "2000-10-22"},
        ),
    ],
)
def test_an_event_told_after_where_leaves_the_main_one(text, published, types):
    found = extract(text, published)
    assert {e["event_type"]: e["date"] for e in found} == types


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # several office holders dismissed at once
        ("In March 2019, the king of Jordan dismissed several ministers over the budget.", "2019-06-01", "appointment", "2019-03"),
        # a group listed or labelled as terrorist, or listed again
        ("The Trump administration had labelled Yemen's Houthis a terrorist organisation in January 2021.", "2024-01-26", "sanctions", "2021-01"),
        ("Earlier this month, Washington re-designated Yemen's Houthis as a terrorist group.", "2024-01-26", "sanctions", "2024-01"),
        # a meeting or talks hosted by a state
        ("Last week, Jordan hosted a meeting of the foreign ministers of Syria, Iraq and Egypt in Amman.", "2023-05-08", "meeting", "2023-05"),
        ("Qatar hosted talks between the United States and the Taliban in Doha on Saturday.", "2020-02-10", "meeting", "2020-02-08"),
        # two leaders shaking hands
        ("Erdogan and Sisi shook hands in Doha last November.", "2023-07-05", "meeting", "2022-11"),
    ],
)
def test_more_event_phrases(text, published, event_type, date):
    assert [e["date"] for e in of_type(extract(text, published), event_type)] == [date]


def test_a_tournament_hosted_is_no_meeting():
    assert of_type(extract("Qatar hosted the World Cup final in Doha in December.", "2023-07-05"), "meeting") == []


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # an office holder fired, named by office right after the verb
        ("In July 2019, Erdogan fired central bank governor Murat Cetinkaya.", "2021-03-20", "appointment", "2019-07"),
        ("Trump fired Defense Secretary Mark Esper on Monday.", "2020-11-12", "appointment", "2020-11-09"),
        # a leader put back in office
        ("Mr Hamdok was reinstated in November under a deal with the military in Sudan.", "2022-06-30", "appointment", "2021-11"),
        ("Sudan's military reinstated Abdalla Hamdok as prime minister on Sunday.", "2021-11-23", "appointment", "2021-11-21"),
        # troops moving into a place
        ("Moroccan forces moved into the Guerguerat buffer zone in November.", "2020-12-23", "deployment", "2020-11"),
    ],
)
def test_offices_changed_and_troops_moved(text, published, event_type, date):
    assert [e["date"] for e in of_type(extract(text, published), event_type)] == [date]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # fire at an office holder's office is an attack, not a dismissal
        ("In Yemen, militants fired rockets at the governor's office on Sunday.", "appointment"),
        # a state put back in a body is no office
        ("Syria was reinstated in the Arab League in May.", "appointment"),
    ],
)
def test_no_office_change_from_fire_or_a_body_rejoined(text, event_type):
    assert of_type(extract(text, "2021-03-20"), event_type) == []


def test_fire_at_an_office_stays_an_attack():
    found = of_type(extract("In Yemen, militants fired rockets at the governor's office on Sunday.", "2021-03-20"), "attack")
    assert [e["date"] for e in found] == ["2021-03-14"]


@pytest.mark.parametrize(
    ("text", "published", "types"),
    [
        # ", when" opens a clause of its own even before "he and ...": its deed stays beside the visit
        (
            "Egypt's president paid his first visit to Turkey in September 2024, when he and Erdogan signed 17 agreements in Ankara.",
            "2025-09-23",
            {"visit": "2024-09", "agreement": "2024-09"},
        ),
        (
            "The Qatari emir visited Cairo in June, when he and Sisi signed a deal on gas supplies.",
            "2022-09-01",
            {"visit": "2022-06", "agreement": "2022-06"},
        ),
    ],
)
def test_a_when_clause_after_a_comma_keeps_its_own_event(text, published, types):
    assert {e["event_type"]: e["date"] for e in extract(text, published)} == types


def test_a_comma_inside_a_list_of_names_still_joins_them():
    found = of_type(extract("Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar on June 5, 2017.", "2017-06-06"), "sanctions")
    assert {"SAU", "ARE", "BHR", "EGY", "QAT"} <= set(found[0]["countries"])


_BACKGROUND = (
    " Saudi Arabia cut ties with Iran in January 2016. Saudi oil plants were hit by drone attacks in 2019."
    " Iran and Saudi Arabia signed a security pact in 2001."
)


def test_an_article_naming_a_recent_weekday_reports_its_days():
    # the weekday dates the announcement, no kept event; the undated restoration and talks are the day's news
    text = (
        "Saudi Arabia and Iran have agreed to reopen embassies within two months. The breakthrough was announced "
        "on Friday after four days of talks in Beijing between their security advisers." + _BACKGROUND
    )
    found = extract(text, "2023-03-10")
    assert [e["date"] for e in of_type(found, "relations") if e["date_basis"] == "publication"] == ["2023-03-10"]
    assert [e["date"] for e in of_type(found, "meeting")] == ["2023-03-10"]


def test_an_article_of_old_events_only_stays_a_retelling():
    text = (
        "Saudi Arabia and Iran agreed to reopen embassies after years of rivalry. The breakthrough followed talks "
        "in Beijing between their security advisers." + _BACKGROUND
    )
    found = extract(text, "2023-03-10")
    assert [e for e in found if e["date_basis"] == "publication"] == []


def test_a_handshake_in_pictures_is_no_meeting():
    text = "On Saturday, Iranian newspapers carried pictures of Shamkhani shaking hands with Saudi officials in Beijing."
    assert of_type(extract(text, "2023-03-12"), "meeting") == []


@pytest.mark.parametrize(
    ("text", "published", "event_type", "year"),
    [
        # a deed told after "after", right after the time that dates the sentence: that time's year
        ("The offensive on Tripoli collapsed in June 2020 after Turkey sent troops to back the government in Libya.", "2020-10-23", "deployment", "2020"),
    ],
)
def test_a_deed_after_after_takes_the_year_of_the_time_before_it(text, published, event_type, year):
    assert [e["date"] for e in of_type(extract(text, published), event_type)] == [year]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a span of time, or another clause, between the time and "after": no year given
        ("Kuwait's emir dissolved parliament in February, less than two months after taking office.", "appointment"),
        ("Erdogan received Sharaa in Ankara in February, and Kalin was the first foreign official to visit Damascus after the offensive.", "attack"),
        # the event word is the object of a verb of the after-clause, not its deed
        ("Hamdok of Sudan resigned in January after failing to end the protests.", "protest"),
    ],
)
def test_no_year_from_a_time_far_from_after(text, event_type):
    # (the sentence's own event keeps its month; none takes a year from that time)
    assert [e for e in of_type(extract(text, "2025-03-10"), event_type) if e["date_precision"] == "year"] == []
