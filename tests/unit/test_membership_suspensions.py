"""A side suspended from a body or its membership suspended or frozen, in every inflection and
voice (the bloc suspended Niger, The African Union, which suspended Sudan, Guinea was suspended from
ECOWAS, Niger was suspended, جمد
الاتحاد عضوية غينيا، أوقفت المجموعة عضوية النيجر، قرر تجميد عضوية) is a sanction on that side,
though no preposition marks it; a suspended sentence, suspended talks, a mayor, a member of a
party or a player suspended, flights suspended for the weather and a state suspending its own
membership are not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _sanctions(text: str, published: str) -> list[tuple[str, list[str]]]:
    return [(e["date"], sorted(e["countries"])) for e in extract(text, published) if e["event_type"] == "sanctions"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The African Union suspended Burkina Faso on Friday after the second coup.", "2022-10-10", [("2022-10-07", ["BFA"])]),
        ("Guinea was suspended from ECOWAS in September 2021.", "2022-10-10", [("2021-09", ["GIN"])]),
        ("Niger has been suspended from the regional bloc since August 2023.", "2024-01-10", [("2023-08", ["NER"])]),
        ("The bloc suspended Niger's membership on Friday.", "2024-01-10", [("2024-01-05", ["NER"])]),
        ("The regional grouping froze Guinea's membership in 2021.", "2022-10-10", [("2021", ["GIN"])]),
        ("Guinea's suspension from the regional bloc in 2021 angered Conakry.", "2022-10-10", [("2021", ["GIN"])]),
        ("Niger was suspended in August 2023 after the coup.", "2024-01-10", [("2023-08", ["NER"])]),
        ("Guinea's membership was suspended in September 2021.", "2022-10-10", [("2021-09", ["GIN"])]),
        ("جمد الاتحاد الأفريقي عضوية غينيا في سبتمبر 2021.", "2022-10-10", [("2021-09", ["GIN"])]),
        ("علقت المجموعة الاقتصادية لدول غرب أفريقيا عضوية النيجر الأحد.", "2024-01-10", [("2024-01-07", ["NER"])]),
        ("قرر الاتحاد الأفريقي الجمعة تجميد عضوية النيجر.", "2024-01-10", [("2024-01-05", ["NER"])]),
        ("أوقفت إيكواس عضوية غينيا الأحد.", "2024-01-10", [("2024-01-07", ["GIN"])]),
        # a sentence opening on the body's name and the deed: no event told before ("The visit comes after")
        ("The Arab League suspended Syria's membership in November 2011 over the crackdown on protests.", "2019-08-17", [("2011-11", ["EGY", "SYR"])]),
        ("The African Union suspended Mali's membership on Friday over the coup.", "2021-06-05", [("2021-06-04", ["MLI"])]),
        ("علقت جامعة الدول العربية عضوية سوريا في نوفمبر 2011 بسبب قمع الاحتجاجات.", "2019-08-17", [("2011-11", ["EGY", "SYR"])]),
        # the body that suspends, closing an aside before its relative
        ("The African Union, which suspended Sudan in June, said it would review the decision.", "2019-08-17", [("2019-06", ["SDN"])]),
        # (the catalogued suspension was voted at the league's seat in Cairo: Egypt is its place, so one of its countries)
        ("The Arab League, which suspended Syria in November 2011, said on Sunday it would readmit Damascus.", "2019-08-17", [("2011-11", ["EGY", "SYR"])]),
        ("وقال الاتحاد الأفريقي، الذي علق عضوية السودان في يونيو، إنه سيراجع القرار.", "2019-08-17", [("2019-06", ["SDN"])]),
        # no measure on a side
        ("The African Union, which suspended the talks in June, said it would review the decision.", "2019-08-17", []),
        ("وقال الاتحاد الأفريقي، الذي علق المفاوضات في يونيو، إنه سيراجع القرار.", "2019-08-17", []),
        ("He was given a suspended sentence of two years on Monday.", "2024-01-10", []),
        ("The European Union suspended talks with Turkey on Monday.", "2024-01-10", []),
        ("Flights to Cairo were suspended for bad weather on Monday.", "2024-01-10", []),
        ("The Egyptian player was suspended from the league for doping on Monday.", "2024-01-10", []),
        ("Mali suspended its membership of the bloc on Monday.", "2024-01-10", []),
        ("The mayor, who is Egyptian, had already been suspended in March 2022.", "2024-01-10", []),
        ("جمد الحزب عضوية النائب المصري الاثنين.", "2024-01-10", []),
        ("قضت المحكمة الاثنين بسجنه عامين مع وقف التنفيذ.", "2024-01-10", []),
        ("علقت مصر المفاوضات مع إثيوبيا الاثنين.", "2024-01-10", []),
        ("علقت الشركة رحلاتها إلى القاهرة الاثنين بسبب سوء الأحوال الجوية.", "2024-01-10", []),
    ],
)
def test_a_suspension_from_a_body_is_a_sanction_on_the_member(text, published, expected):
    assert _sanctions(text, published) == expected
