"""The states listed after the "after" or "since" of an ordinal ("the fifth state to normalise
ties with Chad, after Niger and Senegal"; «الدولة الخامسة التي تطبع علاقاتها مع تشاد بعد النيجر
والسنغال») did the same deed before: one event of its type each, with the deed's partner, dated by
the year the list gives, else by the year told before the list."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "وأصبحت غانا الدولة الخامسة التي تطبع علاقاتها مع تشاد هذا العام بعد النيجر والسنغال.",
            "2021-05-04",
            {("SEN", "TCD", "2021"), ("NER", "TCD", "2021")},
        ),
        (
            "وغانا هي أول دولة أفريقية تطبع العلاقات مع تشاد منذ النيجر عام 1985 والسنغال عام 1992.",
            "2021-05-04",
            {("NER", "TCD", "1985"), ("SEN", "TCD", "1992")},
        ),
        (
            "Ghana became the third African country to normalise ties with Chad this year, after Niger and Senegal.",
            "2021-05-04",
            {("NER", "TCD", "2021"), ("SEN", "TCD", "2021")},
        ),
        (
            "Ghana was the first African state to normalise relations with Chad since Niger in 1985 and Senegal in 1992.",
            "2021-05-04",
            {("NER", "TCD", "1985"), ("SEN", "TCD", "1992")},
        ),
        (
            "وقعت غانا وتشاد الأحد اتفاقا، لتصبح غانا الدولة الثالثة التي تطبع علاقاتها مع تشاد عام 2021 بعد النيجر والسنغال.",
            "2021-05-04",
            {("SEN", "TCD", "2021"), ("NER", "TCD", "2021")},
        ),
    ],
)
def test_each_state_listed_after_the_ordinal_did_the_deed_before(text: str, published: str, expected: set) -> None:
    events = of_type(extract(text, published), "relations")
    told = {(e["countries"][0], e["countries"][1], e["date"]) for e in events if e["date"] != published}
    assert expected <= told
    listed = {c for c, _, _ in expected}
    assert not any(len(listed & set(e["countries"])) > 1 for e in events)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("وأصبحت غانا الدولة الخامسة التي تطبع علاقاتها مع تشاد بعد النيجر والسنغال.", "2021-05-04"),
        ("وأجرت غانا الأحد أول زيارة إلى تشاد بعد النيجر والسنغال.", "2021-05-04"),
        ("Ghana became the third African country to normalise ties with Chad, after Niger and Senegal.", "2021-05-04"),
        ("Ghana signed a deal with Chad on Sunday, the first since Niger in 1985.", "2021-05-04"),
        ("The talks are the first step to normalise relations with Chad since Niger in 1985.", "2021-05-04"),
    ],
)
def test_no_year_and_no_catalogued_deed_no_earlier_event(text: str, published: str) -> None:
    events = extract(text, published)
    assert not [e for e in events if e["date"] and e["date"] < "2021" and {"NER", "SEN"} & set(e["countries"])]

