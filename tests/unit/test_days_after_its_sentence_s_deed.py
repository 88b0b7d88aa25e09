"""A deed told so many days before the deed its own sentence tells first ("signed ... a day after
Abiy flew into Asmara") took place that many days before that deed's day, whether the text or the
catalog dates it; with no such deed dated to a day before it in its sentence it stays undated."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

ASMARA = (
    "ASMARA (Reuters) - Ethiopia and Eritrea declared an end to their war on Monday. The Joint Declaration of "
    "Peace and Friendship was signed by Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias "
    "Afwerki a day after Abiy flew into Asmara, the first trip there by an Ethiopian leader in about 20 years."
)


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        # the signing dated by the catalog
        (ASMARA, ["2018-07-08"]),
        # by the text
        ("Egypt and Sudan signed a defence pact on Tuesday, two days after Sudan's foreign minister visited Cairo.", ["2018-07-08"]),
        ("وقعت مصر والسودان اتفاقية دفاع مشترك يوم الثلاثاء بعد يومين من زيارة وزير الخارجية السوداني إلى القاهرة.", ["2018-07-08"]),
    ],
)
def test_a_deed_days_before_its_sentence_s_deed(text, visits):
    assert [e["date"] for e in of_type(extract(text, "2018-07-10"), "visit")] == visits


def test_a_deed_of_another_sentence_is_no_anchor():
    text = "Abiy Ahmed signed the declaration on Monday. Officials said the talks ended a day after Abiy flew into Asmara."
    assert "2018-07-08" not in [e["date"] for e in of_type(extract(text, "2018-07-10"), "visit")]
