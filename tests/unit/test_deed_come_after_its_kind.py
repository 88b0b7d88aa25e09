"""A deed told again by a verb of coming, then after another word of its type («وجاءت الاستقالة
بعد استقالة وزيرة الإعلام منال عبد الصمد الأحد»): the second word tells a deed of its own, on its
own day; one resignation cannot come after itself. A word of another type after the opener stays
the circumstance it was."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2020-08-11"
LEAD = "بيروت - أعلن رئيس الحكومة اللبنانية حسان دياب مساء أمس الاثنين استقالة حكومته في كلمة متلفزة. "


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        (LEAD + "وجاءت الاستقالة بعد استقالة وزيرة الإعلام منال عبد الصمد الأحد، وسط ضغط شعبي متصاعد.", "appointment", ["2020-08-09", "2020-08-10"]),
        # another type after the opener: the circumstance of the resignation told again
        (LEAD + "وجاءت الاستقالة بعد أيام من الانفجار الضخم الذي دمر مرفأ بيروت.", "appointment", ["2020-08-10"]),
    ],
)
def test_a_deed_come_after_another_of_its_kind(text, event_type, dates):
    assert sorted(e["date"] for e in of_type(extract(text, PUBLISHED), event_type)) == dates
