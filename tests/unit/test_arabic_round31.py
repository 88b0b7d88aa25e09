"""Arabic round 31: acts of a type listed in one sentence, each told by an event word of its
own after a comma and و, are events of their own; the appointment of a successor or of an
acting holder is the same change of office as the dismissal before it (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "count"),
    [
        # two dismissals of one decree, each of its own person
        (
            "وقضت أوامر ملكية سعودية أمس بإعفاء وزير الطاقة من منصبه، وإعفاء وزير الاقتصاد السعودي من منصبه.",
            "2017-11-05",
            2,
        ),
        # a dismissal with its successor, then another dismissal
        (
            "كما قضت أوامر ملكية سعودية أمس بإعفاء قائد الحرس الوطني من منصبه، وتعيين نائبه خلفا له، "
            "وإعفاء وزير الاقتصاد والتخطيط من منصبه.",
            "2017-11-05",
            2,
        ),
        (
            "أصدر الرئيس اللبناني مرسوما أمس بتعيين سفير جديد في باريس، وتعيين وزير الخارجية اللبناني الأسبق مستشارا له.",
            "2019-03-12",
            2,
        ),
        # the successor named in the same list is the same change of office
        (
            "كما قضت أوامر ملكية سعودية أمس بإعفاء قائد الحرس الوطني من منصبه، وتعيين نائبه خلفا له.",
            "2017-11-05",
            1,
        ),
        # so is an acting holder named for the office left
        (
            "أعلنت وزارة الداخلية التركية أمس عزل رئيس البلدية من منصبه، وعين مجلس البلدية نائبا له رئيسا بالوكالة.",
            "2025-03-24",
            1,
        ),
        # one act told once, and no list: one event
        (
            "وقضى أمر ملكي سعودي أمس بإعفاء وزير الاقتصاد من منصبه.",
            "2017-11-05",
            1,
        ),
    ],
)
def test_acts_listed_in_one_sentence(text: str, published: str, count: int) -> None:
    found = of_type(extract(text, published), "appointment")
    assert len(found) == count, [(e["trigger"], e["date"]) for e in found]


def test_listed_acts_keep_their_own_triggers() -> None:
    text = (
        "كما قضت أوامر ملكية سعودية أمس بإعفاء قائد الحرس الوطني من منصبه، وتعيين نائبه خلفا له، "
        "وإعفاء وزير الاقتصاد والتخطيط من منصبه."
    )
    found = of_type(extract(text, "2017-11-05"), "appointment")
    assert [e["trigger"] for e in found] == ["وتعيين", "وإعفاء"]
    assert {e["date"] for e in found} == {"2017-11-04"}
