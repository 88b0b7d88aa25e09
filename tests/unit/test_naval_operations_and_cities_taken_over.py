"""A naval or maritime operation launched to protect shipping is a deployment, not an attack, in
English as in Arabic («أطلقت ... عملية بحرية ... لحماية الملاحة»), while a military operation
launched stays an attack; a city taken over by a group named a long apposition before the verb
("The Houthis, a Zaydi Shia movement from the north, took over Sanaa") is captured, as
«سيطر الحوثيون، وهم حركة زيدية، على صنعاء» is, while a government or a company taking over
ministries or a firm captures nothing."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2024-01-12"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The United States launched a multinational naval operation in December to protect shipping in the Red Sea.", "deployment"),
        ("أطلقت الولايات المتحدة في ديسمبر عملية بحرية متعددة الجنسيات لحماية الملاحة في البحر الأحمر.", "deployment"),
        # a military operation launched, or a naval one against a side, is an attack
        ("The coalition launched a naval operation against Houthi boats off Hodeidah in December.", "attack"),
        ("Turkey launched a military operation in northern Syria in December.", "attack"),
        ("أطلقت تركيا عملية عسكرية في شمال سوريا في ديسمبر.", "attack"),
    ],
)
def test_operation_launched_is_told_by_its_kind(text: str, event_type: str) -> None:
    found = extract(text, PUBLISHED)
    assert [e["event_type"] for e in found if e["event_type"] in ("attack", "deployment")] == [event_type], found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("The Houthis, a Zaydi Shia movement from the north, took over Sanaa in September.", ["2023-09"]),
        ("سيطر الحوثيون، وهم حركة زيدية من الشمال، على صنعاء في سبتمبر.", ["2023-09"]),
        # no armed group: a government, a company
        ("The new government, formed after months of talks, took over the ministries in September.", []),
        ("The company, backed by foreign investors and banks, took over the firm in September.", []),
    ],
)
def test_city_taken_over_by_a_group_named_before(text: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "attack")] == dates, text
