"""A death-toll update names an attack: the day the toll rose is not the attack's (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the update's day, before the toll's noun or after the figure: the attack is the article's news
        ("ارتفعت الأحد حصيلة ضحايا التفجير الانتحاري الذي استهدف سوقا في بغداد إلى 30 قتيلا.", "2017-06-06"),
        ("ارتفعت حصيلة ضحايا التفجير في بغداد إلى 30 قتيلا الأحد.", "2017-06-06"),
        ("ارتفع عدد قتلى الهجوم على كنيسة في القاهرة إلى 30 الأحد.", "2017-06-06"),
        ("The death toll from the bombing in Baghdad rose to 30 on Sunday.", "2017-06-06"),
        # the attack's own clause keeps its day
        ("ارتفعت حصيلة ضحايا التفجير الذي وقع الخميس في بغداد إلى 30 قتيلا الأحد.", "2017-06-01"),
        ("ارتفعت حصيلة ضحايا التفجير الذي وقع أمس في بغداد إلى 30 قتيلا اليوم.", "2017-06-05"),
        ("On Sunday, the death toll from Thursday's bombing in Baghdad rose to 30.", "2017-06-01"),
        ("The death toll from the bombing in Baghdad on Thursday rose to 30 on Sunday.", "2017-06-01"),
        # no update: the day is the attack's
        ("قتل 30 شخصا في تفجير في بغداد الأحد.", "2017-06-04"),
        ("Thirty people were killed in a bombing in Baghdad on Sunday.", "2017-06-04"),
    ],
)
def test_a_toll_update_does_not_date_the_attack(text, date):
    attacks = [e for e in extract(text, "2017-06-06") if e["event_type"] == "attack"]
    assert [e["date"] for e in attacks] == [date], attacks
