"""A definite event noun that the catalog dates, told in a sentence that writes the month or the
year the catalog's day falls in ("The agreement, signed in April 2016 during a visit to Cairo by
Saudi King Salman, places the islands ..."), is dated by its sentence as much as one the sentence
dates by its own words: it is the signing of that month, not an undated retelling of the
ratification told before it. With no such date it stays that retelling."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2017-06-25"
RATIFIED_EN = (
    "Egyptian President Abdel Fattah al-Sisi has ratified an agreement to hand two Red Sea islands to Saudi Arabia, "
    "the official gazette showed on Sunday. "
)
RATIFIED_AR = "صادق الرئيس المصري عبد الفتاح السيسي على اتفاقية تسليم جزيرتي تيران وصنافير إلى السعودية، بحسب الجريدة الرسمية الأحد. "


@pytest.mark.parametrize(
    "text",
    [
        RATIFIED_EN + "The agreement, signed in April 2016 during a visit to Cairo by Saudi King Salman, "
        "places Tiran and Sanafir islands within Saudi territorial waters.",
        RATIFIED_AR + "والاتفاقية، الموقعة في أبريل 2016 خلال زيارة العاهل السعودي الملك سلمان للقاهرة، تضع الجزيرتين ضمن المياه السعودية.",
    ],
)
def test_the_signing_of_its_month_is_an_event(text: str) -> None:
    assert [e["date"][:7] for e in of_type(extract(text, PUBLISHED), "agreement")] == ["2016-04"]


def test_an_undated_retelling_is_no_new_agreement() -> None:
    text = RATIFIED_EN + "The agreement places Tiran and Sanafir islands within Saudi territorial waters."
    assert of_type(extract(text, PUBLISHED), "agreement") == []
