"""Arabic news sets the proper part of a body's name in guillemets after its generic head
(قناة «العربية»): the name is still that body's, and a deed its report tells keeps its source."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

from events.actors import find_actors, load_actors, quoted_name_variants
from events.text.normalize import fold


@pytest.mark.parametrize(
    ("name", "variants"),
    [
        ("قناة العربية", ["قناة العربية", "قناة «العربية»"]),
        ("قناة العربية الإخبارية", ["قناة العربية الإخبارية", "قناة «العربية الإخبارية»"]),
        ("العربية نت", ["العربية نت"]),  # no generic head
        ("قناة", ["قناة"]),  # the head alone
    ],
)
def test_quoted_variants(name: str, variants: list[str]) -> None:
    assert quoted_name_variants(name, ("قناة", "حركة")) == variants


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وأفادت قناة «العربية» بأن المملكة حشدت قواتها", ["al_arabiya"]),
        ("وأفادت قناة العربية بأن المملكة حشدت قواتها", ["al_arabiya"]),
        ("تعلم اللغة «العربية» في المدارس", []),
    ],
)
def test_a_quoted_name_names_its_body(text: str, found: list[str]) -> None:
    actors = load_actors()
    assert [m.actor_id for m in find_actors(text, fold(text), actors) if m.actor_id == "al_arabiya"] == found


def test_the_report_of_a_known_outlet_tells_the_deed() -> None:
    text = (
        "أطلق التحالف بقيادة السعودية عملية عسكرية في اليمن فجر اليوم. وأفادت قناة «العربية» بأن المملكة حشدت نحو "
        "150 ألف جندي على حدودها الجنوبية مع اليمن."
    )
    assert ("deployment", "2015-03-26") in [(e["event_type"], e["date"]) for e in extract(text, "2015-03-26")]
