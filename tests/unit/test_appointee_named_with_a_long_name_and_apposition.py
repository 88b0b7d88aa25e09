"""One named, charged or nominated to a post, told with the post after `as` or in the
accusative (named X as prime minister, كلف X رئيسا للحكومة), is appointed even when a long
name of several parts and an apposition set off by commas stand between the verb and the
post (named Sheikh A B al-C al-D, a former minister, as prime minister)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _events(text: str, published: str) -> list[tuple[str, str | None, list[str]]]:
    return sorted((e["event_type"], e["date"], sorted(e["countries"])) for e in extract(text, published))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The king of Jordan on Sunday named Abdullah Ibn Hassan al-Rawabdeh al-Khasawneh, a veteran diplomat, as prime minister.",
            "2024-04-05",
            [("appointment", "2024-03-31", ["JOR"])],
        ),
        (
            "The emir of Qatar in March named Sheikh Faisal bin Hamad al-Thani al-Kuwari as foreign minister.",
            "2024-04-05",
            [("appointment", "2024-03", ["QAT"])],
        ),
        (
            "وكلف العاهل الأردني يوم الأحد عبد الله بن حسن الخصاونة، الدبلوماسي المخضرم، رئيسا للحكومة.",
            "2024-04-05",
            [("appointment", "2024-03-31", ["JOR"])],
        ),
        (
            "وكلف أمير قطر في مارس الشيخ فيصل بن حمد آل ثاني وزيرا للخارجية.",
            "2024-04-05",
            [("appointment", "2024-03", ["QAT"])],
        ),
    ],
)
def test_long_name_and_apposition_before_the_post(text, published, expected):
    assert _events(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the post belongs to a second clause, no naming to it
        (
            "The street was named after the poet Ahmed Shawqi of Cairo and his family, and he served as prime minister.",
            "2024-04-05",
        ),
        # a name of its own, then a role told elsewhere
        (
            "Voters named the Hassan family, a clan of farmers and traders from the south, as their favourite minister.",
            "2024-04-05",
        ),
        (
            "وكلف الوزير لجنة من القضاة والمحامين وأساتذة القانون بإعداد المشروع، وكان رئيسها سفيرا في باريس.",
            "2024-04-05",
        ),
    ],
)
def test_no_appointment_without_a_naming_to_the_post(text, published):
    assert [e for e in _events(text, published) if e[0] == "appointment"] == []
