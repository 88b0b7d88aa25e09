"""Distinct deeds of one type in one article: an event word qualified by an adverb of addition
(كذلك، أيضا beside a passive auxiliary; "also" right before the verb) tells one more deed,
never a retelling merged into the one told before; the same deed told twice stays one event
(real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _of_type(found: list[dict], event_type: str) -> list[dict]:
    return [e for e in found if e["event_type"] == event_type]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "count"),
    [
        # one more detainee, told with "also": two arrests
        (
            "قضت محكمة عسكرية مصرية الثلاثاء بالسجن خمس سنوات على رئيس الجهاز السابق بتهمة نشر "
            "معلومات كاذبة. وأوقفت السلطات المصرية المسؤول السابق في شباط/فبراير الماضي عقب إجرائه "
            "حوارا مع موقع إخباري. وتم كذلك توقيف الصحافي الذي أجرى المقابلة.",
            "2018-04-24",
            "arrest",
            3,
        ),
        (
            "اعتقلت السلطات المصرية الأحد ناشطا حقوقيا بارزا في القاهرة. وتم أيضا اعتقال محاميه بعد ساعات.",
            "2018-05-06",
            "arrest",
            2,
        ),
        (
            "اعتقلت السلطات السعودية الأحد داعية بارزا في مكة. كذلك تم اعتقال نجله.",
            "2018-08-12",
            "arrest",
            2,
        ),
        (
            "Egyptian police arrested a prominent blogger in Cairo on Sunday. His lawyer was also arrested.",
            "2018-05-06",
            "arrest",
            2,
        ),
        (
            "Saudi authorities detained a well-known cleric in Mecca on Sunday. Police also detained his son.",
            "2018-08-12",
            "arrest",
            2,
        ),
        # "كما تم" before a definite deed noun: one more deed, not the one told before
        (
            "اعتقلت السلطات السعودية الثلاثاء الماضي داعية بارزا في مكة. "
            "وقال نشطاء إن علاقته بجماعة الإخوان سبب اعتقاله. "
            "كما تم القبض على نشطاء حقوق الإنسان ومنهم ناشطات في مجال حقوق المرأة.",
            "2018-08-12",
            "arrest",
            2,
        ),
        # the same arrest told twice, no adverb of addition: one event
        (
            "اعتقلت السلطات المصرية الأحد ناشطا حقوقيا بارزا في القاهرة. وجاء اعتقال الناشط بعد أيام من انتقاده للحكومة.",
            "2018-05-06",
            "arrest",
            1,
        ),
        (
            "Egyptian police arrested a prominent blogger in Cairo on Sunday. The arrest drew criticism from rights groups.",
            "2018-05-06",
            "arrest",
            1,
        ),
        # "also" qualifying another verb than the deed's: the attack told twice is one event
        (
            "شنت طائرات إسرائيلية الأحد غارات على مواقع في قطاع غزة. وأدانت الجامعة العربية كذلك الغارات.",
            "2018-05-27",
            "attack",
            1,
        ),
        (
            "Israeli jets struck sites in the Gaza Strip on Sunday. The Arab League also condemned the strikes.",
            "2018-05-27",
            "attack",
            1,
        ),
    ],
)
def test_a_deed_told_as_one_more_is_its_own_event(text, published, event_type, count):
    found = _of_type(extract(text, published), event_type)
    assert len(found) == count, [(e["date"], e["trigger"]) for e in found]


def test_the_undated_retelling_beside_one_more_deed_stays_with_its_day():
    """The deed told as one more is no rival of the dated telling an undated one retells."""
    found = _of_type(
        extract(
            "اعتقلت السلطات السعودية الثلاثاء الماضي داعية بارزا في مكة. "
            "وقال نشطاء إن علاقته بجماعة الإخوان سبب اعتقاله. "
            "كما تم القبض على نشطاء حقوق الإنسان ومنهم ناشطات في مجال حقوق المرأة.",
            "2018-08-12",
        ),
        "arrest",
    )
    assert sorted(e["date"] for e in found) == ["2018-08-07", "2018-08-12"], [(e["date"], e["trigger"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "count"),
    [
        # a clause of contrast with a verb of its own in the sentence of the first deed: two deeds
        (
            "وكانت تركيا قد طردت السفير الإسرائيلي في أنقرة الثلاثاء، بينما طردت إسرائيل القنصل العام التركي.",
            "2018-05-16",
            "sanctions",
            2,
        ),
        (
            "قصفت المدفعية التركية الأحد قرى في ريف عفرين، فيما قصفت قوات النظام السوري مواقع في ريف إدلب.",
            "2018-02-12",
            "attack",
            2,
        ),
        (
            "شنت طائرات إسرائيلية الأحد غارات على مواقع في قطاع غزة، فيما شنت فصائل فلسطينية هجمات بالصواريخ على إسرائيل.",
            "2018-08-07",
            "attack",
            2,
        ),
        # one deed told by a verb and a noun of its one clause: one event
        (
            "وكانت تركيا قد طردت السفير الإسرائيلي في أنقرة الثلاثاء، وجاء الطرد احتجاجا على مقتل متظاهرين.",
            "2018-05-16",
            "sanctions",
            1,
        ),
    ],
)
def test_a_deed_of_a_clause_of_contrast_is_its_own_event(text, published, event_type, count):
    found = _of_type(extract(text, published), event_type)
    assert len(found) == count, [(e["date"], e["trigger"], e["countries"]) for e in found]



def test_one_more_meeting_of_a_visit_stays_part_of_the_visit():
    """One more deed retells no event of its own type, yet the meeting of a visit is still part
    of the visit (GUIDELINES: a visit in which the visitor meets people is one visit)."""
    found = extract(
        "Syria's foreign minister arrived in Ankara on Wednesday for talks with his Turkish counterpart. "
        "The delegation also met President Tayyip Erdogan.",
        "2025-01-15",
    )
    assert [e["event_type"] for e in found] == ["visit"], [(e["event_type"], e["trigger"]) for e in found]
