"""An Arabic sentence going on from a dated one with no time of its own takes its day when it
tells one more deed, not the one before told again: another state's deed of the same type
("وأعلنت البحرين اليوم الاثنين قطع علاقاتها ... وقررت الإمارات خفض تمثيلها"), a deed told as
one more by أيضا, or a verbal noun that a verb of deciding opening the sentence takes as its
object. A day the catalog gives the sentence before's event counts when that sentence names it
too. Not a definite noun naming the deed told before again, nor a strike told after another
side's attack."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.continued import _a_new_deed
from events.assemble.text import _Candidate


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        (
            "أعلنت الكويت أمس الأحد قطع علاقاتها الدبلوماسية مع طهران. وقررت قطر خفض مستوى تمثيلها "
            "الدبلوماسي في طهران.",
            "2016-01-04",
            "sanctions",
            ["2016-01-03", "2016-01-03"],
        ),
    ],
)
def test_one_more_deed_takes_the_day_of_the_sentence_before(text, published, event_type, dates):
    assert sorted(e["date"] for e in of_type(extract(text, published), event_type)) == dates


@pytest.mark.parametrize(
    ("sentence", "trigger", "new"),
    [
        ("وتضمن الإعلان الرئاسي أيضا إعفاء نائب الرئيس من منصبه.", "إعفاء", True),
        ("وتضمن القرار كذلك طرد السفير.", "طرد", True),
        ("وتضمن الإعلان الرئاسي إعفاء نائب الرئيس من منصبه.", "إعفاء", False),
    ],
)
def test_a_word_of_addition_tells_one_more_deed(sentence, trigger, new):
    at = sentence.index(trigger)
    cand = _Candidate("appointment", None, (0, len(sentence)), (at, at + len(trigger)), trigger, 0.9)
    assert _a_new_deed(sentence, cand) is new
