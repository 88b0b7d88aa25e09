"""Custody a prosecutor orders or authorises in Tunisian and Maghreb usage is told by the noun after
ب (أذنت النيابة العمومية بالاحتفاظ بالنائب) and by the verb (احتفظت الفرقة الأمنية بالقيادي), as by
الاحتفاظ, and as "ordered him held in custody" is in English; a right, a power or a title kept is
none (data/triggers.json, the arrest row of الاحتفاظ)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2023-05-10"  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        "تونس - أذنت النيابة العمومية التونسية بالاحتفاظ بالنائب السابق سيف الدين مخلوف يوم الثلاثاء.",
        "تونس - احتفظت الفرقة الأمنية بالقيادي علي العريض بقرار من النيابة العمومية يوم الثلاثاء.",
        "TUNIS (Reuters) - Tunisian prosecutors on Tuesday ordered former lawmaker Seifeddine Makhlouf held in custody.",
    ],
)
def test_custody_ordered_is_an_arrest(text):
    assert [a["date"] for a in of_type(extract(text, PUBLISHED), "arrest")] == ["2023-05-09"]


@pytest.mark.parametrize(
    "text",
    [
        "تونس - احتفظت تونس بحقها في الرد على القرار الأوروبي يوم الثلاثاء.",
        "تونس - قالت النيابة العمومية إنها تحتفظ بالوثائق الأصلية للقضية.",
        "تونس - احتفظ الرئيس قيس سعيد بالسلطة التنفيذية منذ يوليو 2021.",
        "TUNIS (Reuters) - Tunisia's national team retained its title on Tuesday, police said.",
    ],
)
def test_a_right_or_a_title_kept_is_no_arrest(text):
    assert not of_type(extract(text, PUBLISHED), "arrest")
