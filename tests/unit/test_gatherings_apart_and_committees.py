"""Three readings of meetings:
- a summit dated by a time of its own in a clause of its own, inside the sentence of a visit
  («زيارة ... هي الأولى منذ مشاركته في القمة التي استضافتها بغداد في مارس 2012», "his first since
  attending the summit hosted by Baghdad in March 2012"), is a meeting of its own, not the visit's talks;
- a meeting held in one party's country is a visit only when an official takes part: a joint
  technical committee's meeting stays a meeting;
- talks told going on to revive a deal («تتواصل المحادثات الرامية إلى إحياء الاتفاق النووي») are
  the event, not the deal they would revive."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "بدأ أمير الكويت، أمس الأربعاء، زيارة رسمية إلى العراق، هي الأولى له منذ مشاركته في القمة العربية التي استضافتها بغداد في مارس/آذار 2012.",
        "The emir of Kuwait began an official visit to Iraq on Wednesday, his first since attending the Arab summit hosted by Baghdad in March 2012.",
    ],
)
def test_a_summit_of_its_own_time_beside_a_visit(text: str) -> None:
    found = extract(text, "2019-06-20")
    assert [e["date"] for e in of_type(found, "visit")] == ["2019-06-19"]
    assert [(e["date"], sorted(e["countries"])) for e in of_type(found, "meeting")] == [("2012-03", ["IRQ", "KWT"])]


@pytest.mark.parametrize(
    "text",
    [
        "وكانت لجنة فنية أردنية سورية قد عقدت اجتماعا في عمان الأربعاء الماضي.",
        "وعقدت لجنة فنية أردنية سورية مشتركة اجتماعا في عمان الأربعاء الماضي.",
    ],
)
def test_a_committee_meeting_at_one_side_s_home_stays_a_meeting(text: str) -> None:
    found = extract(text, "2018-10-15")
    assert [(e["event_type"], e["date"]) for e in found] == [("meeting", "2018-10-10")]


def test_talks_to_revive_a_deal_are_the_event() -> None:
    found = extract("تتواصل في فيينا المحادثات الرامية إلى إحياء الاتفاق النووي لعام 2015.", "2022-01-21")
    assert [(e["event_type"], e["date"]) for e in found] == [("meeting", "2022-01-21")]
