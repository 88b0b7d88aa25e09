"""A deed told as similar to one told before («مسيرات مماثلة», "similar rallies"), with no date of
its own, is one more place of that day's wave: one event. Told with a date of its own, or with no
event of its type told and dated before, it stands apart."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "خرج آلاف الجزائريين، أمس الجمعة 22 فيفري، في مسيرات حاشدة بالجزائر العاصمة. وشهدت مدن وهران وعنابة "
        "وقسنطينة مسيرات مماثلة جرت في أغلبها بشكل سلمي.",
        "Thousands of Algerians marched in Algiers on Friday against a fifth term for Bouteflika. Similar rallies "
        "were held in Oran and Constantine.",
    ],
)
def test_similar_marches_are_the_wave_told_before(text: str) -> None:
    assert [e["date"] for e in of_type(extract(text, "2019-02-23"), "protest")] == ["2019-02-22"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Thousands of Algerians marched in Algiers on Friday against a fifth term for Bouteflika. Similar rallies "
            "were held in Oran on Feb. 15.",
            ["2019-02-15", "2019-02-22"],
        ),
        ("Similar rallies were held in Oran and Constantine in Algeria.", ["2019-02-23"]),
    ],
)
def test_a_similar_deed_with_its_own_date_or_no_wave_stands_apart(text: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, "2019-02-23"), "protest")) == dates


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "Turkish jets struck PKK positions in northern Syria on Sunday. Turkish drones carried out similar strikes "
            "in northern Iraq.",
            "attack",
            2,
        ),
        ("Erdogan visited Qatar on Monday. Saudi Crown Prince Mohammed bin Salman made a similar visit to Doha.", "visit", 2),
    ],
)
def test_a_similar_deed_between_other_countries_is_one_of_its_own(text: str, kind: str, count: int) -> None:
    assert len(of_type(extract(text, "2022-11-21"), kind)) == count
