"""A participle of an office given, joined by a hyphen to its giver ("the U.S.-appointed Governing
Council"), describes a body: no appointment told; nor does the Arabic adjective (مجلس الحكم المعين
من قبل الولايات المتحدة). An appointment told by its verb still is one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2003-12-14"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Members of the U.S.-appointed Governing Council in Iraq said the former president would face trial.", []),
        ("وقال أعضاء في مجلس الحكم العراقي المعين من قبل الولايات المتحدة إن الرئيس السابق سيحاكم.", []),
        ("Iraq's U.S.-installed interim government said on Sunday it would hold a trial.", []),
        # near misses: the verb tells the appointment
        ("The United States appointed Paul Bremer as head of the Iraq administration on Sunday.", ["2003-12-14"]),
        ("عينت الولايات المتحدة بول بريمر رئيسا للإدارة في العراق يوم الأحد.", ["2003-12-14"]),
    ],
)
def test_a_hyphened_participle_of_office_is_no_appointment(text, dates):
    assert [e["date"] for e in of_type(extract(text, PUB), "appointment")] == dates
