"""Ratifications of a membership or a deal, governments approved by parliament, labour
strikes and walkouts, strikes carried out, and verdicts; arrests of a count of persons,
catalogued names in coordination, and days given to an event by a later sentence's anaphor:
sentence shapes."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a parliament approving a state's bid to join an alliance ratifies its accession
        ("The Hungarian parliament on Monday approved Sweden's bid to join NATO.", "2024-02-27", "2024-02-26"),
        ("The Greek parliament approved North Macedonia's accession protocol on Friday.", "2019-02-09", "2019-02-08"),
        # a state ratifying another's membership
        ("Croatia ratified Finland's membership in March 2023, months before Sweden's.", "2023-06-01", "2023-03"),
        # a cabinet voting to approve a deal ratifies it
        ("Jordan's cabinet voted on Sunday to approve the agreement with Israel.", "2021-11-23", "2021-11-21"),
    ],
)
def test_a_membership_or_a_deal_approved_by_a_state_is_a_ratification(text, published, day):
    found = of_type(extract(text, published), "ratification")
    assert [e["date"] for e in found] == [day]


@pytest.mark.parametrize(
    "text",
    [
        # backing for a bid, not a state's ratification of it
        "The United States on Monday endorsed Ukraine's bid to join NATO.",
        # not ratified
        "Austria is now the only member that has not ratified Bulgaria's membership.",
    ],
)
def test_support_for_a_bid_or_a_ratification_not_made_is_none(text):
    assert of_type(extract(text, "2024-02-27"), "ratification") == []


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("Lebanon's parliament approved a government of technocrats led by Prime Minister Hassan Diab early on Wednesday.", "2020-02-13", "2020-02-12"),
        # a vote of confidence won is no election
        ("Tunisia's government of Prime Minister Youssef Chahed won a vote of confidence in parliament on Monday.", "2016-08-30", "2016-08-29"),
        ("Kuwait's lawmakers gave the cabinet their confidence on Sunday.", "2024-01-24", "2024-01-21"),
        # lawmakers are no law the approval is of
        ("Iraqi lawmakers approved the new cabinet of Prime Minister Mohammed Shia al-Sudani on Thursday.", "2022-10-28", "2022-10-27"),
    ],
)
def test_a_government_approved_by_parliament_is_an_appointment(text, published, day):
    found = extract(text, published)
    assert [e["date"] for e in of_type(found, "appointment")] == [day]
    assert of_type(found, "election") == []


@pytest.mark.parametrize(
    "text",
    [
        "Jordan's parliament on Monday approved the government's budget and a government plan for schools.",
        "Jordan's lawmakers on Monday approved the government's new election law.",
    ],
)
def test_a_parliament_approving_a_government_budget_or_law_names_no_government(text):
    assert of_type(extract(text, "2024-01-23"), "appointment") == []


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("Thousands of Tunisian nurses walked off the job on Monday over unpaid salaries.", "2024-01-24", "2024-01-22"),
        ("Algerian doctors have held a series of strikes since early October over wages.", "2024-01-24", "2023-10"),
        ("In 2019, Moroccan contract teachers held weeks of strikes and marches.", "2024-01-24", "2019"),
    ],
)
def test_a_labour_strike_or_walkout_is_a_protest(text, published, day):
    found = of_type(extract(text, published), "protest")
    assert [e["date"] for e in found] == [day]


def test_a_labour_strike_told_without_a_country_is_in_the_country_of_the_article():
    text = (
        "Thousands of Moroccan nurses walked off the job in Rabat on Monday over unpaid salaries. "
        "In 2019, contract teachers held strikes and marches over their pay."
    )
    found = of_type(extract(text, "2024-01-24"), "protest")
    assert sorted((e["date"], tuple(e["countries"])) for e in found) == [("2019", ("MAR",)), ("2024-01-22", ("MAR",))]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets carried out new strikes on Hamas positions in Gaza on Monday.",
        "The European Union on Monday condemned the strikes on Gaza.",
    ],
)
def test_military_strikes_are_no_labour_protest(text):
    assert of_type(extract(text, "2024-01-24"), "protest") == []


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("The US and UK carried out strikes on eight Houthi sites in Yemen on Monday, the Pentagon said.", "2024-01-24", "2024-01-22"),
    ],
)
def test_strikes_carried_out_are_an_attack(text, published, day):
    found = of_type(extract(text, published), "attack")
    assert [e["date"] for e in found] == [day]


def test_workers_carrying_out_strikes_make_no_attack():
    found = extract("Egyptian textile workers carried out strikes at the factory last week over wages.", "2024-01-24")
    assert of_type(found, "attack") == []


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the date after "convicted him of" is the deed's, the verdict keeps the day told before it
        ("On Tuesday, an Egyptian court convicted him of spreading false news over an article he wrote in 2019.", "2023-07-20", "2023-07-18"),
        # a count of people sentenced, named when the next sentence lists them
        (
            "A court in Basra on Tuesday sentenced two Iraqi journalists and three activists to six years in prison. "
            "The five men, including journalist Ahmed Karim Saleh, had been held for months.",
            "2021-02-18",
            "2021-02-16",
        ),
    ],
)
def test_a_verdict_on_named_people_is_an_arrest_of_its_own_day(text, published, day):
    found = of_type(extract(text, published), "arrest")
    assert [e["date"] for e in found] == [day]


def test_a_count_of_journalists_sentenced_and_never_named_is_an_arrest_of_its_day():
    text = "A court in Basra on Tuesday sentenced two Iraqi journalists and three activists to six years in prison. The five men had been held for months."
    assert [e["date"] for e in of_type(extract(text, "2021-02-18"), "arrest")] == ["2021-02-16"]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("Jordan's King Abdullah dissolved the country's parliament on Sunday.", "2020-09-29", "2020-09-27"),
        ("Sudan's army chief dissolved the government on Monday and declared a state of emergency.", "2021-10-26", "2021-10-25"),
    ],
)
def test_a_parliament_or_government_dissolved_is_an_appointment(text, published, day):
    found = of_type(extract(text, published), "appointment")
    assert [e["date"] for e in found] == [day]


def test_a_dissolution_threatened_is_none():
    found = extract("Tunisia's president threatened to dissolve parliament if lawmakers blocked the budget.", "2021-10-26")
    assert of_type(found, "appointment") == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Police arrested three activists in Tunis on Monday.", "TUN"),
        ("Security forces detained dozens of opposition activists in Cairo on Monday.", "EGY"),
        ("Egyptian authorities rounded up more than 20 officials in Alexandria on Monday.", "EGY"),
        ("Moroccan police arrested 12 senior officers of the army in Casablanca on Monday.", "MAR"),
        ("A Turkish court on Monday jailed 14 journalists of an opposition newspaper.", "TUR"),
        ("Dozens of journalists were arrested in Baghdad on Monday.", "IRQ"),
        ("Two opposition leaders were detained in Algiers on Monday.", "DZA"),
    ],
)
def test_a_count_of_persons_stands_as_the_patient_of_an_english_arrest(text, country):
    (arrest,) = of_type(extract(text, "2021-03-10"), "arrest")
    assert arrest["date"] == "2021-03-08" and country in arrest["countries"]


@pytest.mark.parametrize(
    "text",
    [
        "Police said they would arrest anyone who protested in Tunis.",
        "Three activists were not arrested in Tunis on Monday.",
        # a count told by a bare number, or of people outside public life, still names no patient
        "Thousands have been detained in Turkey since the coup attempt.",
        "Tunisian police arrested nine smugglers near the Libyan border on Monday.",
        "Security forces detained dozens of protesters in Cairo on Monday.",
        "Egyptian authorities rounded up more than 200 people in Alexandria on Monday.",
        "Moroccan police arrested 12 suspected members of an extremist cell in Casablanca on Monday.",
        "Dozens of protesters were arrested in Baghdad on Monday.",
        "Police detained five students in Amman on Monday.",
        "Iraqi forces arrested five wanted men in Mosul on Monday.",
    ],
)
def test_no_english_arrest_without_a_patient_or_without_a_deed(text):
    assert of_type(extract(text, "2021-03-10"), "arrest") == []


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            "Algeria has cut diplomatic relations with Morocco. "
            "Foreign Minister Ramtane Lamamra announced the decision on Tuesday in Algiers.",
            "sanctions",
            "2021-03-09",
        ),
        (
            "Saudi Arabia has recalled its ambassador from Beirut. The foreign ministry confirmed the move on Monday.",
            "sanctions",
            "2021-03-08",
        ),
        (
            "Egypt and Sudan have signed a defence pact. Prime Minister Mostafa Madbouly announced the agreement on Monday in Cairo.",
            "agreement",
            "2021-03-08",
        ),
        (
            "Israeli jets struck targets in Gaza. The army confirmed the strikes on Monday.",
            "attack",
            "2021-03-08",
        ),
    ],
)
def test_an_anaphor_announced_on_a_day_in_the_next_sentence_dates_the_event_before(text, kind, day):
    (event,) = of_type(extract(text, "2021-03-10"), kind)
    assert event["date"] == day


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a noun of another type takes up nothing of this one
        ("Israeli jets struck targets in Gaza. The army confirmed the vote on Monday.", "attack"),
        # no anaphor: a day of saying something else
        (
            "Algeria has cut diplomatic relations with Morocco. "
            "Foreign Minister Ramtane Lamamra said on Tuesday the country would stay calm.",
            "sanctions",
        ),
    ],
)
def test_a_next_sentence_without_a_fitting_anaphor_gives_no_day(text, kind):
    (event,) = of_type(extract(text, "2021-03-10"), kind)
    assert event["date"] == "2021-03-10"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # the head noun written once, after the last name
        ("The minister recalled the Camp David and Oslo accords in a speech on Monday.", ["1978-09-17", "1993-09-13"]),
        ("Speakers praised the Camp David and the Oslo accords.", ["1978-09-17", "1993-09-13"]),
        ("Lebanese politicians invoked the Taif and Camp David accords.", ["1978-09-17", "1989-10-22"]),
        # written twice
        ("The minister recalled the Camp David Accords and the Oslo Accords in a speech on Monday.", ["1978-09-17", "1993-09-13"]),
    ],
)
def test_catalogued_names_sharing_a_head_noun_are_each_a_catalogued_event(text, days):
    found = of_type(extract(text, "2021-03-10"), "agreement")
    assert sorted(e["date"] for e in found) == days
    assert all(e["date_basis"] == "reference" for e in found)


def test_a_name_before_the_conjunction_that_makes_no_alias_adds_no_event():
    found = of_type(extract("Egypt and Israel marked the anniversary of the Oslo accords.", "2021-03-10"), "agreement")
    assert [e["date"] for e in found] == ["1993-09-13"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Bahrain hosted a White House-led economic workshop in Manama in June 2019.", "BHR"),
        ("Consultations among Yemeni factions hosted by the Gulf Cooperation Council in Riyadh opened on Wednesday.", "YEM"),
        ("Iraq and Oman hosted rounds of dialogue between Riyadh and Tehran in 2019.", "IRN"),
    ],
)
def test_talks_a_state_hosts_are_a_meeting_not_a_visit(text, country):
    found = extract(text, "2021-03-10")
    assert [e["event_type"] for e in found] == ["meeting"] and country in found[0]["countries"]


def test_hosting_a_person_is_still_a_visit_and_a_tournament_no_event():
    assert [e["event_type"] for e in extract("Egypt hosted Israeli Prime Minister Naftali Bennett in Sharm el-Sheikh on Monday.", "2021-09-14")] == ["visit"]
    assert extract("Qatar hosted the World Cup final in Doha on Sunday.", "2022-12-20") == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Iranian security forces killed three protesters in Zahedan on Friday.", "IRN"),
        ("Security forces shot dead five demonstrators in Baghdad on Friday.", "IRQ"),
        ("Gunmen killed four soldiers in northern Sinai on Friday.", "EGY"),
    ],
)
def test_a_killing_of_a_count_of_protesters_is_an_attack(text, country):
    (attack,) = of_type(extract(text, "2021-03-10"), "attack")
    assert attack["date"] == "2021-03-05" and country in attack["countries"]


def test_protesters_who_march_are_still_a_protest_beside_their_arrest():
    found = extract("Thousands of protesters marched in Baghdad on Friday, and police arrested ten protesters, including the activist Ali Hussein.", "2021-03-10")
    assert sorted(e["event_type"] for e in found) == ["arrest", "protest"]


@pytest.mark.parametrize(
    ("text", "kind", "dates"),
    [
        (
            "The UAE is the third Arab country to make peace with Israel, after Egypt signed a peace treaty in 1979 "
            "and Jordan followed suit in 1994.",
            "agreement",
            ["1979", "1994"],
        ),
        (
            "Saudi Arabia cut ties with Qatar on Monday, and the UAE and Bahrain did the same on Tuesday.",
            "sanctions",
            ["2021-03-08", "2021-03-09"],
        ),
    ],
)
def test_an_english_act_done_the_same_by_another_subject_is_an_event_of_its_own(text, kind, dates):
    assert sorted(e["date"] for e in of_type(extract(text, "2021-03-10"), kind)) == dates


def test_following_a_call_is_no_act_done_again():
    found = extract("Saudi Arabia cut ties with Qatar on Monday, and the UAE followed the talks closely.", "2021-03-10")
    assert len(of_type(found, "sanctions")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army and the RSF have signed a seven-day ceasefire, while residents reported air strikes on Sunday.",
        "Sudan's army and the RSF have signed a seven-day ceasefire, mediators said, even as residents reported air strikes on Sunday.",
    ],
)
def test_a_date_in_a_clause_of_contrast_after_the_event_word_does_not_date_it(text):
    (truce,) = of_type(extract(text, "2021-03-10"), "ceasefire")
    assert truce["date"] == "2021-03-10"


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            "Sudan's army and the RSF have signed a seven-day ceasefire, even as residents reported air strikes on Sunday. "
            "The deal, signed late on Saturday in Jeddah after two weeks of talks, is due to take effect on Monday.",
            "ceasefire",
            "2021-03-06",
        ),
        (
            "Egypt and Sudan have signed a defence pact. The agreement, signed in Cairo on Monday, covers joint training.",
            "agreement",
            "2021-03-08",
        ),
    ],
)
def test_an_anaphor_opening_the_next_sentence_with_a_dated_participle_dates_the_event_before(text, kind, day):
    (event,) = of_type(extract(text, "2021-03-10"), kind)
    assert event["date"] == day
