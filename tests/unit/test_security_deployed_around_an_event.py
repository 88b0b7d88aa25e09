"""Security forces deployed by a count of their members («نشرت السلطات أكثر من عشرة آلاف عنصر
من قوات الأمن») are a deployment; an event they secure or cover («لتأمين الزيارة», "to secure
the presidential election") gives way to that deployment as the sentence's own event; a curfew
imposed, however qualified («حظرا شاملا للتجول»), is no sanction."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "ونشرت السلطات العراقية أكثر من عشرة آلاف عنصر من قوات الأمن لتأمين الزيارة، وفرضت حظرا شاملا للتجول "
            "طوال أيامها.",
            "2021-03-05",
            "2021-03-05",
        ),
        ("ونشرت وزارة الداخلية المصرية أمس آلاف العناصر من الشرطة في القاهرة لتأمين الانتخابات.", "2014-05-26", "2014-05-25"),
        ("Afghanistan deployed 350,000 troops on Saturday to secure the presidential election.", "2014-04-05", "2014-04-05"),
    ],
)
def test_the_deployment_around_an_event_is_told(text: str, published: str, date: str) -> None:
    events = extract(text, published)
    assert [e["date"] for e in of_type(events, "deployment")] == [date], events
    assert not of_type(events, "sanctions"), events


def test_a_qualified_curfew_is_no_sanction() -> None:
    text = "وفرضت السلطات الأردنية حظرا شاملا للتجول في مدينة الكرك أمس."
    assert not of_type(extract(text, "1996-08-18"), "sanctions")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("ونشرت وزارة الداخلية المصرية أسماء 12 عنصرا من قوات الشرطة قتلوا في الهجوم على كمين في العريش.", "2017-05-10"),
        ("ونشرت صحيفة الوطن تقريرا عن عناصر من الشرطة متهمين بالفساد في بغداد.", "2019-08-12"),
    ],
)
def test_names_or_a_report_published_are_no_deployment(text: str, published: str) -> None:
    assert not of_type(extract(text, published), "deployment")


def test_a_statement_cited_keeps_the_deployment() -> None:
    text = "ونشرت وزارة الداخلية المصرية، بحسب بيان لها، ألفي عنصر من قوات الأمن في محيط الكنائس."
    assert [e["date"] for e in of_type(extract(text, "2017-05-10"), "deployment")] == ["2017-05-10"]
