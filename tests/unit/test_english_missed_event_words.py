"""Events the English extractor missed: the second verb of a coordinated pair, passive
re-elections, embassies that reopened, governments formed, interventions,
memorandums signed, troops moved, loans approved, banks cut off, officials voted out; and the guards that keep plans and names of a body out."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "day", "kind", "value", "countries"),
    [
        (
            "In May, an Italian trade delegation visited Basra and signed two contracts with the provincial council.",
            "2025-07-01",
            "agreement",
            "2025-05",
            {"ITA", "IRQ"},
        ),
        (
            "The Sudanese army sent reinforcements to El Fasher on Monday and shelled RSF positions east of the city.",
            "2025-07-01",
            "attack",
            "2025-06-30",
            {"SDN"},
        ),
        (
            "Last month the Greek defence minister visited Cyprus and then signed a defence pact with Nicosia.",
            "2025-07-01",
            "agreement",
            "2025-06",
            {"GRC", "CYP"},
        ),
    ],
)
def test_the_second_verb_of_a_coordinated_pair_tells_an_event_of_its_own(text, day, kind, value, countries):
    (event,) = of_type(extract(text, day), kind)
    assert event["date"] == value and countries <= set(event["countries"])


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers of Egypt and Jordan met in Amman on Tuesday, and their deputies signed nine memorandums of understanding on trade.",
        "Egypt and Jordan held talks in Amman on Tuesday, and their ministers signed a memorandum of understanding on trade.",
    ],
)
def test_memorandums_signed_are_an_agreement(text):
    (event,) = of_type(extract(text, "2025-03-06"), "agreement")
    assert event["date"] == "2025-03-04" and {"EGY", "JOR"} <= set(event["countries"])


@pytest.mark.parametrize(
    ("text", "day", "kind", "value", "countries"),
    [
        (
            "Morocco's embassy in Tehran and Iran's embassy in Rabat reopened on Sunday, the two foreign ministries said.",
            "2025-02-04",
            "relations",
            "2025-02-02",
            {"MAR", "IRN"},
        ),
        (
            "Jordan and Syria resumed work at their embassies on Monday after a break of eleven years.",
            "2025-02-04",
            "relations",
            "2025-02-03",
            {"JOR", "SYR"},
        ),
        (
            "French troops intervened against the jihadists in northern Mali in January 2013.",
            "2020-05-04",
            "attack",
            "2013-01",
            {"FRA", "MLI"},
        ),
        (
            "Israeli jets have struck army depots in Syria since December, and Israel moved troops into the demilitarised zone in the south.",
            "2025-03-01",
            "deployment",
            "2024-12",
            {"ISR", "SYR"},
        ),
        (
            "The World Bank approved a 1.5 billion dollar loan for Jordan in June.",
            "2025-09-01",
            "aid",
            "2025-06",
            {"JOR"},
        ),
        (
            "In February the US Treasury cut off two Iraqi banks from the dollar system, accusing them of smuggling money to Iran.",
            "2025-09-01",
            "sanctions",
            "2025-02",
            {"USA", "IRQ"},
        ),
        (
            "Basra's governor, whom the Iraqi parliament had voted to dismiss in March, returned to the city on Monday.",
            "2025-05-06",
            "appointment",
            "2025-03",
            {"IRQ"},
        ),
        (
            "Tunisia's president dissolved parliament in 2022 and Tunisian judges were dismissed. "
            "He was re-elected in October last year with 90 percent of the vote.",
            "2025-04-19",
            "election",
            "2024-10",
            {"TUN"},
        ),
    ],
)
def test_event_words_the_lexicon_lacked(text, day, kind, value, countries):
    (event,) = of_type(extract(text, day), kind)
    assert event["date"] == value and countries <= set(event["countries"])


def test_a_government_formed_in_the_country_of_the_story():
    text = (
        "Lebanon held parliamentary elections in May, weeks after the economic collapse deepened. "
        "A new government was formed in June."
    )
    (event,) = [e for e in of_type(extract(text, "2022-09-01"), "appointment") if e["date"] == "2022-06"]
    assert event["countries"] == ["LBN"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a body named by its government, no government formed
        ("Fighters affiliated with Libya's new government shelled the port of Sirte on Monday.", "appointment"),
        ("Militias loyal to Sudan's new government killed 20 villagers in Darfur on Monday.", "appointment"),
        # plans, not deeds
        ("Morocco and Iran plan to reopen their embassies next month.", "relations"),
        # denials
        ("The Saudi embassy in Damascus has not reopened since 2012.", "relations"),
        ("The Iraqi parliament did not vote to dismiss the governor of Basra on Tuesday.", "appointment"),
        ("The Lebanese president said a new government would be formed within weeks.", "appointment"),
        ("He visited Beirut on Monday and called for a ceasefire in southern Lebanon.", "ceasefire"),
        ("The Iraqi army may intervene against the militants in Tal Afar within days.", "attack"),
        ("The IMF is expected to approve a loan for Tunisia next month.", "aid"),
        ("Iraqi lawmakers will vote to dismiss the governor of Basra next week.", "appointment"),
        ("Iraqi lawmakers refused to vote to dismiss the governor of Basra on Tuesday.", "appointment"),
        ("Lebanon asked the IMF to approve a bailout.", "aid"),
        # a second verb of reacting or demanding: its object is another event
        ("The minister visited Kabul on Monday and condemned the attack on the mosque.", "attack"),
        ("Protesters gathered in Gaza on Friday and demanded an end to the siege.", "attack"),
        # nouns joined by "and", no second verb
        ("The Egyptian minister visited Ankara, and talks and agreements were discussed.", "agreement"),
    ],
)
def test_no_event_from_a_name_a_plan_or_a_list(text, kind):
    assert of_type(extract(text, "2025-03-06"), kind) == []


def test_talks_in_a_clause_and_on_a_day_of_their_own_are_not_absorbed_by_a_truce():
    text = (
        "Azerbaijan and Armenia have observed a ceasefire since November 2020, "
        "and their foreign ministers held talks in Washington in August 2025."
    )
    (event,) = of_type(extract(text, "2025-10-07"), "meeting")
    assert event["date"] == "2025-08" and {"ARM", "AZE"} <= set(event["countries"])


def test_a_meeting_on_another_day_of_a_visit_is_still_the_visit():
    found = extract("The Omani foreign minister visited Tehran on Sunday, and he met President Pezeshkian on Monday.", "2025-10-07")
    assert [e["event_type"] for e in found] == ["visit"]
