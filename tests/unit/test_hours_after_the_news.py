"""A sentence opened by a few hours after or before a deed it gives no date ("Hours after they
landed, ...", "وبعد ساعات من وصولهم، ...") tells of the news the article gave before: its event
takes the last day told before it, when that day is in the week before the publication; not a
month, and not after a span of weeks."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Three sailors held in Iran landed in Muscat on Monday. Hours after they landed, the Treasury imposed sanctions on Iran's defence ministry.",
        "Three sailors freed by Iran arrived in Muscat on Monday, officials said. A few hours after their arrival in Oman, the Treasury imposed sanctions on Iran's defence ministry.",
        "وصل ثلاثة بحارة أفرجت عنهم إيران إلى مسقط يوم الاثنين. وبعد ساعات من وصولهم، فرضت وزارة الخزانة الأمريكية عقوبات على وزارة الدفاع الإيرانية.",
        "قالت مصادر عمانية إن ثلاثة بحارة وصلوا إلى مسقط الاثنين. وبعد ساعات من وصولهم، فرضت وزارة الخزانة الأمريكية عقوبات على وزارة الدفاع الإيرانية.",
    ],
)
def test_hours_after_the_news_take_its_day(text) -> None:
    found = of_type(extract(text, "2023-09-19"), "sanctions")
    assert [(e["date"], e["date_precision"]) for e in found] == [("2023-09-18", "day")]


@pytest.mark.parametrize(
    "text",
    [
        # the news told before is dated by a month only
        "Three sailors held in Iran landed in Muscat in March. Hours after they landed, the Treasury imposed sanctions on Iran's defence ministry.",
        "وصل ثلاثة بحارة أفرجت عنهم إيران إلى مسقط في مارس. وبعد ساعات من وصولهم، فرضت وزارة الخزانة الأمريكية عقوبات على وزارة الدفاع الإيرانية.",
        # weeks are no hours
        "Three sailors held in Iran landed in Muscat on Monday. Weeks after they landed, the Treasury imposed sanctions on Iran's defence ministry.",
        "وصل ثلاثة بحارة أفرجت عنهم إيران إلى مسقط يوم الاثنين. وبعد أسابيع من وصولهم، فرضت وزارة الخزانة الأمريكية عقوبات على وزارة الدفاع الإيرانية.",
    ],
)
def test_no_day_of_the_news_keeps_the_publication(text) -> None:
    found = of_type(extract(text, "2023-09-19"), "sanctions")
    assert found and all(e["date"] != "2023-09-18" for e in found)
