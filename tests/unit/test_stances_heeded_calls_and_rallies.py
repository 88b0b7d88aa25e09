"""Readings of a crowd's deed and of a denial.

A noun of a policy, a tie or a measure after a word of opposing it (مناهضة للتطبيع،
anti-sanctions) names a stance, not an event: the deed of the sentence is the protest; the
thing rejected by a crowd is still an event when it is a deed (رافضين نتائج الانتخابات: the
vote was held).

A word of answering a call before the noun of calling (استجاب العمال لدعوة إلى الإضراب،
لبوا دعوة الحزب إلى الاعتصام, heeded a call for a strike) tells that the deed called for
was done, where a call alone does not.

A gathering of supporters, opponents or hundreds (تجمعا لأنصار الرئيس، تجمع لمئات من
المعارضين) is a demonstration, as a rally of supporters is.

A participle of denial (نافيا أن يكون الأمر تطبيعا، نافية وجود تنسيق) denies the deed it
governs, as denying does.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _events(text: str, published: str) -> list[tuple[str, str | None, list[str]]]:
    return sorted((e["event_type"], e["date"], sorted(e["countries"])) for e in extract(text, published))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "ونظمت جمعيات مغربية مناهضة للتطبيع وقفة احتجاجية أمام البرلمان في الرباط يوم الاثنين.",
            "2020-12-23",
            [("protest", "2020-12-21", ["MAR"])],
        ),
        (
            "وخرج آلاف الجزائريين أمس الجمعة رافضين نتائج الانتخابات الرئاسية التي جرت الخميس.",
            "2019-12-14",
            [("election", "2019-12-12", ["DZA"])],
        ),
        (
            "Thousands of Algerians marched in the capital on Friday, rejecting the results of the presidential election held on Thursday.",
            "2019-12-14",
            [("election", "2019-12-12", ["DZA"]), ("protest", "2019-12-13", ["DZA"])],
        ),
        (
            "Hundreds of anti-sanctions protesters rallied in Caracas in Venezuela on Monday.",
            "2020-12-23",
            [("protest", "2020-12-21", ["VEN"])],
        ),
    ],
)
def test_a_noun_of_what_is_opposed_is_no_event(text, published, expected):
    assert _events(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "وأغلقت المحال أبوابها في الخرطوم اليوم الثلاثاء، واستجاب موظفون في الوزارات لدعوة إلى الإضراب العام.",
            "2021-10-26",
            [("protest", "2021-10-26", ["SDN"])],
        ),
        (
            "Shops in Khartoum shut on Tuesday as ministry employees heeded a call for a general strike.",
            "2021-10-26",
            [("protest", "2021-10-26", ["SDN"])],
        ),
        # a call alone is no deed done
        ("ودعت النقابة في تونس إلى الإضراب العام يوم الثلاثاء.", "2021-10-26", []),
        ("The union in Tunisia called for a general strike on Tuesday.", "2021-10-26", []),
    ],
)
def test_a_call_answered_was_carried_out(text, published, expected):
    assert _events(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "وشهدت ساحة الشهداء في بيروت يوم السبت تجمعا لمئات من معارضي الحكومة اللبنانية.",
            "2021-07-27",
            [("protest", "2021-07-24", ["LBN"])],
        ),
        (
            "وشهد محيط البرلمان في تونس أمس الاثنين تجمعا لأنصار الرئيس قبالة خصومه الذين لبوا دعوة حزبهم إلى الاعتصام.",
            "2021-07-27",
            [("protest", "2021-07-26", ["TUN"])],
        ),
        (
            "The square in Beirut saw a rally of hundreds of opponents of the Lebanese government on Saturday.",
            "2021-07-27",
            [("protest", "2021-07-24", ["LBN"])],
        ),
    ],
)
def test_a_gathering_of_supporters_is_a_demonstration(text, published, expected):
    assert _events(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            'وشدد رئيس الحكومة المغربية على أن موقف بلاده "ثابت"، نافيا أن يكون الأمر "تطبيعا" مع إسرائيل.',
            "2020-12-23",
            [],
        ),
        (
            "وقال الأمير الأردني إنه بخير، نافيا بشكل قاطع ما نشرته صحف أجنبية عن وضعه قيد الإقامة الجبرية.",
            "2021-04-05",
            [],
        ),
        (
            "The Jordanian prince said he was well, flatly denying foreign reports that he had been placed under house arrest.",
            "2021-04-05",
            [],
        ),
    ],
)
def test_a_deed_after_a_participle_of_denial_is_denied(text, published, expected):
    assert _events(text, published) == expected
