"""English sentence shapes: 'when' clauses, ballots cast, words
defined, cited reports' days, flights suspended for safety, first rounds a week before a runoff."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "When Saudi Crown Prince Mohammed bin Salman visited Washington, he was received at the White House "
            "with fanfare.",
            "visit",
        ),
        (
            "When the Iraqi prime minister met U.S. President Joe Biden at the White House, the two leaders "
            "discussed energy cooperation, the government said.",
            "meeting",
        ),
        ("When Fidan met Sharaa, the two discussed the return of refugees.", "meeting"),
    ],
)
def test_a_past_event_in_an_undated_when_clause_is_not_the_day_s_news(text, kind):
    assert of_type(extract(text, "2024-10-31"), kind) == []


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        ("When the emir visited Baghdad in 2019, he was the first Kuwaiti ruler to do so since the invasion.", "visit", "2019"),
        ("When King Abdullah visited Washington on Tuesday, he met President Donald Trump.", "visit", "2025-02-11"),
    ],
)
def test_a_when_clause_with_a_date_keeps_its_event(text, kind, day):
    (event,) = of_type(extract(text, "2025-02-12"), kind)
    assert event["date"] == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("President Kais Saied cast his ballot in Tunis.", "2024-10-06", "2024-10-06"),
        ("President Kais Saied has cast his ballot in Tunis.", "2024-10-06", "2024-10-06"),
        ("President Kais Saied cast his ballot in Tunis today.", "2024-10-06", "2024-10-06"),
        ("Tunisians voted on Sunday in a presidential election. President Kais Saied cast his ballot in Tunis.", "2024-10-07", "2024-10-06"),
    ],
)
def test_a_ballot_cast_with_no_date_is_the_article_s_own_vote_not_an_older_catalogued_one(text, published, day):
    found = of_type(extract(text, published), "election")
    assert [(e["date"], e["date_basis"] == "reference") for e in found] == [(day, False)]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Iranians voted on Friday in a snap presidential election.", "2024-06-29"),
        ("Iran's supreme leader Ali Khamenei cast his ballot in Tehran on Friday.", "2024-06-28"),
        ("Iran's supreme leader Ali Khamenei cast his ballot in Tehran.", "2024-06-28"),
    ],
)
def test_a_first_round_is_not_taken_for_the_runoff_a_week_later(text, published):
    (election,) = of_type(extract(text, published), "election")
    assert election["date"] == "2024-06-28"


def test_an_election_a_week_ahead_is_still_to_come():
    text = "Iran will hold a presidential election on Friday to choose a successor to Ebrahim Raisi."
    assert of_type(extract(text, "2024-06-24"), "election") == []


@pytest.mark.parametrize(
    "text",
    [
        'Turkish officials use the term "neutralised", used to mean militants who were killed, captured or surrendered, in their statements.',
        'Turkish officials often use the term "neutralised" to mean militants who were killed or captured.',
        'Ankara uses the term "neutralised" for militants who have been killed, captured or have surrendered.',
        'The ministry uses the word "neutralised" to describe militants who were killed or captured.',
    ],
)
def test_an_event_word_in_a_definition_makes_no_event(text):
    assert extract(text, "2025-01-14") == []


def test_the_event_before_a_definition_is_kept():
    text = (
        "Turkish warplanes neutralised 14 militants in northern Iraq on Monday, a term Turkish officials "
        "use for militants who were killed, captured or who surrendered."
    )
    (attack,) = of_type(extract(text, "2025-01-14"), "attack")
    assert (attack["date"], attack["trigger"]) == ("2025-01-13", "neutralised")


@pytest.mark.parametrize(
    "text",
    [
        "Israeli warplanes struck a school in Gaza, killing 20 people, according to a report published on 3 May.",
        "According to an investigation released on Tuesday, Syrian government forces shelled the town of Douma.",
    ],
)
def test_a_cited_report_s_day_does_not_date_the_event_it_tells(text):
    assert of_type(extract(text, "2024-08-07"), "attack") == []


def test_an_event_with_a_day_of_its_own_beside_a_cited_report_keeps_it():
    text = "Israeli warplanes struck a school in Gaza on 1 May, killing 20 people, according to a report published on 3 May."
    (attack,) = of_type(extract(text, "2024-08-07"), "attack")
    assert attack["date"] == "2024-05-01"


@pytest.mark.parametrize(
    "text",
    [
        "Qatar Airways suspended flights to Iraq and Iran on Sunday because of the regional situation.",
        "Turkish Airlines suspended flights to Iran, Iraq, Syria and Jordan on Tuesday amid the tensions.",
        "Several European airlines have suspended flights to Tehran, citing security concerns.",
    ],
)
def test_flights_suspended_for_safety_are_no_sanctions(text):
    assert of_type(extract(text, "2024-10-01"), "sanctions") == []


def test_flights_suspended_in_a_boycott_are_still_sanctions():
    text = "Saudi Arabia cut ties with Qatar on Monday. Saudia suspended all flights to Doha on Monday."
    found = of_type(extract(text, "2017-06-05"), "sanctions")
    assert found and all(e["date"] == "2017-06-05" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian police arrested two prominent activists, Alaa Abd el-Fattah and Mohamed el-Baqer, in Cairo on Monday.",
        "Egyptian police arrested activist Alaa Abd el-Fattah in Cairo on Monday.",
        "Tunisian police arrested a former minister in Tunis on Monday.",
    ],
)
def test_an_arrest_of_a_named_or_office_holding_person_is_kept(text):
    assert len(of_type(extract(text, "2021-12-20"), "arrest")) == 1


_LOOK_BACK = (
    "BEIRUT - The uprisings changed the region. "
    "In Egypt, eighteen days of demonstrations in Tahrir Square ended Hosni Mubarak's rule in February 2011. "
    "Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar in June 2017. "
    "Sudan's army ousted Omar al-Bashir in April 2019. "
    "In the Gulf, Saudi Arabia sent troops into Bahrain to help crush protests. "
    "Security forces broke up a sit-in by supporters of the ousted president in Cairo, killing hundreds."
)


def test_an_english_article_that_only_retells_the_past_gives_its_undated_events_no_publication_day():
    found = extract(_LOOK_BACK, "2024-12-17")
    assert found and all(e["date_basis"] != "publication" for e in found)


def test_an_article_with_news_of_its_days_keeps_its_undated_events():
    text = _LOOK_BACK + " Syrian rebels captured the city of Hama on Thursday."
    found = extract(text, "2024-12-17")
    assert any(e["date_basis"] == "publication" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Manama has repeatedly accused Iran of training and arming militants to carry out attacks in the kingdom.",
        "Israel accused Hezbollah of helping Hamas fighters plan the attack on the border crossing.",
    ],
)
def test_an_event_word_in_a_charged_doing_makes_no_event(text):
    assert of_type(extract(text, "2024-06-24"), "attack") == []


def test_an_event_told_before_the_accusation_is_kept():
    text = "Gunmen attacked a police station in Sitra on Monday, and Bahrain accused Iran of training them."
    (attack,) = of_type(extract(text, "2024-06-24"), "attack")
    assert attack["date"] == "2024-06-24"


@pytest.mark.parametrize(
    "text",
    [
        "Jordan's King Abdullah II met U.S. President Donald Trump at the White House on Tuesday. "
        "The king said after the meeting that Jordan would take in 2,000 sick children from Gaza.",
        "Turkish Foreign Minister Hakan Fidan visited Cairo on Saturday. "
        "Fidan told reporters during the visit that Ankara wanted to open a new page with Egypt and Libya.",
    ],
)
def test_a_setting_told_before_is_not_another_event(text):
    found = extract(text, "2025-02-12")
    assert [e["date_basis"] for e in found] == ["relative"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Gulf states have told Washington they do not want their airspace used for any Israeli strike on Iran.",
            "attack",
        ),
        ("The Houthis warned that any new attack on Hodeidah would be met with force.", "attack"),
    ],
)
def test_an_event_after_any_and_one_word_is_hypothetical(text, kind):
    assert of_type(extract(text, "2024-10-15"), kind) == []


@pytest.mark.parametrize(
    "text",
    [
        "British maritime agency UKMTO said it had received a report of an incident west of Hodeidah.",
        "King Abdullah received a report on the situation in Gaza on Tuesday.",
    ],
)
def test_receiving_a_report_is_no_meeting(text):
    assert extract(text, "2025-01-09") == []


def test_receiving_a_visitor_is_still_a_visit():
    text = "Saudi Crown Prince Mohammed bin Salman received Iraqi Prime Minister Mohammed Shia al-Sudani in Riyadh on Tuesday."
    assert [e["event_type"] for e in extract(text, "2025-01-09")] == ["visit"]


@pytest.mark.parametrize(
    "text",
    [
        "Turkish police detained the mayor of Besiktas, Riza Akpolat, on Tuesday. "
        "CHP leader Ozgur Ozel called the detention a political operation and said the party would hold a rally in Istanbul on Saturday.",
    ],
)
def test_a_day_after_a_word_of_plan_is_the_plan_s_not_the_event_s(text):
    found = of_type(extract(text, "2025-01-14"), "arrest")
    assert [e["date"] for e in found] == ["2025-01-14"]


def test_an_event_dated_before_the_plan_keeps_its_day():
    text = "Police detained opposition leader Riza Akpolat in Istanbul on Tuesday, and the party said it would hold a rally."
    (arrest,) = of_type(extract(text, "2025-01-14"), "arrest")
    assert arrest["date"] == "2025-01-14"


@pytest.mark.parametrize(
    "text",
    [
        "Libya's elections were set for December 2021 but were postponed indefinitely amid disputes over candidates.",
        "Libya's presidential elections were postponed indefinitely.",
        "Algeria's presidential election has been called off.",
        "Libya's presidential election was set for December 24.",
    ],
)
def test_an_election_set_for_a_day_or_postponed_is_no_event(text):
    assert of_type(extract(text, "2024-12-22"), "election") == []


def test_an_election_held_after_delays_is_an_event():
    text = "Iraqis voted in parliamentary elections on Sunday that had been delayed twice."
    (election,) = of_type(extract(text, "2021-10-11"), "election")
    assert election["date"] == "2021-10-10"


@pytest.mark.parametrize(
    "text",
    [
        "At a separate meeting on Syria on Thursday, council members clashed over cross-border aid deliveries.",
        "Lebanese lawmakers clashed over the election of a president on Thursday.",
    ],
)
def test_a_clash_of_diplomats_or_lawmakers_is_no_attack(text):
    assert of_type(extract(text, "2024-05-30"), "attack") == []


def test_militias_clashing_over_a_port_still_attack():
    text = "Rival militias clashed over control of the port of Zawiya on Wednesday."
    (attack,) = of_type(extract(text, "2024-12-22"), "attack")
    assert attack["date"] == "2024-12-18"


def test_a_surname_after_the_word_that_opens_the_sentence_is_no_town_abroad():
    text = (
        "Iran's acting foreign minister Ali Bagheri Kani met Bahrain's foreign minister on Monday. "
        "Bagheri Kani also met Kuwait's foreign minister in Tehran on Monday."
    )
    found = extract(text, "2024-06-24")
    assert all("JPN" not in e["countries"] for e in found)


def test_a_city_of_a_country_the_article_names_after_an_opening_word_is_kept():
    text = "Visiting Doha, the Turkish minister met the emir of Qatar on Monday."
    (visit,) = of_type(extract(text, "2024-06-24"), "visit")
    assert "QAT" in visit["countries"]


@pytest.mark.parametrize(
    "text",
    [
        "Washington, which has cut some military aid to Tunisia, should say plainly that the vote is not free.",
        "The United States froze billions in aid to Sudan on Monday.",
        "The United States suspended economic aid to Sudan on Monday.",
    ],
)
def test_aid_cut_frozen_or_withheld_is_no_aid_given(text):
    assert of_type(extract(text, "2021-10-26"), "aid") == []


def test_aid_sent_is_still_aid():
    text = "Qatar sent 40 tonnes of aid to Gaza on Monday after Israel cut power supplies."
    assert len(of_type(extract(text, "2021-10-26"), "aid")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Aid deliveries through the crossing from Chad have slowed in recent weeks because of fighting and heavy rains.",
        "Aid deliveries to Darfur have slowed due to fighting, aid groups said.",
        "Deliveries through the Adre crossing from Chad, which the government reopened in August, "
        "have slowed because of fighting.",
    ],
)
def test_an_event_noun_named_bare_as_a_cause_makes_no_event(text):
    assert of_type(extract(text, "2024-09-26"), "attack") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Flights to Khartoum were cancelled because of fighting on Monday.", "2024-09-23"),
        ("Schools in Tripoli closed because of the clashes between rival militias.", "2024-09-26"),
    ],
)
def test_a_cause_with_a_day_or_a_determiner_is_kept(text, day):
    (attack,) = of_type(extract(text, "2024-09-26"), "attack")
    assert attack["date"] == day


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Israeli military said its forces opened fire on several vehicles in southern Lebanon on Wednesday.", "ISR"),
        ("The Turkish defence ministry said that its warplanes struck militant targets in northern Iraq on Tuesday.", "TUR"),
    ],
)
def test_a_speaker_s_own_forces_make_the_speaker_the_doer(text, country):
    (attack,) = of_type(extract(text, "2024-11-27"), "attack")
    assert country in attack["countries"]


@pytest.mark.parametrize(
    "text",
    [
        "The emir died in the United States, where he had been receiving medical treatment since July.",
        "King Salman received treatment at a hospital in Jeddah on Monday.",
    ],
)
def test_receiving_treatment_is_no_meeting(text):
    assert extract(text, "2020-09-29") == []
