"""Ties restored by an agreement or a vote, lifting and abolishing, plans of law, claims in the
present, compound nouns of a craft and deaths in a blast: sentence shapes."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # a restoration of ties agreed to is the restoration, not an agreement signed
        ("Egypt and Qatar agreed last month to reopen embassies.", "2021-02-10", "2021-01"),
        ("Egypt and Qatar agreed on Sunday to restore diplomatic relations.", "2021-02-10", "2021-02-07"),
        ("Egypt and Qatar agreed on Sunday to normalise relations.", "2021-02-10", "2021-02-07"),
        ("Riyadh agreed on Monday to reopen its borders with Doha.", "2021-02-10", "2021-02-08"),
        # a body voting to take a member back
        ("The Arab League voted on Sunday to reinstate Libya's membership.", "2021-02-10", "2021-02-07"),
        ("The Arab League voted on Sunday to readmit Libya.", "2021-02-10", "2021-02-07"),
        # the same in Arabic
        ("اتفقت مصر وقطر يوم الأحد على استئناف العلاقات الدبلوماسية.", "2021-02-10", "2021-02-07"),
        ("اتفقت مصر وقطر يوم الأحد على إعادة فتح السفارات.", "2021-02-10", "2021-02-07"),
        ("اتفقت مصر وقطر الشهر الماضي على إعادة فتح السفارتين.", "2021-02-10", "2021-01"),
        ("وافقت السعودية يوم الأحد على إعادة العلاقات مع قطر.", "2021-02-10", "2021-02-07"),
    ],
)
def test_ties_restored_by_agreement_or_vote_are_relations(text, published, date):
    found = extract(text, published)
    assert [e["date"] for e in of_type(found, "relations")] == [date]
    assert of_type(found, "agreement") == []
    assert of_type(found, "election") == []


@pytest.mark.parametrize(
    "text",
    [
        # a document signed stays an agreement
        "Egypt and Qatar signed a deal on Sunday to restore diplomatic relations.",
        "وقعت مصر وقطر يوم الأحد اتفاقية لاستئناف العلاقات الدبلوماسية.",
    ],
)
def test_a_deal_signed_to_restore_ties_stays_an_agreement(text):
    assert [e["date"] for e in of_type(extract(text, "2021-02-10"), "agreement")] == ["2021-02-07"]


@pytest.mark.parametrize(
    "text",
    [
        # a pledge or a future agreement restores nothing yet
        "Egypt and Qatar pledged on Sunday to restore diplomatic relations.",
        "Egypt and Qatar will agree to restore diplomatic relations.",
    ],
)
def test_a_pledge_to_restore_ties_is_no_event(text):
    assert of_type(extract(text, "2021-02-10"), "relations") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a boycott or its law abolished or repealed ends the boycott
        ("On Saturday the UAE abolished the law boycotting Israel.", "2020-08-29"),
        ("The UAE repealed its boycott of Israel on Saturday.", "2020-08-29"),
        ("ألغت الإمارات السبت قانون مقاطعة إسرائيل.", "2020-08-29"),
    ],
)
def test_a_boycott_abolished_is_no_sanction(text, date):
    found = extract(text, "2020-09-01")
    assert of_type(found, "sanctions") == []
    assert [e["date"] for e in of_type(found, "relations")] == [date]


@pytest.mark.parametrize(
    "text",
    [
        # legislation proposed to expand sanctions is a plan
        "U.S. lawmakers have proposed legislation to expand sanctions on Iran's government.",
        "U.S. lawmakers on Monday proposed draft legislation to widen sanctions on Iran.",
        "قدم نواب أمريكيون الاثنين مشروع قانون يقضي بفرض عقوبات على إيران.",
    ],
)
def test_a_bill_to_impose_sanctions_is_a_plan(text):
    assert of_type(extract(text, "2023-05-10"), "sanctions") == []


def test_sanctions_imposed_stay_an_event():
    found = of_type(extract("The United States imposed sanctions on Iran on Monday.", "2023-05-10"), "sanctions")
    assert [e["date"] for e in found] == ["2023-05-08"]


@pytest.mark.parametrize(
    "text",
    [
        # what a group says it is doing as a rule, in the present progressive
        "The Houthis say they are targeting Israel-linked ships in solidarity with Palestinians.",
        "The militia says it is attacking Israeli ships.",
    ],
)
def test_a_claim_in_the_present_progressive_is_no_event(text):
    assert of_type(extract(text, "2024-01-26"), "attack") == []


def test_a_claimed_attack_in_the_past_stays_an_event():
    found = of_type(extract("The Houthis said they attacked an Israel-linked ship on Thursday.", "2024-01-26"), "attack")
    assert [e["date"] for e in found] == ["2024-01-25"]


@pytest.mark.parametrize(
    "text",
    [
        # an event word opening a compound that names a craft or a weapon
        "Iran unveiled fast attack boats on Sunday.",
        "Turkey bought attack helicopters from Italy on Monday.",
        "On Tuesday Trump signed an economic partnership that includes nearly $142bn in arms sales.",
    ],
)
def test_compound_nouns_and_arms_sales_are_no_attack_nor_aid(text):
    found = extract(text, "2025-05-15")
    assert of_type(found, "attack") == []
    assert of_type(found, "aid") == []


def test_an_attack_on_boats_stays_an_attack():
    found = of_type(extract("Israeli aircraft attacked boats off Gaza on Monday.", "2025-05-15"), "attack")
    assert [e["date"] for e in found] == ["2025-05-12"]


@pytest.mark.parametrize(
    "text",
    [
        # a blast no one is said to have caused is an accident
        "On Saturday, a massive explosion tore through the port near Bandar Abbas in southern Iran, killing at least 14 people.",
        "A huge blast ripped through a fuel depot in Aden on Saturday, killing five workers.",
    ],
)
def test_deaths_in_an_accidental_blast_are_no_attack(text):
    assert of_type(extract(text, "2025-04-27"), "attack") == []


@pytest.mark.parametrize(
    "text",
    [
        # a blast of a bomb is an attack
        "On Saturday, a car bomb explosion tore through a market in Baghdad, killing at least 14 people.",
        "قتل 14 شخصا السبت في انفجار سيارة مفخخة في بغداد.",
    ],
)
def test_deaths_in_a_bomb_blast_are_an_attack(text):
    assert [e["date"] for e in of_type(extract(text, "2025-04-27"), "attack")] == ["2025-04-26"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a body of one country named as the venue places the event there
        ("Israel and the UAE signed a historic peace accord at the White House on Tuesday.", "USA"),
        ("Israeli and Emirati officials held talks at the Kremlin on Tuesday.", "RUS"),
        ("وقعت إسرائيل والإمارات اتفاق سلام في البيت الأبيض يوم الثلاثاء.", "USA"),
        # before the city of the dateline
        ("AMMAN, Sept 16 (AP) — Jordan's King Abdullah II met U.S. President Donald Trump at the White House on Tuesday.", "USA"),
        # a place after the topic of talks, with a noun of its kind, is where they were held
        ("Iran and the US held a third round of talks on Tehran's nuclear program in the Omani capital Muscat on Tuesday.", "OMN"),
    ],
)
def test_the_venue_named_beats_the_sides_countries(text, country):
    found = [e for e in extract(text, "2020-09-17") if e["event_type"] in ("agreement", "meeting")]
    assert [e["location"]["country"] for e in found] == [country]


def test_a_body_that_speaks_is_no_venue():
    found = of_type(extract("The White House said Israel and the UAE signed a peace accord on Tuesday.", "2020-09-17"), "agreement")
    assert [e["location"] for e in found] == [None]


def test_ties_restored_between_two_states_with_no_place_are_placed_nowhere():
    found = of_type(extract("Egypt and Turkey on Tuesday upgraded their diplomatic ties to ambassador level.", "2023-07-05"), "relations")
    assert [e["location"] for e in found] == [None]


@pytest.mark.parametrize(
    "text",
    [
        # the place of an earlier deed the time is measured from is not the arrest's
        "An Egyptian court in Cairo sentenced the opposition leader Abdel Moneim Abul Fotouh on Sunday. Abul Fotouh was arrested in February 2018, days after giving interviews to foreign media in London. Egypt's government denies holding political prisoners.",
        "An Egyptian court in Cairo sentenced the blogger Alaa Abdel Fattah on Sunday. Abdel Fattah was detained in March 2019, two days after he spoke to reporters in Paris. Egypt's government denies holding political prisoners.",
    ],
)
def test_the_place_of_an_earlier_deed_is_not_the_arrests(text):
    found = of_type(extract(text, "2022-05-31"), "arrest")
    assert [e["location"]["country"] for e in found] == ["EGY", "EGY"]


@pytest.mark.parametrize(
    "text",
    [
        # sanctions ordered ended, by a noun of ending
        'Trump said on Tuesday he had ordered "the cessation of sanctions against Syria".',
        "On Tuesday the president ordered the removal of sanctions on Syria.",
        "On Tuesday the president ordered an end to sanctions on Syria.",
        "أعلن الرئيس الأمريكي الثلاثاء وقف العقوبات على سوريا.",
    ],
)
def test_sanctions_ended_are_ties_restored(text):
    found = extract(text, "2025-05-15")
    assert of_type(found, "sanctions") == []
    assert [e["date"] for e in of_type(found, "relations")] == ["2025-05-13"]


def test_an_end_to_sanctions_demanded_is_no_event():
    found = extract("Syrians on Tuesday demanded an end to sanctions on Syria.", "2025-05-15")
    assert of_type(found, "relations") == [] and of_type(found, "sanctions") == []


@pytest.mark.parametrize(
    "text",
    [
        # the word of agreeing tells no second event beside the restoration, whatever follows
        "Egypt and Qatar agreed last month to reopen embassies, and Qatar's foreign minister visited Cairo.",
        "اتفقت مصر وقطر الشهر الماضي على إعادة فتح السفارتين، وزار وزير الخارجية القطري القاهرة.",
    ],
)
def test_agreeing_to_restore_ties_is_one_event(text):
    found = extract(text, "2021-02-10")
    assert [e["date"] for e in of_type(found, "relations")] == ["2021-01"]
    assert of_type(found, "agreement") == []


def test_agreeing_to_resume_flights_stays_an_agreement():
    # flights to be resumed are a deal on what is to come, no ties restored that day
    found = extract("Saudi Arabia and Iran agreed on Tuesday to resume direct commercial flights and to expand trade.", "2024-10-16")
    assert [e["date"] for e in of_type(found, "agreement")] == ["2024-10-15"]
    assert of_type(found, "relations") == []


@pytest.mark.parametrize(
    "text",
    [
        # a closure is on the closing state's own ground, not where what it keeps out comes from
        "Iran closed its airspace to flights from the Kurdistan Region on Sunday.",
        "أغلقت إيران الأحد مجالها الجوي أمام الرحلات القادمة من إقليم كردستان العراق.",
        # nor in the capital that asked for it
        "Tehran closed its airspace to flights from the Kurdistan Region on Sunday at Baghdad's request.",
    ],
)
def test_a_closure_is_placed_at_the_closing_state(text):
    found = of_type(extract(text, "2023-01-10"), "sanctions")
    assert [(e["date"], e["location"]["country"]) for e in found] == [("2023-01-08", "IRN")]
    assert "IRQ" in found[0]["countries"]


@pytest.mark.parametrize(
    "text",
    [
        # a truce monitored is one agreed before, no new truce of that day
        "Egypt said it would send two delegations to monitor the truce.",
        "Egypt sent observers on Saturday to monitor the truce.",
        "أرسلت مصر وفدين لمراقبة الهدنة.",
    ],
)
def test_a_truce_monitored_is_no_new_truce(text):
    assert of_type(extract(text, "2021-05-22"), "ceasefire") == []


def test_a_truce_told_beside_its_monitoring_stays():
    found = of_type(extract("Israel and Hamas agreed a ceasefire on Friday, and Egypt sent delegations to monitor it.", "2021-05-22"), "ceasefire")
    assert [e["date"] for e in found] == ["2021-05-21"]


@pytest.mark.parametrize(
    "text",
    [
        # what a state lobbies for is a demand, not a deed
        "Israel has lobbied Washington to keep the sanctions in place.",
        "Israel has lobbied Washington for more sanctions on Iran.",
    ],
)
def test_sanctions_lobbied_for_are_no_event(text):
    assert of_type(extract(text, "2025-05-15"), "sanctions") == []
