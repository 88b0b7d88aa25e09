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


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the appointee's own title right after the verb: "named for" excludes a thing named for
        # someone, not "named former ...", "named Foreign Minister ..."
        (
            "Libya's eastern-based parliament named former interior minister Fathi Bashagha as prime minister on Thursday.",
            "2022-02-10",
            [("appointment", "2022-02-10", ["LBY"])],
        ),
        (
            "Israel's prime minister named Foreign Minister Israel Katz as defence minister on Tuesday.",
            "2024-11-05",
            [("appointment", "2024-11-05", ["ISR"])],
        ),
        (
            "وكلف مجلس النواب الليبي يوم الخميس وزير الداخلية الأسبق فتحي باشاغا رئيسا للحكومة.",
            "2022-02-10",
            [("appointment", "2022-02-10", ["LBY"])],
        ),
    ],
)
def test_appointee_s_title_after_the_verb(text, published, expected):
    assert _events(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The new airport in Tripoli was named for the former king, Idris, as a gesture to the east.",
        "The square in Tunis was named after former president Habib Bourguiba as a tribute.",
        "وأطلق اسم الرئيس الراحل على الساحة الرئيسية في تونس العاصمة.",
    ],
)
def test_a_thing_named_for_someone_is_no_appointment(text):
    assert [e for e in extract(text, "2022-02-10") if e["event_type"] == "appointment"] == []
