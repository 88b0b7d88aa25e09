"""A wire story's lead that sums up a deed with no day of its own, dated only by the dateline or
the publication, and a later sentence that tells the same deed with its day are one event, on
that day (events/assemble/lead_summaries.py); two real deeds of one type stay two."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "days"),
    [
        (
            "ANKARA, Jan 24 - Turkey's parliament has ratified Sweden's bid to join NATO, removing a major "
            "obstacle.\nLawmakers voted 287 to 55 in favour of Sweden's accession protocol late on Tuesday.",
            "2024-01-24",
            "ratification",
            ["2024-01-23"],
        ),
        (  # a dateline of two cities
            "JERUSALEM/ANKARA, June 1 - Turkey withdrew its ambassador from Israel after Israeli commandos "
            "stormed a Gaza-bound aid flotilla.\nTurkey recalled its ambassador on Monday and called off joint "
            "military exercises.",
            "2010-06-01",
            "sanctions",
            ["2010-05-31"],
        ),
        (  # the present perfect takes no day: the lead's day is the gazette's
            "CAIRO, June 25 (Reuters) - Egyptian President Abdel Fattah al-Sisi has ratified an agreement to "
            "hand two Red Sea islands to Saudi Arabia, the official gazette showed on Sunday.\nSisi approved "
            "the maritime demarcation accord on Saturday, according to the decree.",
            "2017-06-25",
            "ratification",
            ["2017-06-24"],
        ),
        (
            "أنقرة، 24 يناير (رويترز) - صادق البرلمان التركي على طلب السويد الانضمام إلى حلف شمال الأطلسي.\n"
            "وصوت 287 نائبا لصالح بروتوكول انضمام السويد مساء الثلاثاء.",
            "2024-01-24",
            "ratification",
            ["2024-01-23"],
        ),
        (
            "القدس، 1 يونيو (رويترز) - سحبت تركيا سفيرها من إسرائيل بعد اقتحام قوات إسرائيلية سفينة مساعدات "
            "متجهة إلى غزة.\nواستدعت تركيا سفيرها يوم الاثنين وألغت مناورات عسكرية مشتركة.",
            "2010-06-01",
            "sanctions",
            ["2010-05-31"],
        ),
    ],
)
def test_a_lead_s_summary_is_the_deed_told_later_with_its_day(text, published, kind, days):
    assert [e["date"] for e in of_type(extract(text, published), kind)] == days


@pytest.mark.parametrize(
    ("text", "published", "kind", "count"),
    [
        (  # the lead has a day of its own: two strikes
            "GAZA, May 15 - Israeli jets struck targets in Gaza on Tuesday, killing three people.\n"
            "On Monday, Israeli jets struck a camp in Gaza, killing two.",
            "2024-05-15",
            "attack",
            2,
        ),
        (  # two parliaments, two bids
            "ANKARA, Jan 24 - Turkey's parliament has ratified Sweden's bid to join NATO.\n"
            "Hungary's parliament ratified Finland's bid on Monday.",
            "2024-01-24",
            "ratification",
            2,
        ),
        (  # each side recalled its own ambassador
            "ANKARA, June 1 - Turkey has recalled its ambassador to Israel.\n"
            "Israel recalled its ambassador to Turkey on Monday.",
            "2010-06-01",
            "sanctions",
            2,
        ),
        (  # a lead dated before the publication by the day of its saying: a day of its own
            "CAIRO, June 25 (Reuters) - Egyptian President Abdel Fattah al-Sisi has ratified an agreement to "
            "hand two Red Sea islands to Saudi Arabia, the official gazette showed on Saturday.\nParliament "
            "approved the deal with Saudi Arabia on Friday after a stormy session.",
            "2017-06-25",
            "ratification",
            2,
        ),
        (  # two parliaments, two bids
            "أنقرة، 24 يناير (رويترز) - صادق البرلمان التركي على طلب السويد الانضمام إلى حلف شمال الأطلسي.\n"
            "وصادق البرلمان الهنغاري على طلب انضمام فنلندا إلى الحلف يوم الاثنين.",
            "2024-01-24",
            "ratification",
            2,
        ),
        (  # another piece of news
            "لقي قيادي بارز في مليشيات الحوثي مصرعه في غارة جوية لمقاتلات التحالف العربي في مديرية الدريهمي.\n"
            "وفي سياق متصل قتل 16 عنصرا من ميليشيات الحوثي في مواجهات مع المقاومة اليمنية في الدريهمي أمس.",
            "2018-08-08",
            "attack",
            2,
        ),
    ],
)
def test_two_real_deeds_of_one_type_stay_two(text, published, kind, count):
    assert len(of_type(extract(text, published), kind)) == count
