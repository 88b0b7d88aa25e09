"""A bombing is an attack wherever a crisis is named in its sentence ("The crisis was triggered by
a suicide car bombing on Feb. 14"); only the Arabic figure of blowing up a crisis or a situation,
the noun right after the word (تفجير الأزمة، تفجير الوضع), is no attack (triggers.json
`excludes_next`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("The crisis was triggered by a suicide car bombing on Feb. 14 that killed 40 Indian police in Kashmir.", ["2019-02-14"]),
        ("وسط الأزمة السياسية، قتل 10 أشخاص في تفجير سيارة مفخخة في بغداد أمس.", ["2019-03-01"]),
        ("وتفاقمت الأزمة السياسية في لبنان بعد عملية انتحارية استهدفت موكبا في بيروت أمس.", ["2019-03-01"]),
        # the figure: a crisis or a situation blown up
        ("وحذر الوزير من تفجير الأزمة بين البلدين في لبنان أمس.", []),
        ("وحذر الوزير من أن استمرار الأزمة قد يؤدي إلى تفجير الوضع في لبنان.", []),
    ],
)
def test_a_bombing_and_the_figure_of_a_crisis_blown_up(text: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, "2019-03-02"), "attack")] == dates
