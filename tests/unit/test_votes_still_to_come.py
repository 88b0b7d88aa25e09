"""A vote that is the subject of a verb in the future ("Parliamentary elections on June 11 and 18
will decide whether he can win a majority", «الانتخابات التشريعية في 11 و18 يونيو ستحدد») is still
to come: no election, and its day is never read back into the past year. A vote held, with a
future after it ("elected Macron on Sunday, and he will take office"), stays."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2017-05-08"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Macron won the runoff on Sunday. Parliamentary elections on June 11 and 18 will decide "
            "whether he can win a majority to push through his reforms.",
            ["2017-05-07"],
        ),
        (
            "فاز ماكرون في الجولة الثانية يوم الأحد. والانتخابات التشريعية في 11 و18 يونيو ستحدد ما إذا "
            "كان سيحصل على أغلبية في فرنسا.",
            [],
        ),
        ("Parliamentary elections on June 11 and 18 will be decisive for his reforms in France.", []),
        ("والانتخابات التشريعية في 11 و18 يونيو ستحسم مصير الإصلاحات في فرنسا.", []),
        # near misses: a vote held, a future after it or in its sentence
        ("French voters elected Emmanuel Macron on Sunday, and he will take office on May 14.", ["2017-05-07"]),
        ("أجريت الانتخابات في فرنسا يوم الأحد، وسيتولى ماكرون منصبه في 14 مايو.", ["2017-05-07"]),
        ("The runoff held in France on Sunday will shape Europe for years, analysts said.", ["2017-05-07"]),
    ],
)
def test_a_vote_still_to_come_is_no_election(text, dates):
    assert [e["date"] for e in of_type(extract(text, PUB), "election")] == dates
