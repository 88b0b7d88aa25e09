"""Two deeds of different types told by two coordinated verbs of one subject: the first verb's
deed stays beside the second's, on its own date, in English ("seized Sanaa in September and
placed Hadi under house arrest in January") as in Arabic, where و joins the second verb
("هاجم الحوثيون صنعاء في سبتمبر واعتقلوا هادي في يناير"); a deed that is part of the other
(a visit and its talks) stays one event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _kinds(found: list[dict]) -> list[tuple[str, str]]:
    return sorted((e["event_type"], e["date"]) for e in found)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The Houthis seized Sanaa in September and placed Hadi under house arrest in January.",
            "2015-03-26",
            [("arrest", "2015-01"), ("attack", "2014-09")],
        ),
        (
            "The Houthis attacked Sanaa in September and arrested Hadi in January.",
            "2015-03-26",
            [("arrest", "2015-01"), ("attack", "2014-09")],
        ),
        (
            "هاجم الحوثيون صنعاء في سبتمبر واعتقلوا هادي في يناير.",
            "2015-03-26",
            [("arrest", "2015-01"), ("attack", "2014-09")],
        ),
    ],
)
def test_the_first_of_two_coordinated_deeds_is_kept(text: str, published: str, expected: list) -> None:
    assert _kinds(extract(text, published)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a visit takes in the talks of its visitor
        ("The president visited Ankara on Tuesday and met Erdogan.", "2015-03-26", [("visit", "2015-03-24")]),
        ("زار الرئيس أنقرة أمس والتقى أردوغان.", "2015-03-26", [("visit", "2015-03-25")]),
        ("Saudi Arabia's foreign minister visited Ankara on Tuesday and held talks with Erdogan.", "2015-03-26", [("visit", "2015-03-24")]),
        # the first deed told by a noun, not by a verb of the subject
        ("Police dispersed the protest in Cairo on Friday and arrested Ahmed Douma.", "2015-03-26", [("arrest", "2015-03-20")]),
    ],
)
def test_no_first_deed_beside_its_whole_or_told_by_a_noun(text: str, published: str, expected: list) -> None:
    assert _kinds(extract(text, published)) == expected
