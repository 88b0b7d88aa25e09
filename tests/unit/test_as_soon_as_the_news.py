"""A sentence opened by the Arabic words of as soon as (وما إن أذيع الخبر حتى تدفق الآلاف) tells
what followed at once the deed told before it: on that deed's day (calendar.json
`same_as_before.as_told`), إن there opening no clause of saying."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

LEAD = "وأظهرت لقطات بثها التلفزيون الرسمي مساء أمس الثلاثاء الرئيس الجزائري بوتفليقة وهو يسلم رسالة الاستقالة. "


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (LEAD + "وما إن أذيع الخبر حتى تدفق آلاف الجزائريين إلى شوارع العاصمة، مرددين شعارات تطالب برحيل النظام.", ["2019-04-02"]),
        (
            LEAD
            + "وجاءت الخطوة بعد ساعات من مطالبة رئيس الأركان بتطبيق المادة 102. "
            + "وما إن أذيع الخبر حتى تدفق آلاف الجزائريين إلى شوارع العاصمة، مرددين شعارات تطالب برحيل النظام.",
            ["2019-04-02"],
        ),
        (LEAD + "فما إن أعلن الخبر حتى تظاهر آلاف الجزائريين في شوارع العاصمة الجزائرية.", ["2019-04-02"]),
        # a clause of saying opened by إن keeps its own reading: the day of the saying dates no deed in it
        (LEAD + "وقال ناشطون إن آلاف الجزائريين تظاهروا في شوارع العاصمة الجزائرية.", ["2019-04-03"]),
    ],
)
def test_what_followed_as_soon_as_the_news(text: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, "2019-04-03"), "protest")] == dates
