"""Armed men that took back a town, told by the Arabic verb with the forces as its subject and the
place's kind as its object («استعادت القوات العراقية لاحقا مدينتي الرمادي ...»), captured it; trust,
calm or life regained is no capture. A series of places taken, each with its own time, whose
later places carry their link word on the name («والفلوجة في حزيران 2016», «وقندهار الجمعة»), is
a capture of each on its own time."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _found(events: list[dict]) -> list[tuple[str, str | None]]:
    return [(e["event_type"], e["date"]) for e in events]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "واستعادت القوات العراقية لاحقاً مدينتي الرمادي في كانون الأول ٢٠١٥ والفلوجة في حزيران ٢٠١٦.",
            "2017-07-10",
            [("attack", "2015-12"), ("attack", "2016-06")],
        ),
        (
            "سيطر تنظيم الدولة على مدينة الرمادي في مايو 2015 والفلوجة في يناير 2014.",
            "2017-07-10",
            [("attack", "2015-05"), ("attack", "2014-01")],
        ),
        (
            "وسيطرت حركة طالبان على معظم عواصم الولايات الأفغانية، بينها هرات الخميس وقندهار الجمعة ومزار شريف السبت.",
            "2021-08-16",
            [("attack", "2021-08-13"), ("attack", "2021-08-14")],
        ),
        ("استعاد الجيش العراقي بلدة القائم في نوفمبر 2017.", "2018-01-10", [("attack", "2017-11")]),
    ],
)
def test_each_place_taken(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    found = _found(extract(text, published))
    for item in expected:
        assert item in found, found


@pytest.mark.parametrize(
    "text",
    [
        "استعادت الحكومة العراقية ثقة سكان مدينة الرمادي في كانون الأول ٢٠١٥.",
        "يستعيد سكان مدينة الرمادي حياتهم الطبيعية بعد انسحاب القوات.",
    ],
)
def test_nothing_taken(text: str) -> None:
    assert not [e for e in extract(text, "2017-07-10") if e["event_type"] == "attack"], _found(extract(text, "2017-07-10"))
