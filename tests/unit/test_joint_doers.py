"""A deed's subject of sides joined by a conjunction ("The United States and Britain carried out
strikes", "The United States, Britain and France launched missiles", "شنت السعودية والإمارات
غارات") makes all of them its doers: another telling that names only one of them as the doer
("US fighter jets ... hit more than 60 targets", "a claim Washington dismissed") is the same deed
told again. Sides set off by commas with no conjunction closing their list are no joint doers."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.actors import find_actors
from events.assemble.joint_doers import joint_doers
from events.resources import load_resources
from events.text.normalize import fold


@pytest.mark.parametrize(
    ("text", "lead", "joined"),
    [
        ("The United States and Britain carried out strikes on Yemen.", "Britain", ["United States"]),
        ("The United States, Britain and France launched missiles at Syria.", "France", ["Britain", "United States"]),
        ("The United States, Britain and France launched missiles at Syria.", "United States", ["Britain", "France"]),
        ("شنت السعودية والإمارات غارات على اليمن.", "السعودية", ["والإمارات"]),
        ("شنت الولايات المتحدة وبريطانيا وفرنسا ضربات صاروخية على سوريا.", "الولايات المتحدة", ["وبريطانيا", "وفرنسا"]),
        ("Turkey, Qatar's ally, struck Iraq.", "Turkey", []),
        ("قصفت تركيا، حليفة قطر، مواقع في العراق.", "تركيا", []),
    ],
)
def test_sides_joined_by_a_conjunction_are_joint_doers(text, lead, joined):
    actors = [a for a in find_actors(text, fold(text), load_resources().actors) if a.country]
    first = next(a for a in actors if text[a.start : a.end] == lead)
    found = joint_doers(text, [first], [a for a in actors if a is not first])
    assert [text[a.start : a.end] for a in found] == joined


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "The United States and Britain carried out dozens of air and missile strikes against Houthi targets "
            "in Yemen early on Friday. US fighter jets and Tomahawk missiles fired from warships hit more than "
            "60 targets, the US Air Forces Central Command said.",
            "2024-01-12",
        ),
        (
            "The United States, Britain and France launched more than 100 missiles at Syrian government targets "
            "early on Saturday. Syrian state media said air defences shot down most of the missiles, a claim "
            "Washington dismissed.",
            "2018-04-14",
        ),
    ],
)
def test_a_telling_by_one_of_the_joint_doers_is_the_same_deed(text, published):
    assert len(of_type(extract(text, published), "attack")) == 1
