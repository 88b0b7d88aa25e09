"""One Arabic event word counted as several deeds by the noun before it (عمليتا اغتيال), with
two objects joined by و, each with a date of its own written after it («عمليتا اغتيال
المعارضين شكري بلعيد في 6 فيفري 2013 ومحمد البراهمي في 25 جويلية من العام نفسه»), tells two
deeds, each on its date (events/assemble/conjuncts.py `second_dated_deed`). With no such count, a
second verb on the same object (وأطلقت سراحه، ودفن) tells no second deed of the type."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2014-10-31"


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        (
            "قبل أن تهز البلاد عمليتا اغتيال المعارضين التونسيين شكري بلعيد في 6 فيفري 2013 ومحمد البراهمي في 25 جويلية من العام نفسه.",
            "attack",
            ["2013-02-06", "2013-07-25"],
        ),
        # one object, a second verb on it: one deed
        ("اعتقلت الشرطة التونسية الناشط أحمد في 6 فيفري 2013 وأطلقت سراحه في 25 جويلية.", "arrest", ["2013-02-06"]),
        ("اغتيل المعارض التونسي شكري بلعيد في 6 فيفري 2013 ودفن في مقبرة الجلاز في 8 فيفري.", "attack", ["2013-02-06"]),
        # one object and one date
        ("اغتيل المعارض التونسي شكري بلعيد في 6 فيفري 2013 أمام منزله.", "attack", ["2013-02-06"]),
    ],
)
def test_each_counted_object_on_its_own_date(text: str, event_type: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, PUBLISHED), event_type)) == dates
