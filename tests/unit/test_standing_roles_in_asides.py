"""A standing role told by an aside in the present perfect (Oman, which has mediated between
Riyadh and the Houthis; Qatar, which has hosted talks between the two sides) or by an Arabic one
in the present (قطر، التي تستضيف محادثات بين الطرفين) is no event of the day; a role played on a
day, an aside with a date of its own and an Arabic aside in the past stay."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2024-02-06"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Oman, which has mediated between Riyadh and the Houthis, said on Monday it could not condone the strikes.", "meeting"),
        ("Qatar, which has hosted talks between Washington and the Taliban, said on Monday it welcomed the deal.", "meeting"),
        ("وقالت قطر، التي تستضيف محادثات بين واشنطن وطالبان، يوم الاثنين إنها ترحب بالاتفاق.", "meeting"),
        ("وقالت الكويت، التي تقود وساطة بين الدوحة والرياض، يوم الاثنين إنها تأمل في اتفاق.", "meeting"),
    ],
)
def test_a_standing_role_is_no_event(text, event_type):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert found == [], found


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("Oman mediated between Riyadh and the Houthis on Monday.", "meeting", "2024-02-05"),
        (
            "Qatar, which hosted talks between Washington and the Taliban on Sunday, said on Monday it welcomed the deal.",
            "meeting",
            "2024-02-04",
        ),
        # an aside of another type: a deed, dated by its onset
        ("Iran, which has armed the Houthis since 2015, said on Monday it condemned the strikes.", "aid", "2015"),
        ("وقالت قطر، التي استضافت محادثات بين واشنطن وطالبان يوم الأحد، إنها ترحب بالاتفاق.", "meeting", "2024-02-04"),
        ("وقالت قطر، التي تستضيف اليوم الثلاثاء محادثات بين واشنطن وطالبان، إنها ترحب بالاتفاق.", "meeting", "2024-02-06"),
    ],
)
def test_a_role_played_on_a_day_stays(text, event_type, date):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert [e["date"] for e in found] == [date], found
