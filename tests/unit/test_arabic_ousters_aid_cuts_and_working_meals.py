"""Arabic wordings the English lexicon already read.

A ruler ousted with a direct object or a pronoun (حين أطاح الرئيس المنتخب، الذي أطاحت به
الاحتجاجات), a leader who declared himself president (أعلن قائد الحرس نفسه رئيسا) and one
who came to power (وصل إلى السلطة, not a visit) are changes of office, as ousted, declared
himself president and came to power are.

Aid suspended, frozen or cut (تعليق مساعدات اقتصادية، قطع المساعدات العسكرية) is a sanction,
not aid given, as suspended economic aid is.

A working dinner or lunch (عشاء عمل استضافه الرئيس) is a meeting, not a visit, as a working
dinner hosted by the president is.
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
            "وكان العقيد قد وصل إلى السلطة في مالي في انقلاب 18 آب 2020، حين أطاح الرئيس المنتخب.",
            "2022-10-03",
            [("appointment", "2020-08-18", ["MLI"])],
        ),
        (
            "Mali's colonel came to power in a coup on 18 August 2020, when he ousted the elected president.",
            "2022-10-03",
            # the coup is the armed seizure of the state too (test_coup_readings.py)
            [("appointment", "2020-08-18", ["MLI"]), ("attack", "2020-08-18", ["MLI"])],
        ),
        (
            "وحكم الرئيس التونسي زين العابدين بن علي، الذي أطاحت به الاحتجاجات في يناير 2011، البلاد 23 عاما.",
            "2018-06-02",
            [("appointment", "2011-01", ["TUN"]), ("protest", "2011-01", ["TUN"])],
        ),
        (
            "وفي 28 تموز 2023 أعلن قائد الحرس الجنرال عبد الرحمن نفسه رئيسا للمجلس العسكري في النيجر.",
            "2023-08-11",
            [("appointment", "2023-07-28", ["NER"])],
        ),
        (
            "On 28 July 2023 the guard commander declared himself head of Niger's military council.",
            "2023-08-11",
            [("appointment", "2023-07-28", ["NER"])],
        ),
        # a purpose or a verbal noun of ousting is no ouster told
        ("ودعم الحلف الانتفاضة في ليبيا للإطاحة بحكم القذافي عام 2011.", "2018-08-30", [("protest", "2011", ["LBY"])]),
        ("وأطاح المنتخب المغربي بنظيره الإسباني من بطولة كأس العالم في ديسمبر 2022.", "2023-01-02", []),
    ],
)
def test_an_ouster_or_a_seizure_of_power_is_a_change_of_office(text, published, expected):
    assert _events(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "وأعلنت الولايات المتحدة أمس تعليق مساعدات اقتصادية طارئة للسودان بقيمة 700 مليون دولار.",
            "2021-10-26",
            [("sanctions", "2021-10-25", ["SDN", "USA"])],
        ),
        ("وقررت واشنطن أمس قطع المساعدات العسكرية عن مصر.", "2021-10-26", [("sanctions", "2021-10-25", ["EGY", "USA"])]),
        (
            "The United States on Monday suspended $700 million in emergency economic aid to Sudan.",
            "2021-10-26",
            [("sanctions", "2021-10-25", ["SDN", "USA"])],
        ),
        # aid given stays aid
        (
            "وقدمت الإمارات أمس مساعدات اقتصادية للسودان بقيمة 300 مليون دولار.",
            "2021-10-26",
            [("aid", "2021-10-25", ["ARE", "SDN"])],
        ),
    ],
)
def test_aid_suspended_is_a_sanction(text, published, expected):
    assert _events(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "وصدر البيان في باريس عقب عشاء عمل استضافه الرئيس الفرنسي مساء الأربعاء في قصر الإليزيه.",
            "2022-02-18",
            [("meeting", "2022-02-16", ["FRA"])],
        ),
        (
            "The statement came after a working dinner hosted by the French president at the Elysee on Wednesday.",
            "2022-02-18",
            [("meeting", "2022-02-16", ["FRA"])],
        ),
    ],
)
def test_a_working_dinner_hosted_is_a_meeting(text, published, expected):
    assert _events(text, published) == expected
