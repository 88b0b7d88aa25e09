"""Crowds storming a building, and crowd-control fire with a long object: sentence shapes."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a crowd of supporters or students storming a building protests
        ("Hundreds of the cleric's supporters stormed the parliament building in Baghdad on Saturday.", "2022-07-31", "2022-07-30"),
        ("Thousands of students stormed the education ministry in Tunis on Tuesday.", "2022-07-31", "2022-07-26"),
        ("Crowds stormed the governor's residence in Basra on Monday, witnesses said.", "2022-07-31", "2022-07-25"),
        # supporters of a leader named at length, and the Arabic crowd of supporters after its verb
        ("Thousands of supporters of Shiite cleric Moqtada al-Sadr stormed the Iraqi parliament in Baghdad on Wednesday.", "2022-07-28", "2022-07-27"),
        ("اقتحم آلاف من أنصار زعيم التيار الصدري مقتدى الصدر، مساء أمس الأربعاء، مبنى البرلمان العراقي في بغداد.", "2022-07-28", "2022-07-27"),
        ("واقتحم أنصار الرئيس السابق مقر الحكومة في بغداد يوم الاثنين.", "2022-07-28", "2022-07-25"),
        # a crowd of supporters of a body whose name holds a word of armed men, and the Arabic noun of storming
        ("Supporters of the Popular Mobilisation Forces stormed the perimeter of the US embassy in Baghdad on Tuesday.", "2020-01-02", "2019-12-31"),
        ("وجاء ذلك بعد اقتحام مناصرين للحشد الشعبي محيط السفارة الأمريكية في بغداد يوم الثلاثاء.", "2020-01-02", "2019-12-31"),
    ],
)
def test_a_crowd_storming_a_building_is_a_protest(text, published, day):
    found = extract(text, published)
    assert [e["date"] for e in of_type(found, "protest")] == [day]
    assert of_type(found, "attack") == []



@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a crowd blockading buildings or roads protests; it imposes no measure of a state
        ("Opposition supporters blockaded government buildings in Kiev on Monday.", "protest"),
        ("Farmers blockaded roads across France on Monday.", "protest"),
        ("حاصر أنصار المعارضة مبنى البرلمان في كييف يوم الاثنين.", "protest"),
        ("حاصر آلاف من المحتجين مقر الحكومة في كييف يوم الاثنين.", "protest"),
        # a state's blockade stays a sanction, troops besieging a town an attack
        ("Ethiopia imposed a blockade on Eritrea on Monday.", "sanctions"),
        ("فرضت إثيوبيا حصارا على إريتريا يوم الاثنين.", "sanctions"),
        ("Syrian troops besieged rebel supporters in Eastern Ghouta on Monday.", "attack"),
        ("حاصرت القوات السورية أنصار تنظيم الدولة في الرقة يوم الاثنين.", "attack"),
    ],
)
def test_a_crowd_blockading_buildings_protests(text, kind):
    assert [(e["event_type"], e["date"]) for e in extract(text, "2022-07-31")] == [(kind, "2022-07-25")]

@pytest.mark.parametrize(
    "text",
    [
        # armed men storming a place attack; no protest
        "Hundreds of soldiers stormed the rebel-held town near Mosul on Saturday.",
        "Thousands of fighters stormed the district of Marib on Monday.",
    ],
)
def test_armed_men_storming_is_no_protest(text):
    assert of_type(extract(text, "2022-07-31"), "protest") == []


@pytest.mark.parametrize(
    "text",
    [
        # Arabic armed men storming, even the homes of supporters: an attack, no protest
        "واقتحم مئات الجنود الإسرائيليين مخيم جنين يوم السبت.",
        "اقتحمت قوات الأمن منازل أنصار المعارضة في البصرة يوم السبت.",
        "Police stormed the homes of supporters of the opposition leader in Basra on Saturday.",
    ],
)
def test_armed_men_storming_in_arabic_is_an_attack(text):
    found = extract(text, "2022-07-31")
    assert of_type(found, "protest") == []
    assert [e["date"] for e in of_type(found, "attack")] == ["2022-07-30"]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # fire of tear gas and live rounds at a crowd, the weapons told at length
        ("Security forces fired tear gas and live ammunition at tens of thousands of protesters marching in Khartoum on Thursday, killing five people.", "2022-07-01", "2022-06-30"),
        ("Police fired tear gas, rubber bullets and stun grenades at demonstrators in Baghdad on Sunday.", "2022-07-05", "2022-07-03"),
    ],
)
def test_crowd_control_fire_told_at_length_is_an_attack(text, published, day):
    found = of_type(extract(text, published), "attack")
    assert [e["date"] for e in found] == [day]


@pytest.mark.parametrize(
    ("text", "published", "year"),
    [
        # a state in force since a clause that closes with its year began in that year
        ("Israel and Egypt have kept a blockade on Gaza since Hamas took over the strip in 2007.", "2019-05-06", "2007"),
        ("Washington has kept a blockade on Cuba since Fidel Castro seized power in 1959.", "2019-05-06", "1959"),
    ],
)
def test_a_state_since_a_clause_ending_in_a_year_is_dated_by_that_year(text, published, year):
    found = of_type(extract(text, published), "sanctions")
    assert [e["date"] for e in found] == [year]


def test_a_comparison_since_a_clause_gives_no_year():
    # a superlative before "since" compares with that time: the sanctions are of the day
    text = "Washington imposed the biggest sanctions on Iran since the clerics took power in 1979."
    assert [e["date"] for e in of_type(extract(text, "2019-05-07"), "sanctions")] == ["2019-05-07"]


# --- the talks an outcome came after ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "outcome", "outcome_day", "talks_date"),
    [
        # a round of talks or a call: the outcome's day
        ("Turkey and Iraq signed a water-sharing agreement on Monday after talks in Ankara.", "2023-05-24", "agreement", "2023-05-22", "2023-05-22"),
        ("The Egyptian president announced the deal on Thursday after a phone call with the Emir of Qatar.", "2023-05-24", "agreement", "2023-05-18", "2023-05-18"),
        ("Israel and Hamas agreed to a truce on Tuesday following talks in Cairo.", "2023-05-24", "ceasefire", "2023-05-23", "2023-05-23"),
        # talks told as lasting days or weeks: the outcome's month
        ("Sudan's army and the RSF signed a truce on Saturday after two weeks of talks in Jeddah.", "2023-05-24", "ceasefire", "2023-05-20", "2023-05"),
        ("Ethiopia and Eritrea restored diplomatic relations on Sunday after three days of negotiations in Riyadh.", "2023-05-24", "relations", "2023-05-21", "2023-05"),
        # a meeting with a partner named
        ("Sweden and Turkey signed a memorandum on Tuesday after a meeting with the NATO chief in Madrid.", "2023-05-24", "agreement", "2023-05-23", "2023-05-23"),
    ],
)
def test_the_talks_an_outcome_came_after_were_held(text, published, outcome, outcome_day, talks_date):
    found = extract(text, published)
    assert [e["date"] for e in of_type(found, outcome)] == [outcome_day]
    assert [e["date"] for e in of_type(found, "meeting")] == [talks_date]


def test_lasting_talks_with_an_undated_outcome_take_the_month():
    found = extract("The rival delegations reached a deal after two weeks of talks in Geneva.", "2023-06-08")
    assert [e["date"] for e in of_type(found, "meeting")] == ["2023-06"]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # talks hoped for, not held
        ("The ministers said on Monday they hoped to sign a deal after talks in Geneva next week.", "2023-05-24"),
        # no noun of talks after "after": no meeting
        ("Lebanon and Israel signed the maritime deal on Thursday, after years of US mediation.", "2023-05-24"),
        # a body's own sitting, no talks between sides
        ("Israel's security cabinet approved the truce late on Thursday after a meeting convened by the prime minister.", "2023-05-24"),
        # an Arabic noun of talks after بعد recalls the long course that led to the deal
        ("وقع الطرفان اتفاق هدنة يوم الثلاثاء بعد مفاوضات في القاهرة.", "2023-05-24"),
    ],
)
def test_no_talks_held_beside_these_outcomes(text, published):
    assert of_type(extract(text, published), "meeting") == []


def test_a_meeting_after_a_deed_of_no_outcome_takes_no_day_of_that_deed():
    # a rally after a meeting: the rally's Friday is not the meeting's
    found = extract("Protesters rallied in Amman on Friday after the meeting in Cairo.", "2023-05-24")
    assert [e["date"] for e in of_type(found, "protest")] == ["2023-05-19"]
    assert "2023-05-19" not in [e["date"] for e in of_type(found, "meeting")]


# --- a call to a person for a purpose ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "day", "country"),
    [
        ("The King later called Palestinian President Mahmoud Abbas to reassure him that Morocco's position remained unchanged.", "2020-12-11", "2020-12-11", "PSE"),
        ("Erdogan called Iraqi Prime Minister Mustafa al-Kadhimi on Friday to express his condolences.", "2020-12-12", "2020-12-11", "IRQ"),
        ("Erdogan called Iraqi Prime Minister Mustafa al-Kadhimi on Friday to offer his condolences.", "2020-12-12", "2020-12-11", "IRQ"),
        ("US President Joe Biden called Bennett shortly after the swearing-in to congratulate him.", "2021-06-14", "2021-06-14", "USA"),
    ],
)
def test_a_call_to_a_leader_for_a_purpose_is_a_meeting(text, published, day, country):
    found = of_type(extract(text, published), "meeting")
    assert [e["date"] for e in found] == [day]
    assert country in found[0]["countries"]


@pytest.mark.parametrize(
    "text",
    [
        # a call to the press, a gathering or a crowd, or a call on someone: no talks
        "The ministry called reporters to brief them on the agreement.",
        "The president called a press conference to express his anger.",
        "The opposition called its supporters to express their anger in the streets.",
        "Erdogan called on the international community to express solidarity with Gaza.",
        "Erdogan called the decision to expel the ambassador a mistake.",
    ],
)
def test_a_call_to_the_press_or_a_crowd_is_no_meeting(text):
    assert of_type(extract(text, "2020-12-11"), "meeting") == []


def test_government_buildings_blockaded_are_no_sanction():
    text = (
        "Thousands of opposition supporters, wearing the orange colour of the campaign, had camped in Kiev "
        "and blockaded government buildings for two weeks in Ukraine."
    )
    assert of_type(extract(text, "2022-07-31"), "sanctions") == []
