"""A visit told with no day of its own takes the day of a deed its visitor did, with a day of
its own, in the city it went to in the days before the publication ("signed a friendship treaty
in Benghazi on Saturday ... Berlusconi's visit to Benghazi came four months after"); a deed in
another city dates no visit. The Arabic spellings of a leader's name the agencies write
(برلوسكوني beside برلسكوني) name him."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.actors import find_actors, load_actors
from events.text.normalize import fold


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Libyan leader Muammar Gaddafi and Italian Prime Minister Silvio Berlusconi signed a friendship treaty in "
            "Benghazi on Saturday. Berlusconi's visit to Benghazi, which lasted a few hours, came four months after he "
            "returned to power.",
            "2008-08-30",
        ),
        (
            "وقّع الزعيم الليبي معمر القذافي ورئيس الوزراء الإيطالي سيلفيو برلوسكوني أمس السبت في مدينة بنغازي معاهدة صداقة. "
            "وجاءت زيارة برلوسكوني إلى بنغازي، التي استمرت ساعات، بعد أربعة أشهر من عودته إلى رئاسة الحكومة.",
            "2008-08-30",
        ),
        # a deed done to someone else there, by others: the visit keeps the publication's day
        (
            "Iraqi security forces arrested a Turkish national in Baghdad on Saturday. "
            "The Turkish foreign minister's visit to Baghdad is the first since March.",
            "2008-08-31",
        ),
        # a deed in another city: the visit keeps the publication's day
        (
            "Italian Prime Minister Silvio Berlusconi signed a deal in Rome on Saturday. "
            "Berlusconi's visit to Benghazi came four months after he returned to power.",
            "2008-08-31",
        ),
    ],
)
def test_a_visit_takes_the_day_of_its_visitor_s_deed_there(text, date):
    visits = of_type(extract(text, "2008-08-31"), "visit")
    assert [v["date"] for v in visits] == [date], visits


@pytest.mark.parametrize("text", ["وصل سيلفيو برلوسكوني إلى طرابلس.", "وصل برلوسكوني إلى طرابلس.", "وصل برلسكوني إلى طرابلس."])
def test_spellings_of_berlusconi(text):
    assert "silvio_berlusconi" in [m.actor_id for m in find_actors(text, fold(text), load_actors())]
