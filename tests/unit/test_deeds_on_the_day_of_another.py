"""A deed told as done on the day of another deed named by its noun ("on the day of the invasion",
"في يوم الغزو") took the day the article gave that deed before (data/assembly.json `deed_days`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind", "dates"),
    [
        (
            "Iraqi tanks and troops overran the emirate of Kuwait on Thursday. The United States froze Iraqi "
            "and Kuwaiti assets on the day of the invasion, and the European Community followed on Saturday "
            "with an embargo on Iraqi oil.",
            "sanctions",
            ["1990-08-02", "1990-08-04"],
        ),
        (
            "اجتاحت القوات العراقية الكويت فجر الخميس. وجمدت الولايات المتحدة الأصول العراقية والكويتية في يوم "
            "الغزو، فيما فرضت المجموعة الأوروبية حظرا على النفط العراقي السبت.",
            "sanctions",
            ["1990-08-02", "1990-08-04"],
        ),
        # another day named for the deed itself holds
        (
            "Iraqi tanks overran the emirate of Kuwait on Thursday. The United States froze Iraqi assets on "
            "Saturday, days after the invasion.",
            "sanctions",
            ["1990-08-04"],
        ),
        # a time of the deed's own clause dates it
        (
            "هاجم مسلحون حاجزا للشرطة في العريش يوم الاثنين. واعتقلت الشرطة المصرية الأربعاء رجلين قالت إنهما "
            "نقلا المهاجمين يوم الهجوم.",
            "arrest",
            ["1990-08-01"],
        ),
        (
            "هاجم مسلحون حاجزا للشرطة في العريش يوم الاثنين. وفي يوم الأربعاء، اعتقلت الشرطة المصرية رجلين "
            "قالت إنهما نقلا المهاجمين يوم الهجوم.",
            "arrest",
            ["1990-08-01"],
        ),
    ],
)
def test_a_deed_on_the_day_of_another(text: str, kind: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, "1990-08-07"), kind)) == dates
