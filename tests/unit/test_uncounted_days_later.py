"""An uncounted few days after or before the time told before them ("flew to Khartoum days
later", "وبعد ذلك بأيام") name that time's month, at the precision of a month; counted from a
deed of their own ("بعد أيام من اندلاع الأزمة") they name nothing."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


def _values(text: str, published: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.value, m.precision) for m in find_dates(text, published)}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The two armies inked a pact on March 2. Sisi flew to Khartoum days later.", "days later", ("2021-03", "month")),
        ("The talks collapsed in March. A few days earlier, rockets hit the base.", "A few days earlier", ("2021-03", "month")),
        ("وقع الجيشان اتفاقا في 2 مارس/آذار، وبعد ذلك بأيام زار السيسي الخرطوم.", "بعد ذلك بأيام", ("2021-03", "month")),
    ],
)
def test_a_few_days_name_the_month_told_before(text: str, phrase: str, value: tuple[str, str]) -> None:
    assert _values(text, "2021-06-01").get(phrase) == value


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت الأزمة في 2 مارس/آذار، وبعد أيام من اندلاع الأزمة زار السيسي الخرطوم.",  # counted from a deed
        "The pact was signed in 2019. Days later, Sisi flew to Khartoum.",  # after a year: no month to name
        "The pact was signed on March 30. Days later, Sisi flew to Khartoum.",  # maybe in April
        "The pact was signed on March 1. Days earlier, Sisi flew to Khartoum.",  # maybe in February
        # two times in the sentence before (the dots of "Jan." and "U.S." end no sentence)
        "On Jan. 3 the U.S. envoy arrived and on March 4 talks began. Days later, Sisi flew to Khartoum.",
    ],
)
def test_no_month_without_its_anchor(text: str) -> None:
    assert not any(k.lower().startswith(("days", "بعد أيام")) for k in _values(text, "2021-06-01"))


def test_the_visit_takes_the_month() -> None:
    text = (
        "On March 2, the chiefs of staff of Egypt and Sudan inked a military cooperation pact in Khartoum. "
        "President Abdel Fattah al-Sisi flew to the Sudanese capital days later, his first trip there since 2019."
    )
    assert [e["date"] for e in of_type(extract(text, "2021-05-26"), "visit")] == ["2021-03"]
