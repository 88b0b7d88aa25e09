"""The deed a response answers (ردا على الهجوم) is an earlier event than the response its
sentence tells: the names before "in response to" are the response's doers and targets, no
side of that deed. So is a verb of the relative clause that describes the deed answered
("ردا على الهجوم الكيميائي المفترض الذي استهدف دوما"), and so is a catalogued deed named there,
whose entry tells its own sides when the sentence names no other after the response. The
response itself keeps its own doers."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _parties(text: str, published: str, event_type: str, date: str) -> list[tuple[list[str], str | None]]:
    return [(e["countries"], e["actor1"]) for e in of_type(extract(text, published), event_type) if e["date"] == date]


@pytest.mark.parametrize(
    ("text", "published", "date", "parties"),
    [
        # the verb of the relative clause describing the deed answered
        (
            "هدد الرئيس الأمريكي بشن ضربات على سوريا ردا على الهجوم الكيميائي المفترض الذي استهدف مدينة دوما.",
            "2018-04-12",
            "2018-04-07",
            [(["SYR"], None)],
        ),
        (
            "أعلنت إسرائيل أنها سترد ردا على الهجوم الصاروخي الذي استهدف مدينة إيلات السبت.",
            "2018-04-14",
            "2018-04-14",
            [(["ISR"], None)],
        ),
        # a catalogued deed named after the response, with no other name after it
        (
            "توعد ترامب بشن ضربات صاروخية على سوريا ردا على الهجوم الكيميائي على دوما.",
            "2018-04-12",
            "2018-04-07",
            [(["SYR"], None)],
        ),
    ],
)
def test_the_responders_are_no_side_of_the_deed_answered(text, published, date, parties):
    assert _parties(text, published, "attack", date) == parties


@pytest.mark.parametrize(
    ("text", "published", "date", "parties"),
    [
        # the response keeps its doers
        (
            "شنت الولايات المتحدة وفرنسا غارات جوية ردا على هجوم كيماوي على مدينة دوما.",
            "2018-04-14",
            "2018-04-14",
            [(["FRA", "USA", "SYR"], "FRA")],
        ),
        (
            "قصفت القوات التركية مواقع في عفرين السبت ردا على الهجوم الذي استهدف بلدة كلس.",
            "2018-04-14",
            "2018-04-14",
            [(["TUR", "SYR"], "turkey_army")],
        ),
        # a relative clause of a deed that answers nothing keeps the sentence's names
        (
            "نفذت الطائرات الروسية الغارة التي استهدفت مدينة دوما السبت.",
            "2018-04-14",
            "2018-04-14",
            [(["RUS", "SYR"], "RUS")],
        ),
    ],
)
def test_the_response_and_other_relatives_keep_their_names(text, published, date, parties):
    assert _parties(text, published, "attack", date) == parties
