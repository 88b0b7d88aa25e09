"""English: amounts written with a currency sign, "in protest at", crowds that
demonstrated, the pound as a currency, and a date that opens its sentence."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "The United States withheld $130 million of military aid to Egypt in September.",
        "Washington froze $2 billion in economic aid to Cairo on Monday.",
        "Britain suspended £40 million of aid to Sudan in March.",
        "The European Union withheld €300 million in budget support to Tunisia last year.",
    ],
)
def test_aid_withheld_with_a_currency_sign_is_no_aid_given(text):
    assert of_type(extract(text, "2021-10-26"), "aid") == []


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia sent $500 million of aid to Yemen on Monday.",
        "The United States delivered $845 million in economic aid to Jordan last year.",
    ],
)
def test_aid_given_with_a_currency_sign_is_still_aid(text):
    assert len(of_type(extract(text, "2021-10-26"), "aid")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Iraq's football federation pulled its team out of the match in protest at a Kuwaiti decision.",
        "The minister walked out of the session in protest against the remarks on Tuesday.",
        "Jordan recalled its ambassador in protest over the raid on Monday.",
    ],
)
def test_in_protest_at_gives_a_motive_not_a_protest(text):
    assert of_type(extract(text, "2023-09-10"), "protest") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Hundreds of people demonstrated in Basra on Saturday in support of the court ruling.", "2023-09-09"),
        ("Thousands of students demonstrated outside parliament in Amman on Friday.", "2023-09-08"),
        ("Thousands of people protested in Basra on Saturday.", "2023-09-09"),
    ],
)
def test_a_crowd_that_demonstrated_is_a_protest(text, day):
    (protest,) = of_type(extract(text, "2023-09-10"), "protest")
    assert protest["date"] == day


def test_a_test_that_demonstrated_something_is_no_protest():
    text = "The minister said the launch demonstrated in practice that the missile works."
    assert of_type(extract(text, "2023-09-10"), "protest") == []


@pytest.mark.parametrize(
    "text",
    [
        "The IMF approved a loan for Egypt in March, after the central bank let the pound fall by almost 40 percent.",
        "The Lebanese pound has lost 90 percent of its value against the dollar since 2019.",
        "The government paid 5 billion Egyptian pounds to farmers in Egypt on Monday.",
    ],
)
def test_the_pound_as_a_currency_is_no_shelling(text):
    assert of_type(extract(text, "2024-08-22"), "attack") == []


@pytest.mark.parametrize(
    "text",
    [
        "Israeli artillery pounded the Lebanese town of Khiam on Tuesday.",
        "Russian jets pounded rebel positions in Idlib, Syria, on Tuesday.",
    ],
)
def test_pounding_a_place_is_still_shelling(text):
    (attack,) = of_type(extract(text, "2024-08-22"), "attack")
    assert attack["date"] == "2024-08-20"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "On January 28, 2024, a drone launched by an Iran-aligned militia struck Tower 22, "
            "a US logistics base in north-eastern Jordan.",
            "2024-01-28",
        ),
        (
            "On January 28, 2024, a drone launched by an Iran-aligned militia struck a US logistics base "
            "in north-eastern Jordan near the Syrian border, killing three American soldiers.",
            "2024-01-28",
        ),
        ("In March 2019, Iranian jets struck Kurdish positions in Iraq.", "2019-03"),
    ],
)
def test_a_date_that_opens_the_sentence_dates_its_main_clause(text, day):
    (attack,) = of_type(extract(text, "2025-06-01"), "attack")
    assert attack["date"] == day
    assert attack["date_basis"] == "explicit"


def test_a_dateline_date_is_no_fronted_date():
    text = "KHARTOUM, April 15 (Reuters) - The army said it had repelled an RSF attack on El Fasher on Tuesday."
    (attack,) = of_type(extract(text, "2025-04-15"), "attack")
    assert attack["date"] == "2025-04-15"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "On January 28, 2024, a drone struck a US base in Jordan, killing three soldiers. "
            "Washington responded on February 2 with strikes on more than 85 targets in Iraq and Syria.",
            "2024-02-02",
        ),
        (
            "On March 3, 2019, rebels seized the town. Government jets struck rebel positions in Idlib, Syria, on March 9.",
            "2019-03-09",
        ),
    ],
)
def test_a_day_without_a_year_takes_the_year_the_sentence_before_opens_with(text, day):
    attacks = of_type(extract(text, "2025-06-01"), "attack")
    assert day in [a["date"] for a in attacks]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Jordan buys water from Israel under a 2021 agreement.", "2021"),
        ("Jordan's water dependence on Israel, under a 2021 agreement, is another constraint.", "2021"),
    ],
)
def test_a_year_between_an_indefinite_article_and_its_noun_dates_it(text, year):
    (deal,) = of_type(extract(text, "2025-06-01"), "agreement")
    assert deal["date"] == year


def test_a_number_after_a_possessive_that_counts_a_plural_noun_is_no_year():
    (attack,) = of_type(extract("Hezbollah's 2000 fighters attacked the town in Lebanon on Monday.", "2025-06-01"), "attack")
    assert attack["date"] == "2025-05-26"


@pytest.mark.parametrize(
    "text",
    [
        "The United States withheld $1.3 billion of military aid to Egypt in September.",
        "Washington froze $1.5 billion in economic aid to Sudan on Monday.",
    ],
)
def test_a_decimal_point_in_an_amount_ends_no_clause(text):
    assert of_type(extract(text, "2021-10-26"), "aid") == []


def test_received_with_an_amount_of_assistance_is_no_meeting():
    text = "Jordan has received about $1.45 billion a year in US assistance."
    assert of_type(extract(text, "2025-06-01"), "meeting") == []


@pytest.mark.parametrize(
    "text",
    [
        "Manama has accused Iran of arming militants in the kingdom, which hosts the U.S. Navy's Fifth Fleet.",
        "Bahrain, which hosts the U.S. Navy's Fifth Fleet, has accused Iran of backing protests.",
    ],
)
def test_a_state_hosting_a_fleet_is_no_visit(text):
    assert of_type(extract(text, "2024-06-24"), "visit") == []


def test_the_stops_of_an_abbreviation_end_no_sentence_for_a_host():
    (visit,) = of_type(extract("Qatar hosted U.S. Secretary of State Antony Blinken on Monday.", "2024-06-24"), "visit")
    assert visit["date"] == "2024-06-24"


@pytest.mark.parametrize(
    "text",
    [
        "The war erupted when tensions between the army and the RSF exploded into open fighting in Khartoum.",
        "The conflict began when rebels attacked army posts in the north of Mali.",
    ],
)
def test_a_when_clause_after_a_verb_of_beginning_retells_the_onset(text):
    assert of_type(extract(text, "2024-09-26"), "attack") == []


def test_a_when_clause_of_the_day_s_news_is_kept():
    text = "Three soldiers were killed when their convoy came under attack near El Fasher, the army said."
    (attack,) = of_type(extract(text, "2024-09-26"), "attack")
    assert attack["date"] == "2024-09-26"


@pytest.mark.parametrize(
    "text",
    [
        "During the meeting, the two ministers reviewed relations between their countries, foremost among them "
        "the situation in the Gaza Strip and Syria.",
        "In the talks, the two sides discussed the situation in Yemen and Sudan.",
    ],
)
def test_countries_talked_about_by_a_named_pair_are_no_parties(text):
    for event in of_type(extract(text, "2025-02-03"), "meeting"):
        assert not {"SYR", "PSE", "YEM", "SDN"} & set(event["countries"])


@pytest.mark.parametrize(
    "text",
    [
        "The minister affirmed Kuwait's support for all efforts aimed at achieving a permanent ceasefire in Gaza.",
        "Egypt backs a plan designed to restore the ceasefire in Gaza.",
    ],
)
def test_a_ceasefire_aimed_at_is_none_reached(text):
    assert of_type(extract(text, "2025-02-03"), "ceasefire") == []


@pytest.mark.parametrize(
    "text",
    [
        "Egypt signed a port deal with the UAE on Thursday. The Houthis say they target ships linked to Israel.",
        "Egypt signed a port deal with the UAE on Thursday. Israel says it strikes only militants in Gaza.",
    ],
)
def test_what_a_speaker_says_it_does_as_a_rule_is_no_deed_of_a_day(text):
    assert of_type(extract(text, "2024-08-22"), "attack") == []


def test_what_a_speaker_says_it_did_on_a_day_is_kept():
    text = "Egypt signed a port deal with the UAE on Thursday. The Houthis say they attacked a ship in the Red Sea on Monday."
    (attack,) = of_type(extract(text, "2024-08-22"), "attack")
    assert attack["date"] == "2024-08-19"


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish parliament approved a motion on Wednesday. The main opposition party voted against it. "
        "The vote came as tension rose along the Syrian border.",
        "Lawmakers from the ruling party voted in favour of the motion on Wednesday.",
        "Twelve members voted against the draft, and three abstained.",
    ],
)
def test_a_vote_for_or_against_a_measure_is_no_election(text):
    assert of_type(extract(text, "2022-10-26"), "election") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Iranians voted on Friday in a runoff presidential election.", "2022-10-21"),
        ("The vote was held on Sunday across Tunisia.", "2022-10-23"),
    ],
)
def test_votes_of_the_polls_are_still_elections(text, day):
    (election,) = of_type(extract(text, "2022-10-26"), "election")
    assert election["date"] == day


def test_an_opening_event_noun_linked_to_its_setting_adds_no_event_when_none_was_read():
    text = "The Turkish parliament approved a motion on Wednesday. The vote came as tension rose along the Syrian border."
    assert of_type(extract(text, "2022-10-26"), "election") == []


def test_an_opening_event_noun_linked_to_its_setting_keeps_the_one_told():
    text = "Erdogan landed in Doha on Monday. The visit comes as Qatar faces a boycott."
    (visit,) = of_type(extract(text, "2022-10-26"), "visit")
    assert visit["date"] == "2022-10-24"


@pytest.mark.parametrize(
    "text",
    [
        "May 2019 - Iran begins to breach limits set by the deal.",
        "In May 2019, the rebels in Sudan began to exceed the limits of the deal.",
    ],
)
def test_the_limits_set_by_a_deal_are_no_new_deal(text):
    assert of_type(extract(text, "2025-09-28"), "agreement") == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Saudi Crown Prince Mohammed bin Salman visited London in March 2018.", "GBR"),
        (
            "Saudi Crown Prince Mohammed bin Salman visited London in March 2018 and met Prime Minister Theresa May.",
            "GBR",
        ),
    ],
)
def test_a_visit_to_another_country_than_the_catalogued_visit_of_that_month_is_not_it(text, country):
    (visit,) = of_type(extract(text, "2024-02-06"), "visit")
    assert visit["location"]["country"] == country
    assert "USA" not in visit["countries"]


def test_a_country_on_the_placards_is_no_party_or_place_of_the_protest():
    text = 'Outside the court in London, about 30 protesters held a demonstration, holding placards reading "Stop arming Saudi".'
    (protest,) = of_type(extract(text, "2024-02-06"), "protest")
    assert protest["countries"] == ["GBR"]


def test_a_protest_against_a_country_named_in_its_own_words_keeps_it():
    text = "Thousands of protesters marched in Amman on Friday, chanting slogans against Israel."
    (protest,) = of_type(extract(text, "2024-02-06"), "protest")
    assert "ISR" in protest["countries"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The agreement was signed in Amman during a visit by Iraqi Prime Minister Mohammed Shia al-Sudani, "
            "who met King Abdullah II.",
            "visit",
        ),
        ("The two ministers signed the memorandum in Cairo during a meeting of Arab foreign ministers.", "meeting"),
    ],
)
def test_a_visit_or_meeting_during_which_the_event_took_place_is_of_its_day(text, kind):
    (event,) = of_type(extract(text, "2023-01-07"), kind)
    assert event["date"] == "2023-01-07"


def test_a_visit_after_which_the_event_took_place_still_needs_a_date():
    text = "Jordan and Iraq signed the agreement in Amman after a visit by the Iraqi prime minister."
    assert of_type(extract(text, "2023-01-07"), "visit") == []


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, two Turkish police officers were killed when a rocket fired from Syria hit a police station in Kilis. "
        "Turkish artillery then struck YPG positions near Tal Rifaat, according to the ministry.",
        "On Sunday, a rocket hit a police station in Kilis. In retaliation, Turkish artillery struck YPG positions near Tal Rifaat.",
    ],
)
def test_an_event_told_as_the_next_step_takes_the_day_of_the_sentence_before(text):
    attacks = [a for a in of_type(extract(text, "2022-10-26"), "attack") if "SYR" in a["countries"]]
    assert attacks and all(a["date"] == "2022-10-23" for a in attacks)


def test_since_then_is_no_next_step():
    text = "On Sunday, a rocket hit a police station in Kilis. Since then, Turkish artillery has struck YPG positions near Tal Rifaat."
    struck = [a for a in of_type(extract(text, "2022-10-26"), "attack") if a["trigger"] == "struck"]
    assert all(a["date"] != "2022-10-23" for a in struck)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The Turkish parliament on Wednesday approved a motion extending the mandate for cross-border military "
            "operations in northern Iraq and Syria for another two years.",
            "attack",
        ),
        ("Parliament gave the government a mandate to send troops to Libya on Thursday.", "deployment"),
    ],
)
def test_a_mandate_for_a_deed_is_no_deed(text, kind):
    assert of_type(extract(text, "2022-10-26"), kind) == []


def test_operations_launched_are_still_an_attack():
    (attack,) = of_type(extract("Turkish troops launched military operations in northern Iraq on Monday.", "2022-10-26"), "attack")
    assert attack["date"] == "2022-10-24"


@pytest.mark.parametrize(
    "text",
    [
        "The two teams last met in Basra in January during the Gulf Cup, an event seen at the time as a sign of "
        "reconciliation between the two countries.",
        "Analysts see the visit as a step towards rapprochement between Turkey and Egypt.",
    ],
)
def test_a_sign_of_or_step_towards_reconciliation_is_none_made(text):
    found = extract(text, "2023-09-10")
    assert of_type(found, "relations") == [] and of_type(found, "agreement") == []


def test_national_teams_that_met_held_no_meeting():
    assert of_type(extract("The two national teams last met in Basra in January during the Gulf Cup.", "2023-09-10"), "meeting") == []


def test_officials_who_met_still_held_a_meeting():
    text = "Iraqi and Kuwaiti officials met in Kuwait City on Monday to discuss the maritime border."
    (meeting,) = of_type(extract(text, "2023-09-10"), "meeting")
    assert meeting["date"] == "2023-09-04"
