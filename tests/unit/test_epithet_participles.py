"""A participle of a deed before a noun of a person, after a determiner, a possessive, a
preposition or a verb in the past whose object it opens ("supporters of the jailed activist",
"Egypt's ousted president", "sentenced ousted leader Aung San Suu Kyi"; الرئيس المعزول,
الناشط المعتقل) names that person by an older deed: no deed of the sentence's day, which stays
the sentence's own event's; the deed is an event only when the catalog knows it, on its date."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _kinds(text: str, published: str) -> list[tuple[str, str]]:
    return sorted((e["event_type"], e["date"]) for e in extract(text, published))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the rally is the news; the jailing is older and undated
        (
            "Supporters of the jailed activist Ahmed Douma rallied in Cairo on Sunday.",
            "2019-06-18",
            [("protest", "2019-06-16")],
        ),
        (
            "Supporters of deposed leader Omar al-Bashir clashed with police in Khartoum on Sunday.",
            "2019-06-18",
            [("attack", "2019-06-16")],
        ),
        # a catalogued ouster keeps the catalog's day, not the day of the sentence
        (
            "Egypt's ousted president Mohamed Morsi appeared in a Cairo court on Monday.",
            "2019-06-18",
            [("appointment", "2013-07-03")],
        ),
        # after a verb in the past, as the object it opens: the sentencing is the news
        (
            "A court in military-ruled Myanmar sentenced ousted leader Aung San Suu Kyi to four years in prison on Monday.",
            "2021-12-06",
            [("arrest", "2021-12-06")],
        ),
        (
            "Niger's junta detained ousted president Mohamed Bazoum on Wednesday.",
            "2023-07-28",
            [("arrest", "2023-07-26")],
        ),
        # a verb in the past with its subject is the deed itself
        (
            "Sudan's army ousted President Omar al-Bashir on Thursday.",
            "2019-04-13",
            [("appointment", "2019-04-11")],
        ),
        (
            "تظاهر أنصار الناشط المعتقل أحمد دومة في القاهرة يوم الأحد.",
            "2019-06-18",
            [("protest", "2019-06-16")],
        ),
        (
            "اشتبك أنصار الرئيس المعزول عمر البشير مع الشرطة في الخرطوم يوم الأحد.",
            "2019-06-18",
            [("attack", "2019-06-16")],
        ),
    ],
)
def test_a_person_named_by_an_older_deed(text, published, expected):
    assert _kinds(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a soldier or a pilot named by his capture is handed over, not captured, on the day
        (
            "Pakistan handed over a captured Indian fighter pilot at the Wagah border crossing on Friday.",
            "2019-03-01",
            [],
        ),
        ("The army freed the captured soldiers near the border on Friday.", "2019-03-01", []),
        (  # past the force's name of several words
            "Pakistan handed over a captured Indian Air Force pilot at the Wagah border crossing on Friday.",
            "2019-03-01",
            [],
        ),
        ("سلمت باكستان الجندي الهندي المعتقل إلى الهند يوم الجمعة.", "2019-03-01", []),
        # the capture told by its verb is the deed
        (
            "Pakistani troops captured two Indian soldiers near the border on Wednesday.",
            "2019-03-01",
            [("attack", "2019-02-27")],
        ),
        (
            "اعتقلت القوات الباكستانية جنديا هنديا قرب الحدود يوم الأربعاء.",
            "2019-03-01",
            [("arrest", "2019-02-27")],
        ),
    ],
)
def test_a_soldier_or_pilot_named_by_his_capture(text, published, expected):
    assert _kinds(text, published) == expected
