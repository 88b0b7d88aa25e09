"""A deed told with no time of its own as done at the same time as a deed the article told with
its day («ألقت بالتزامن مع الضربات آلاف الحصص الغذائية», "dropped food rations in tandem with the
strikes") took place on that day (events/assemble/coincident_days.py); with no such deed told
before, it keeps the publication's day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2001-10-08"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "وشنت الولايات المتحدة وبريطانيا أمس الأحد ضربات جوية على مواقع طالبان في أفغانستان. "
            "وقال رامسفيلد إن الموجة الأولى استهدفت الدفاعات الجوية. "
            "وأعلن بوش أن طائرات النقل الأمريكية ألقت بالتزامن مع الضربات آلاف الحصص الغذائية للمدنيين الأفغان.",
            "2001-10-07",
        ),
        (
            "U.S. and British forces struck Taliban targets in Afghanistan on Sunday. "
            "Rumsfeld said the first wave hit air defences. Bush said in a speech on Monday that "
            "U.S. planes dropped food rations over Afghanistan in tandem with the strikes.",
            "2001-10-07",
        ),
        # no strike told before: the day of the news
        (
            "Arab foreign ministers met in Cairo on Monday to discuss Sudan. "
            "U.S. planes dropped food rations over Darfur, coinciding with the negotiations in Abuja.",
            "2001-10-08",
        ),
        ("U.S. planes dropped food rations over Afghanistan in tandem with the strikes.", "2001-10-08"),
    ],
)
def test_a_deed_coinciding_with_one_told_takes_its_day(text: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "aid")] == [date]
