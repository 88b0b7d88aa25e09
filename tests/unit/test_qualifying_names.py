"""A name that qualifies a noun, in the English possessive ("Yemen's government", "Tehran's oil
exports") or as a country's name that is also its adjective ("Saudi diplomatic missions", "البعثات
الدبلوماسية السعودية"), names a side, not the place of the deed; a preposition or a noun of places
before it makes it a place again (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

from events.assemble.qualifying_names import qualifies_a_noun
from events.model import PlaceMention

CASES = [
    # (text, event type, where it took place[, published])
    (
        "KUWAIT, April 22 (Reuters) - U.N.-sponsored peace talks between Yemen's government and the "
        "Houthi rebels opened in Kuwait on Thursday.",
        "meeting",
        "KWT",
    ),
    # a qualifying name that is the sentence's only one still gives the side's own country
    ("Mali's junta, which came after the seizure of power in August 2020, expelled the envoy.", "appointment", "MLI", "2024-05-10"),
    ("Protesters stormed Saudi diplomatic missions in Iran on Sunday.", "protest", "IRN"),
    ("اقتحم محتجون البعثات الدبلوماسية السعودية في إيران الأحد.", "protest", "IRN"),
    # unchanged: a preposition makes the name a place; the country named as a subject is a side
    ("Protesters gathered in Tehran's Azadi Square on Sunday.", "protest", "IRN"),
    ("Talks between Syria's government and the opposition opened in Geneva on Monday.", "meeting", "CHE"),
]


@pytest.mark.parametrize("case", CASES)
def test_a_qualifying_name_is_no_place(case):
    text, event_type, country, published = (*case, "2016-01-05")[:4]
    event = next(e for e in extract(text, published) if e["event_type"] == event_type)
    assert (event["location"] or {}).get("country") == country, event


def _place(text: str, name: str) -> PlaceMention:
    start = text.index(name)
    return PlaceMention(start, start + len(name), name, name, "XXX", 0.0, 0.0, "country")


@pytest.mark.parametrize(
    ("text", "name", "qualifies"),
    [
        ("to curb Tehran's nuclear programme", "Tehran", True),
        ("stormed Saudi diplomatic missions", "Saudi", True),
        ("the Saudi-led coalition", "Saudi", True),
        ("اقتحموا البعثات الدبلوماسية السعودية في إيران", "السعودية", True),
        ("in Tehran's Evin prison", "Tehran", False),
        ("أعلنت السعودية قطع العلاقات", "السعودية", False),
        ("بين الإمارات والسعودية", "السعودية", False),
        ("he lives in Saudi now", "Saudi", False),
    ],
)
def test_which_names_qualify_a_noun(text, name, qualifies):
    assert qualifies_a_noun(text, _place(text, name)) is qualifies
