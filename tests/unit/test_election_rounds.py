"""A round of an election named by its number alone ("the second round of voting took place on
Sunday", "the second round between the two presidential candidates", "شهدت تونس الدور الثاني
بمشاركة ضعيفة من الناخبين") is an election when a word of voting stands near it; a round of talks,
negotiations or sanctions is not. An election whose noun is the subject of a verb of scheduling
("the vote ... is scheduled for September") is still to come, and a runoff won is an election."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

OCTOBER = "2019-10-16"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Tunisia's second round of voting took place on Sunday.", ["2019-10-13"]),
        ("The second round between the two presidential candidates took place in Tunisia on Sunday.", ["2019-10-13"]),
        ("Algeria held the decisive round of the presidential race on Thursday.", ["2019-10-10"]),
        ("The lawyer won the runoff in Tunisia on Sunday.", ["2019-10-13"]),
        ("شهدت تونس يوم الأحد الدور الثاني بمشاركة ضعيفة من الناخبين.", ["2019-10-13"]),
        ("تقدم المرشح المستقل في الدور الأول في تونس في 15 سبتمبر.", ["2019-09-15"]),
        ("حسم المرشح المستقل الدور الثاني في تونس يوم الأحد.", ["2019-10-13"]),
    ],
)
def test_a_numbered_round_of_voting_is_an_election(text: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, OCTOBER), "election")] == dates


@pytest.mark.parametrize(
    "text",
    [
        "The vote in Ethiopia's contested regions is scheduled for September.",
        "A second round of voting in Ethiopia's contested regions is scheduled for September.",
        "Elections in Ethiopia's northern regions are planned for next year.",
        # rounds of talks and of sanctions, though an election stands near
        "The second round of talks between Tunisia and the IMF on the election budget ended on Monday.",
        "The US imposed a second round of sanctions on Iran's presidential office in August.",
        "انتهت الجولة الثانية من المحادثات بين تونس وصندوق النقد حول موازنة الانتخابات يوم الاثنين.",
    ],
)
def test_a_scheduled_vote_and_a_round_of_talks_are_no_election(text: str) -> None:
    assert of_type(extract(text, OCTOBER), "election") == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a re-run of the vote named in the sentence before, as جولة الإعادة
        ("Kenya's Supreme Court annulled the August 2017 presidential vote. Odinga boycotted the re-run in October 2017.", ["2017-10"]),
        ("ألغت المحكمة العليا في كينيا الانتخابات الرئاسية في أغسطس 2017، وقاطع أودينغا جولة الإعادة في أكتوبر 2017.", ["2017-10"]),
        # a television re-run
        ("Kenyan television aired a re-run of the 2017 presidential debate on Sunday.", []),
        ("بث التلفزيون الكيني إعادة للمناظرة الرئاسية يوم الأحد.", []),
    ],
)
def test_a_vote_held_again(text: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, OCTOBER), "election")] == dates
