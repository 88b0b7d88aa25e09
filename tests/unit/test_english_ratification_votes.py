"""A vote named with a determiner after a ratification takes up that vote of approval: no
election is held (`votes_of_ratifications`); a vote told with words of an election, or with no
ratification told, stays an election. In Arabic the vote reacted to already points back."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.triggers import counted_division

RATIFIED = "Turkey's parliament on Tuesday ratified Sweden's bid to join NATO by 287 votes to 55."


@pytest.mark.parametrize(
    "text",
    [
        RATIFIED + ' "Today we are one step closer to becoming a member of NATO," Swedish Prime Minister Ulf '
        "Kristersson wrote on X. NATO Secretary-General Jens Stoltenberg also welcomed the vote.",
        RATIFIED + " Sweden's prime minister said on Tuesday he welcomed the vote.",
        "Egypt's president has ratified a maritime agreement that transfers two islands to Saudi Arabia, the gazette "
        "said on Saturday. In January, a court ruled that the islands were Egyptian, a verdict the government argued "
        "was overridden by the parliamentary vote.",
        # Arabic: the vote reacted to, told after the ratification
        "صادق البرلمان التركي يوم الثلاثاء على انضمام السويد إلى حلف شمال الأطلسي. ورحب الأمين العام للحلف يوم الثلاثاء بالتصويت.",
    ],
)
def test_a_vote_after_a_ratification_is_no_election(text):
    found = extract(text, "2024-01-24")
    assert of_type(found, "ratification")
    assert of_type(found, "election") == []


@pytest.mark.parametrize(
    "text",
    [
        # words of an election in the vote's sentence
        RATIFIED + " Turnout in the vote for a new president in Ankara on Sunday was high.",
        # no ratification told before
        "Turks went to the polls on Sunday. Observers praised the vote in Ankara.",
    ],
)
def test_a_vote_of_an_election_stays(text):
    assert of_type(extract(text, "2024-01-24"), "election")


@pytest.mark.parametrize(
    "text",
    [
        # a legislature that backed a deal voted it through
        "Colombia's Senate backed the accord 75-0 on Tuesday.",
        "Hungarian lawmakers backed the treaty with Sweden on Monday.",
        "أيد مجلس الشيوخ الكولومبي الاتفاق بأغلبية 75 صوتا يوم الثلاثاء.",
    ],
)
def test_a_deal_backed_by_a_legislature_is_ratified(text):
    found = extract(text, "2016-12-01")
    assert [e["event_type"] for e in found] == ["ratification"], found


@pytest.mark.parametrize(
    "text",
    [
        # a party or a leader backing a deal only speaks for it
        "Colombia's opposition party backed the accord on Tuesday.",
        "أيد حزب المعارضة الكولومبي الاتفاق يوم الثلاثاء.",
    ],
)
def test_a_deal_backed_by_a_party_is_not_ratified(text):
    assert of_type(extract(text, "2016-12-01"), "ratification") == []


@pytest.mark.parametrize(
    "text",
    [
        # the two counts of a division after the vote word: members of a body voted
        "Russia's State Duma ratified the New START treaty with the United States on Tuesday, voting 350-96 in the "
        "third and final reading.",
        "The U.S. Senate on Thursday overwhelmingly approved the trade agreement with Mexico and Canada, voting 89 to 10.",
        "The European Parliament ratified Britain's divorce deal on Wednesday, voting 621-49.",
        "Israel's security cabinet approved the truce with Hezbollah late on Tuesday by a vote of 10 to 1.",
        # Arabic: an abstention is a member's, in a body
        "تبنى مجلس الأمن الدولي، الاثنين، قراراً يطالب بوقف فوري لإطلاق النار في غزة، بعد امتناع الولايات المتحدة عن التصويت.",
        "صادق البرلمان التركي الثلاثاء على انضمام السويد إلى حلف الناتو، وصوت 287 نائبا مقابل 55.",
    ],
)
def test_a_vote_counted_in_a_body_is_no_election(text):
    assert of_type(extract(text, "2024-01-24"), "election") == []


@pytest.mark.parametrize(
    "text",
    [
        # a share of a people's vote, or a vote with no count after it, is a ballot
        "Britons voted 52% to 48% to leave the European Union in the referendum on Thursday.",
        "Millions of Nigerians voted on Saturday in Abuja and Lagos to choose a new president.",
        "صوت الناخبون المصريون الاثنين في القاهرة لاختيار رئيس جديد.",
    ],
)
def test_a_vote_of_a_people_stays_an_election(text):
    assert of_type(extract(text, "2024-01-24"), "election")


@pytest.mark.parametrize(
    "text",
    [
        # the counts of a division standing around the vote word, the ayes before it
        "صادق البرلمان المجري، يوم الاثنين، على انضمام فنلندا بأغلبية 182 صوتا مقابل 6 أصوات.",
        "وأقر البرلمان الفنلندي في الأول من مارس تشريعا يمهد لانضمام البلاد إلى الحلف، بأغلبية 184 صوتا مقابل 7 أصوات.",
    ],
)
def test_a_majority_counted_before_the_vote_word_is_no_election(text):
    assert of_type(extract(text, "2023-03-31"), "election") == []


@pytest.mark.parametrize(
    ("tokens", "division"),
    [
        # from the number before the vote word: two counts joined, or one count of a candidate's votes
        (["182", "صوتا", "مقابل", "6", "أصوات"], True),
        (["182", "votes", "to", "6"], True),
        (["214", "صوتا", "في", "الجولة", "الثانية"], False),
        (["5200", "votes", "in", "the", "runoff"], False),
    ],
)
def test_counts_of_a_division(tokens, division):
    assert counted_division(tokens) is division


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # a body's vote in the past to ratify, to remove or to impose is the deed, done by the vote
        ("Turkey's parliament voted late on Thursday to ratify Finland's application to join NATO.", "ratification", "2023-03-30"),
        ("Lawmakers voted on Monday to remove the speaker of parliament, Mohamed al-Halbousi.", "appointment", "2023-03-27"),
        ("The European Parliament voted on Tuesday to impose sanctions on Iranian officials.", "sanctions", "2023-03-28"),
    ],
)
def test_a_body_that_voted_to_act_acted(text, event_type, date):
    assert [e["date"] for e in of_type(extract(text, "2023-03-31"), event_type)] == [date]


@pytest.mark.parametrize(
    "text",
    [
        # to be voted, or agreed to: still to come
        "Parliament is expected to vote on Thursday to ratify Finland's application to join NATO.",
        "Turkey agreed on Thursday to ratify Finland's application to join NATO.",
        "Lawmakers will vote on Monday to remove the speaker of parliament.",
    ],
)
def test_a_vote_to_come_or_a_promise_is_no_deed(text):
    found = extract(text, "2023-03-31")
    assert of_type(found, "ratification") == [] and of_type(found, "appointment") == [], found


@pytest.mark.parametrize(
    "text",
    [
        # a vote against the deed, down on a bill, or for a resolution calling on others
        "Lawmakers voted against a motion to impose sanctions on Israel.",
        "The Senate voted down a bill on Tuesday to impose sanctions on Turkey.",
        "The European Parliament voted on Tuesday for a resolution calling on member states to impose sanctions on Iran.",
    ],
)
def test_a_vote_not_for_the_deed_does_no_deed(text):
    assert of_type(extract(text, "2023-03-31"), "sanctions") == []


def test_a_year_before_the_verb_of_voting_is_no_count():
    found = extract("عام 2014 صوت 20 مليون مصري لصالح الدستور الجديد.", "2023-03-31")
    assert [e["date"] for e in of_type(found, "election")] == ["2014"], found


def test_a_vote_for_the_first_time_to_act_acted():
    text = "The European Parliament voted for the first time on Thursday to impose sanctions on Iran's Revolutionary Guards."
    assert [e["date"] for e in of_type(extract(text, "2023-03-31"), "sanctions")] == ["2023-03-30"]
