"""An Arabic verb of gathering with a crowd of supporters or opponents for its subject is a rally
(«تجمّع اليوم مؤيدون للانقلاب أمام مقر الجمعية الوطنية»); what some of them went on to do
(«وأقدم بعضهم على إحراق سيارات») is the rally's doing, no attack of its own, while a deed of
the police against them is one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "told"),
    [
        (
            "في المقابل، تجمّع اليوم مؤيدون للانقلاب أمام مقر الجمعية الوطنية، وأقدم بعضهم على إحراق سيارات أمام "
            "مقر الحزب الحاكم في نيامي.",
            "2023-07-27",
            [("protest", "2023-07-27")],
        ),
        ("تجمّع أمس أنصار المعارضة أمام البرلمان في تونس.", "2021-07-27", [("protest", "2021-07-26")]),
        # fans gathering before a match are no rally, nor people queueing for bread
        ("تجمع أمس مشجعون أمام الملعب في نيامي قبل مباراة المنتخب.", "2023-07-27", []),
        ("تجمع أمس مواطنون أمام المخابز في الخرطوم للحصول على الخبز.", "2019-01-10", []),
        # supporters of the other side who attacked the marchers did a deed of their own
        (
            "تظاهر آلاف من معارضي الانقلاب في نيامي اليوم، وأقدم مؤيدون على مهاجمتهم بالعصي.",
            "2023-07-30",
            [("protest", "2023-07-30"), ("attack", "2023-07-30")],
        ),
        # the police firing on the crowd is a deed of its own
        (
            "تظاهر آلاف في العاصمة التونسية أمس، وأطلقت الشرطة النار على المحتجين.",
            "2021-07-26",
            [("protest", "2021-07-25"), ("attack", "2021-07-25")],
        ),
    ],
)
def test_gatherings_and_what_their_crowds_did(text: str, published: str, told: list[tuple[str, str]]) -> None:
    assert [(e["event_type"], e["date"]) for e in extract(text, published)] == told
