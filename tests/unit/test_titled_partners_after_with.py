"""Parties of a meeting. A person named after a title that follows with (مع: "عقد لقاء في جدة مع
أمير الكويت الشيخ صباح الأحمد") is the one met, not the subject a verb-subject order would make
of the first name after the verb: the leader named before the verb held the meeting in his own
city, which is no visit of the guest's told by the sentence, but a meeting. In English the subject
stands before the verb, and a name after with is the partner already."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUB = "2017-06-06"


def _told(text: str) -> list[tuple[str, str | None]]:
    """Each event's type and the party it was done with (not the one who did it)."""
    return [(e["event_type"], e.get("actor2")) for e in extract(text, PUB)]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # the subject before the verb (after كان, with قد or a comma), the titled partner after مع
        ("وكان الملك السعودي سلمان بن عبدالعزيز قد عقد اجتماعا في الرياض مع أمير قطر الشيخ تميم بن حمد.",
         [("meeting", "tamim_bin_hamad")]),
        ("وكان الرئيس المصري عبد الفتاح السيسي، عقد لقاء في القاهرة مع ملك الأردن عبد الله الثاني.",
         [("meeting", "king_abdullah_ii")]),
        # the host named before the noun of meeting, in his own capital
        ("عقد الرئيس التركي رجب طيب أردوغان في أنقرة لقاء مع رئيس الوزراء العراقي حيدر العبادي.",
         [("meeting", "haider_al_abadi")]),
    ],
)
def test_a_titled_name_after_with_is_the_partner(text, told):
    assert _told(text) == told


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # English puts the subject first: the name after with is the partner already
        ("Saudi King Salman held a meeting in Riyadh with the Emir of Qatar, Sheikh Tamim bin Hamad.",
         [("meeting", "tamim_bin_hamad")]),
        # a host receiving a guest in his city is the guest's visit
        ("استقبل الملك السعودي سلمان بن عبدالعزيز في الرياض أمير قطر الشيخ تميم بن حمد.",
         [("visit", "tamim_bin_hamad")]),
    ],
)
def test_the_partner_and_the_guest_stay_as_they_were(text, told):
    assert _told(text) == told
