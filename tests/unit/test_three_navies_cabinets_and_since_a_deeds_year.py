"""Three readings of one step:

- "The three navies first held joint drills in December 2019": the three are those of the
  last event of the type told by three countries, not of whatever three came just before;
  "the two armies" and «الجيشان» are a pair told before, as "the two countries" are.
- "The Lebanese cabinet ... approved it on Saturday": a cabinet that approved a pronoun named no
  government approved; "parliament approved the new cabinet" still did.
- "Iraq has lived under U.N. sanctions since its 1990 invasion of Kuwait": the state began in
  the year of the deed named after "since its"; not a comparison ("the toughest sanctions since")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

DRILLS = (
    "Iran, Russia and China began joint naval drills in the Gulf of Oman on Tuesday. "
    "The United States and Britain have carried out strikes on Houthi targets in Yemen since January. "
)


@pytest.mark.parametrize(
    "second",
    [
        "The three navies first held joint drills in the Indian Ocean in December 2019.",
        "The three militaries first held joint exercises in the Indian Ocean in December 2019.",
    ],
)
def test_the_three_are_those_of_the_last_event_of_the_type(second):
    found = of_type(extract(DRILLS + second, "2024-03-12"), "military_exercise")
    assert {e["date"]: set(e["countries"]) for e in found}.get("2019-12") == {"IRN", "RUS", "CHN"}


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Egyptian and Sudanese forces began joint air drills on Monday. The two armies first held joint drills in November 2020.", "2021-03-31"),
        ("بدأت القوات المصرية والسودانية أمس مناورات جوية مشتركة. وكان الجيشان قد أجريا تدريبات مشتركة في نوفمبر 2020.", "2021-03-31"),
    ],
)
def test_the_two_armies_are_the_pair_told_before(text, published):
    found = of_type(extract(text, published), "military_exercise")
    assert {e["date"]: set(e["countries"]) for e in found}.get("2020-11") == {"EGY", "SDN"}


def test_a_cabinet_that_approved_it_appointed_no_government():
    text = (
        "The U.N. Security Council unanimously adopted Resolution 1701 on Friday. The Lebanese cabinet, which "
        "includes two Hezbollah ministers, approved it on Saturday and Israel's cabinet endorsed it a day later."
    )
    assert of_type(extract(text, "2006-08-14"), "appointment") == []


def test_a_parliament_that_approved_a_cabinet_still_did():
    assert len(of_type(extract("The Lebanese parliament approved the new cabinet on Saturday.", "2006-08-14"), "appointment")) == 1


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Iraq has lived under U.N. sanctions since its 1990 invasion of Kuwait.", "1990"),
        ("Iraq has lived under U.N. sanctions since its 1990 invasion of Kuwait, and a U.S.-led coalition drove its forces out in 1991.", "1990"),
        ("Iraq has lived under U.N. sanctions since 1990.", "1990"),
        ("Syria has faced the toughest sanctions since the 2011 uprising.", "2003-03-20"),
    ],
)
def test_a_state_since_a_deeds_year_began_then(text, date):
    assert [e["date"] for e in of_type(extract(text, "2003-03-20"), "sanctions")] == [date]


@pytest.mark.parametrize(
    "second",
    [
        "وكانت الدول الثلاث قد أجرت أول مناورات بحرية مشتركة بينها في بحر عُمان أواخر ديسمبر 2019، في خطوة عُدّت حينها رسالة إلى واشنطن.",
        "The three countries first held joint drills in the Gulf of Oman in December 2019, in what was seen as a message to Washington.",
    ],
)
def test_the_three_as_subject_beside_another_country_named(second):
    lead = "انطلقت، اليوم الجمعة، مناورات بحرية مشتركة بين إيران وروسيا والصين في شمال المحيط الهندي. "
    found = of_type(extract(lead + second, "2022-01-21"), "military_exercise")
    assert {"IRN", "RUS", "CHN"} <= set(next(e["countries"] for e in found if e["date"] == "2019-12"))
