"""A named person arrested in one clause and warrants issued for a count of people in a clause of
its own after it ("Katatni was arrested on Thursday, security sources said, and arrest warrants
were issued for some 300 members"): the arrest is told; the warrants' words and their count are
another clause's. (An Arabic clause after «، و» may also be an aside of the same deed, «وهي التي
تواجه انتقادات», so the count there still counts.) A warrant for an arrest in the arrest word's own clause is still no arrest."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

LEAD = "CAIRO, July 4 (Reuters) - The Egyptian army removed President Mohamed Mursi on Wednesday.\n"
LEAD_AR = "عزل الجيش المصري الرئيس محمد مرسي يوم الأربعاء.\n"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            LEAD + "Saad al-Katatni, head of the Brotherhood's Freedom and Justice Party, was arrested on Thursday, "
            "security sources said, and arrest warrants were issued for some 300 members of the movement.",
            ["2013-07-04"],
        ),
        (LEAD + "Saad al-Katatni was arrested on Thursday, security sources said.", ["2013-07-04"]),
        (LEAD_AR + "واعتقلت قوات الأمن 300 من أعضاء الجماعة يوم الخميس.", []),
        # the warrant in the arrest word's own clause: an order, no arrest
        (LEAD + "A court issued an arrest warrant for Saad al-Katatni on Thursday.", []),
        # a count of people in the arrest's own clause: no named person
        (LEAD + "Police arrested some 300 members of the movement on Thursday, security sources said.", []),
    ],
)
def test_an_arrest_beside_a_clause_of_warrants(text, dates):
    assert [e["date"] for e in of_type(extract(text, "2013-07-04"), "arrest")] == dates
