"""Arabic round 13: the visitor of a visit comes from elsewhere than the place visited
(real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "visits"),
    [
        # the country visited, the object of a verb after its subject, is not the visitor
        (
            "وصل ولي العهد السعودي، الأحد، إلى العاصمة المصرية القاهرة في زيارة تستمر ثلاثة أيام.",
            "2018-03-04",
            [("2018-03-04", "SAU")],
        ),
        (
            "ويذكر أن الرئيس التركي يزور قطر على رأس وفد كبير. "
            "وقال وزير الخارجية إن زيارة الرئيس التركي إلى قطر تؤكد عمق العلاقات بين البلدين.",
            "2018-03-05",
            [("2018-03-05", "TUR")],
        ),
        # the city a relative clause tells the visit of, and the visit told again: one visit, the emir's
        (
            "ألقى أمير قطر كلمة، الجمعة، في العاصمة الفرنسية، باريس التي يقوم بزيارتها. "
            "ويذكر أن أمير قطر يقوم حاليا بزيارة إلى فرنسا.",
            "2018-09-07",
            [("2018-09-07", "QAT")],
        ),
        # a visit within the visitor's own country keeps its only party
        (
            "يزور الرئيس المصري محافظة أسوان لافتتاح مشروعات جديدة.",
            "2018-03-04",
            [("2018-03-04", "EGY")],
        ),
    ],
)
def test_the_visitor_is_not_of_the_country_visited(text, published, visits):
    found = of_type(extract(text, published), "visit")
    assert sorted((e["date"], e["actor1"]) for e in found) == visits, found
