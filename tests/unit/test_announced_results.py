"""The results of a vote announced on a day of their own, told in the sentence that dates the
vote by its polling day or naming a vote the catalog dates, are an election event of their own on the announcement's day, beside
the vote. A victory only claimed, results announced on the polling day itself, or a day told
weeks later is no second event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "days"),
    [
        (
            "الجزائر - أعلن رئيس السلطة الوطنية المستقلة للانتخابات محمد شرفي، الأحد، فوز الرئيس عبد المجيد تبون "
            "بعهدة ثانية بنسبة 94.65 في المئة من الأصوات في الاقتراع الذي جرى أمس السبت.",
            "2024-09-08",
            {"2024-09-07", "2024-09-08"},
        ),
        (
            "بغداد - أعلنت المفوضية العليا المستقلة للانتخابات في العراق، مساء الاثنين، النتائج الأولية "
            "للانتخابات التشريعية المبكرة التي جرت الأحد.",
            "2021-10-12",
            {"2021-10-10", "2021-10-11"},
        ),
        (
            "DUBAI, July 6 (Reuters) - Reformist candidate Masoud Pezeshkian has won Iran's presidential run-off, "
            "the interior ministry announced on Saturday, beating hardliner Saeed Jalili in Friday's vote.",
            "2024-07-06",
            {"2024-07-05", "2024-07-06"},
        ),
        # a vote the catalog dates, its results announced a week after it
        (
            "القاهرة - أعلنت اللجنة العليا للانتخابات الرئاسية في مصر، أمس الأحد، فوز مرشح جماعة الإخوان المسلمين "
            "محمد مرسي بمنصب رئيس الجمهورية، بعد حصوله على 51.73 في المئة من الأصوات.",
            "2012-06-25",
            {"2012-06-16", "2012-06-24"},
        ),
        # guards: a victory claimed, not announced; results announced on the polling day
        (
            "KIEV, Dec 27 (Reuters) - Opposition leader Viktor Yushchenko claimed victory on Monday in Ukraine's "
            "presidential election held on Sunday.",
            "2004-12-27",
            {"2004-12-26"},
        ),
        (
            "أعلنت الهيئة العليا للانتخابات في تونس، مساء الأحد، نتائج الانتخابات البلدية التي جرت الأحد.",
            "2018-05-07",
            {"2018-05-06"},
        ),
    ],
)
def test_results_announced_on_a_day_of_their_own(text, published, days):
    found = of_type(extract(text, published), "election")
    assert {e["date"] for e in found} == days, [(e["date"], e["trigger"]) for e in found]


def test_the_announcement_keeps_the_vote_s_countries():
    text = (
        "أعلنت المفوضية العليا المستقلة للانتخابات في العراق، مساء الاثنين، النتائج الأولية "
        "للانتخابات التشريعية المبكرة التي جرت الأحد."
    )
    found = of_type(extract(text, "2021-10-12"), "election")
    assert len(found) == 2 and all(e["countries"] == ["IRQ"] for e in found)
    assert len({e["event_id"] for e in found}) == 2
