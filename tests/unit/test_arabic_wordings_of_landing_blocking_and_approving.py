"""Arabic wordings the English lexicon already read:

- an official who alighted in a city (حط وزير الخارجية في تل أبيب) arrived there, as one who
  landed in it did; a missile that came down or a war that ended (حطت الحرب أوزارها) did not;
- a crowd that closed a road (أغلق مئات الإسرائيليين طريقا سريعا) demonstrates, as one that
  blocked a highway does; police closing a road hold no protest of their own;
- aid or sanctions approved (وافق صندوق النقد الدولي على قرض) are given or imposed, as the IMF
  approving a loan is; troops approved to be sent are not yet sent.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2024-03-15"  # a Friday


@pytest.mark.parametrize(
    ("text", "event_type", "date", "countries"),
    [
        ("حط وزير الخارجية البريطاني في تل أبيب الاثنين.", "visit", "2024-03-11", {"GBR", "ISR"}),
        ("Britain's foreign secretary landed in Tel Aviv on Monday.", "visit", "2024-03-11", {"GBR", "ISR"}),
        ("أغلق مئات الإسرائيليين طريقا سريعا في تل أبيب الاثنين مطالبين بصفقة.", "protest", "2024-03-11", {"ISR"}),
        ("أغلق المتظاهرون الشوارع المؤدية إلى البرلمان في بيروت الاثنين.", "protest", "2024-03-11", {"LBN"}),
        ("Hundreds of Israelis blocked a highway in Tel Aviv on Monday, demanding a deal.", "protest", "2024-03-11", {"ISR"}),
        ("وافق صندوق النقد الدولي الثلاثاء على قرض بقيمة 3 مليارات دولار لباكستان.", "aid", "2024-03-12", {"PAK"}),
        ("The IMF approved a $3 billion loan for Pakistan on Tuesday.", "aid", "2024-03-12", {"PAK"}),
        ("وافق الاتحاد الأوروبي الاثنين على فرض عقوبات جديدة على إيران.", "sanctions", "2024-03-11", {"IRN"}),
    ],
)
def test_the_arabic_wording_tells_the_event_as_the_english_one_does(text, event_type, date, countries):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert [e["date"] for e in found] == [date], found
    assert countries <= set(found[0]["countries"])


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("حطت الحرب أوزارها في البوسنة عام 1995.", "visit"),
        ("حط صاروخ في منطقة مفتوحة في عسقلان الاثنين.", "visit"),
        ("حطت طائرة محملة بالمساعدات في مطار العريش الاثنين.", "visit"),
        ("أغلقت الشرطة الطريق المؤدي إلى المطار في بيروت الاثنين.", "protest"),
        ("وافقت الحكومة اللبنانية على إرسال قوات إلى الجنوب الاثنين.", "deployment"),
    ],
)
def test_what_the_same_words_do_not_tell(text, event_type):
    assert of_type(extract(text, PUBLISHED), event_type) == []
