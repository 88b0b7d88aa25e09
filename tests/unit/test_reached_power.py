"""A leader or a party that reached power («وصل إلى السلطة», «منذ وصوله إلى الحكم», «بعد وصول
آبي إلى السلطة في أبريل ٢٠١٨») took office, as one who "came to power" did; a reach only sought,
barred or talked of («لمنع وصول آبي إلى السلطة», «الطريق إلى السلطة») is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("وتعهد رئيس الوزراء الإثيوبي آبي أحمد منذ وصوله إلى السلطة في أبريل ٢٠١٨ بإصلاحات واسعة.", ["2018-04"]),
        ("لكن نفوذ الجبهة الإثيوبية تراجع بعد وصول آبي إلى السلطة في أبريل ٢٠١٨.", ["2018-04"]),
        ("ووصل حزب العدالة والتنمية التركي إلى الحكم عام 2002.", ["2002"]),
        ("Ethiopian Prime Minister Abiy Ahmed came to power in April 2018.", ["2018-04"]),
        ("وتسعى المعارضة الإثيوبية لمنع وصول آبي إلى السلطة.", []),
        ("وقال رئيس الوزراء الإثيوبي آبي أحمد إن الطريق إلى السلطة يمر عبر الانتخابات.", []),
        ("ولم يصل الحزب الإثيوبي إلى السلطة منذ تأسيسه.", []),
        ("The Ethiopian opposition tried to come to power through the ballot box.", []),
        ("وتتزايد فرص وصول اليمين المتطرف إلى السلطة في فرنسا.", []),
        # an arrival at the premier's office is no office taken
        ("ووصل آلاف المتظاهرين اللبنانيين إلى رئاسة الحكومة في بيروت أمس.", []),
        ("وشهد محيط رئاسة الوزراء العراقية توترا بعد وصول مئات المتظاهرين إلى رئاسة الوزراء في بغداد.", []),
        ("ووصل السفير الأمريكي إلى رئاسة الوزراء العراقية أمس للقاء رئيس الحكومة.", []),
    ],
)
def test_reaching_power_is_taking_office(text: str, dates: list[str]) -> None:
    found = of_type(extract(text, "2020-11-05"), "appointment")
    assert [ev["date"] for ev in found] == dates, found
