"""A parliament, a government or a ruling council dissolved is a change of office holders in
Arabic as in English, the English row reaching past a council named before the cabinet: «وحل
مجلسي السيادة والوزراء» as 'dissolved the Sovereign Council and the cabinet'; a dissolution
demanded, a power to dissolve and a crisis solved (حل الأزمة) are none."""

import pytest

from tests.unit.test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "أعلن رئيس مجلس السيادة الانتقالي في السودان الفريق أول عبد الفتاح البرهان، اليوم الاثنين، حالة الطوارئ في جميع أنحاء البلاد وحل مجلسي السيادة والوزراء.",
        "أعلن أمير الكويت يوم الاثنين حل مجلس الأمة.",
        "Sudan army chief Abdel Fattah al-Burhan on Monday declared a state of emergency across the country and dissolved the Sovereign Council and the cabinet.",
        "The emir of Kuwait dissolved parliament on Monday.",
    ],
)
def test_a_dissolution_is_an_appointment(text):
    assert [e["date"] for e in of_type(extract(text, "2021-10-25"), "appointment")] == ["2021-10-25"]


@pytest.mark.parametrize(
    "text",
    [
        "خرج آلاف التونسيين الأحد في العاصمة مطالبين برحيل الحكومة وحل البرلمان.",
        "وتمنح التعديلات الرئيس صلاحيات واسعة منها إعلان حالة الطوارئ وحل البرلمان.",
        "دعا الوزير يوم الاثنين إلى حل الأزمة بالحوار.",
        "Thousands of Tunisians took to the streets on Sunday demanding the dissolution of parliament.",
    ],
)
def test_a_dissolution_demanded_or_a_power_is_none(text):
    assert not of_type(extract(text, "2021-10-25"), "appointment")
