"""A leader who sent his prime minister or foreign minister somewhere, or who led a delegation
of ministers into a place, made a visit there; rescuers sent abroad are aid; a person named
acting minister was appointed. The name set off by commas after the minister sent ("sent his
prime minister, Hisham Kandil, to Gaza two days later") leaves the clause and its time whole."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        (
            "The conflict began on Nov. 14. Mursi recalled Egypt's ambassador from Israel the same day and sent his "
            "prime minister, Hisham Kandil, to Gaza two days later in a show of solidarity.",
            "2012-11-21",
            "visit",
            "2012-11-16",
        ),
        ("وأوفد الرئيس المصري رئيس وزرائه هشام قنديل إلى غزة يوم الجمعة.", "2012-11-21", "visit", "2012-11-16"),
        (
            "On Tuesday, Arab League Secretary-General Nabil Elaraby led a delegation of Arab foreign ministers into "
            "Gaza, accompanied by Turkish Foreign Minister Ahmet Davutoglu.",
            "2012-11-21",
            "visit",
            "2012-11-20",
        ),
        (
            "وشاركت في عمليات البحث فرق من دول عدة، إذ أرسلت روسيا ليل الأحد عشرات المنقذين المتخصصين "
            "في المناطق الجبلية.",
            "2024-05-20",
            "aid",
            "2024-05-19",
        ),
        ("وعيّنت الحكومة الإيرانية أمس علي باقري كني قائماً بأعمال الخارجية.", "2024-05-20", "appointment", "2024-05-19"),
    ],
)
def test_the_deed_is_told(text, published, kind, day):
    assert [e["date"] for e in of_type(extract(text, published), kind)] == [day]


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        ("Erdogan sent his foreign minister a letter on Monday asking him to resign.", "2021-03-02", "visit"),
        ("He led a delegation of lawmakers to the talks in Geneva on Monday.", "2021-03-02", "visit"),
        ("Complications from the virus sent Prime Minister Boris Johnson to intensive care.", "2020-04-07", "visit"),
        ("أرسل النظام قناصة استهدفوا المسعفين في حمص.", "2012-02-10", "aid"),
    ],
)
def test_no_such_deed_is_told(text, published, kind):
    assert of_type(extract(text, published), kind) == []
