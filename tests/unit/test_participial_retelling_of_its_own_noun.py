"""An English sentence opening with a noun of a deed and a dated participle of its doing
("The accord, signed in Damascus on Aug. 9, ...") dates the deed its noun tells, or the same noun
named again further on, when no deed of its kind is told before it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

LEAD = "AMMAN (Reuters) - Jordan's parliament approved a new water law on Thursday.\n\n"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            LEAD + "The accord, signed in Damascus on Aug. 9 by the two foreign ministers, shares the "
            "river's water between Jordan and Syria.",
            "2020-08-09",
        ),
        (
            LEAD + "The pact, signed on Aug. 9 by the two foreign ministers, shares the river's water "
            "between Jordan and Syria.\n\nIsrael says the Jordanian-Syrian pact is unlawful.",
            "2020-08-09",
        ),
        # the day told in a clause of another kind: the publication's
        (
            LEAD + "The pact, which took weeks to write, shares the river's water between Jordan and Syria.",
            "2020-08-28",
        ),
        # Arabic keeps the day it found before
        (
            "عمان (رويترز) - أقر البرلمان الأردني قانونا جديدا للمياه يوم الخميس.\n\n"
            "الاتفاق، الذي وقع في دمشق في 9 أغسطس بين وزيري الخارجية، يقسم مياه النهر بين الأردن وسوريا.",
            "2020-08-09",
        ),
    ],
)
def test_a_deed_dated_by_the_participle_after_its_noun(text: str, date: str) -> None:
    (agreement,) = of_type(extract(text, "2020-08-28"), "agreement")
    assert agreement["date"] == date
