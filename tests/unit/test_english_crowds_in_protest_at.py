"""People who closed their shops, came out or gathered in protest at, against or over something
protest, in English as احتجاجا على tells in Arabic ("shops stayed shut on Wednesday in protest at
the verdict", "ظلت المحلات مغلقة يوم الأربعاء احتجاجا على الحكم"); an ambassador recalled or a
resignation in protest is no crowd."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Residents of Al Hoceima in Morocco said shops in parts of the city stayed shut on Wednesday in protest at "
            "the verdict.",
            [("protest", "2018-06-27")],
        ),
        (
            "Hundreds of merchants and shopkeepers who had closed their shops in Tehran's Grand Bazaar came out on "
            "Monday in protest against rising prices.",
            [("protest", "2018-06-25")],
        ),
        (
            "وقال سكان الحسيمة في المغرب إن المحلات في أجزاء من المدينة ظلت مغلقة يوم الأربعاء احتجاجا على الحكم.",
            [("protest", "2018-06-27")],
        ),
        # no crowd: a state's or an official's protest
        ("Bahrain recalled its ambassador from Qatar on Monday in protest at its support for the Brotherhood.", []),
        ("Morocco's justice minister resigned on Monday in protest at the verdict, dozens of officials said.", []),
    ],
)
def test_a_crowd_in_protest_at_something_protests(text, found):
    events = extract(text, "2018-06-28")
    assert [(e["event_type"], e["date"]) for e in events if e["event_type"] == "protest"] == found
