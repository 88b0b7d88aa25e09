"""A few days counted from a month told without its day ("signed the pact in March, which
parliament approved two weeks later", "ووقعه الرئيس بعد ذلك بأسبوع") date the deed in that
month, at the precision of a month; a longer count, or one after a year, names nothing."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


def _values(text: str, published: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.value, m.precision) for m in find_dates(text, published)}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The two states signed a trade pact in March, which parliament approved two weeks later.", "two weeks later", ("2021-03", "month")),
        ("The minister resigned in March. The following day, the cabinet met in emergency session.", "The following day", ("2021-03", "month")),
        ("The envoys met in Geneva in March. A week earlier, talks had stalled.", "A week earlier", ("2021-03", "month")),
        ("وقعت الحكومتان اتفاقا تجاريا في مارس/آذار، وصادق عليه البرلمان بعد ذلك بأسبوعين.", "بعد ذلك بأسبوعين", ("2021-03", "month")),
        ("استقال الوزير في مارس/آذار، وفي اليوم التالي اجتمع مجلس الوزراء.", "في اليوم التالي", ("2021-03", "month")),
        ("وقع الطرفان الاتفاق في مارس/آذار، ثم وقعه الرئيس بعد أسبوع.", "بعد أسبوع", ("2021-03", "month")),
    ],
)
def test_a_few_days_from_a_month_name_that_month(text, phrase, value):
    assert _values(text, "2021-06-01").get(phrase) == value


@pytest.mark.parametrize(
    "text",
    [
        "Turkey and Qatar signed a defence pact in March, which the Qatari parliament ratified two weeks later.",
        "وقعت تركيا وقطر اتفاقية دفاعية في مارس/آذار. وبعد ذلك بأسبوعين صادق البرلمان القطري على الاتفاقية مع تركيا.",
    ],
)
def test_the_deed_after_the_count_takes_the_month(text):
    found = of_type(extract(text, "2021-06-01"), "ratification")
    assert [e["date"] for e in found] == ["2021-03"], found
