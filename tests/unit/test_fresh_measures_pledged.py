"""A verbal noun of carrying out (تطبيق) presupposes the measure it carries out, which a cue before
it does not reach («تعهدت الحكومة بتطبيق العقوبات المفروضة»: the sanctions are in force); a
measure told new after it (عقوبات إضافية، عقوبات جديدة) is none in force, and a cue of pledging
before that noun still governs it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "sanctions"),
    [
        ("وتعهد البيان الختامي باتخاذ «خطوات لتطبيق» عقوبات إضافية على دمشق.", 0),
        ("وتعهد البيان الختامي بتطبيق عقوبات جديدة على دمشق.", 0),
        # in force: the pledge to carry them out presupposes them
        ("وفرضت الجامعة العربية عقوبات على دمشق في نوفمبر، وتعهدت الحكومات بتطبيق العقوبات المفروضة على سوريا.", 1),
    ],
)
def test_new_measures_pledged_are_no_deed(text: str, sanctions: int) -> None:
    assert len(of_type(extract(text, "2012-02-25"), "sanctions")) == sanctions
