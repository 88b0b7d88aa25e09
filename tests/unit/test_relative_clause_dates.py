"""A relative clause that describes a name before an event word and runs to a comma holds the
date of its own verb's deed ("أنقرة التي تقاتل في سوريا منذ العام 2016 ...، ستحشد ... ضد دمشق
المتهمة بأنها تزود ..."; "Ankara, which has fought in Syria since 2016, ..."): the event word
told after it is not dated by it, and the deed it charges is not taken for one of that year."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2019-05-12"


@pytest.mark.parametrize(
    "text",
    [
        (
            "ومن المرجح أن أنقرة التي تقاتل في سوريا منذ العام 2016 لدعم الفصائل المسلحة، ستحشد"
            " حلفاءها ضد دمشق المتهمة بأنها تزود المقاتلين الأكراد بأسلحة حديثة."
        ),
        (
            "Ankara, which has fought in Syria since 2016 to back armed factions, will rally its allies"
            " against Damascus, which is accused of supplying Kurdish fighters with modern weapons."
        ),
    ],
)
def test_date_of_a_relative_clause_stays_in_it(text):
    # the charge describes Damascus (tests/unit/test_aid_charges_describing_a_side.py): no aid
    # told at all, and in no case one of the relative clause's year
    aid = of_type(extract(text, PUBLISHED), "aid")
    assert not any((a["date"] or "").startswith("2016") for a in aid)


@pytest.mark.parametrize(
    "text, day",
    [
        # the clause describes the event word itself: its day is the event's
        ("وقال مسؤول فلسطيني إن الغارة الإسرائيلية التي استهدفت مدينة غزة الجمعة، أسفرت عن مقتل خمسة مدنيين.", "2019-05-10"),
        # the day after the comma is the main clause's own
        ("القوات السورية التي تقاتل في إدلب منذ أشهر، شنت الجمعة هجوما على مواقع المسلحين.", "2019-05-10"),
        ("The Israeli strike, which hit Gaza City on Friday, killed five civilians.", "2019-05-10"),
    ],
)
def test_own_days_stay(text, day):
    attacks = of_type(extract(text, PUBLISHED), "attack")
    assert any(a["date"] == day for a in attacks)
