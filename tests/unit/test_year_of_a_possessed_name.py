"""A catalogued event named by a name that opens on its year, after a possessive or a
name's 's ("Iran's 2015 nuclear deal", "its 2015 nuclear deal"), is dated to that year, as
after "the" ("the 2015 nuclear deal") and as the Arabic year after the name («الاتفاق
النووي لعام 2015»): the text gives the year, not the catalog's day; it is still the
catalogued event. A day told in the sentence stays its date."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2019-07-20"


@pytest.mark.parametrize(
    "text",
    [
        "Tensions have risen since Trump pulled the United States out of Iran's 2015 nuclear deal with world powers.",
        "Tensions have risen since Trump pulled the United States out of Tehran's 2015 nuclear deal.",
        "Tensions have risen since Washington quit the 2015 nuclear deal last year.",
        "تصاعد التوتر منذ انسحاب ترامب من اتفاق إيران النووي لعام 2015 مع القوى الكبرى.",
    ],
)
def test_the_year_written_on_the_name_dates_it(text):
    found = of_type(extract(text, PUBLISHED), "agreement")
    assert [(e["date"], e["date_basis"]) for e in found] == [("2015", "explicit")]


@pytest.mark.parametrize(
    "text",
    [
        "Iran's nuclear deal with world powers was reached in Vienna on July 14, 2015.",
        "توصلت إيران والقوى الكبرى إلى الاتفاق النووي في فيينا في 14 يوليو 2015.",
    ],
)
def test_a_day_told_with_the_name_stays(text):
    found = of_type(extract(text, PUBLISHED), "agreement")
    assert [e["date"] for e in found] == ["2015-07-14"]
