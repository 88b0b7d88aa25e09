"""Two appointments told one after the other, each naming the person appointed after its word
(«أصدر الملك سلمان أمراً باختيار الأمير محمد بن نايف ولياً لولي العهد. كما أصدر أمراً بتعيين
الأمير محمد بن سلمان وزيراً للدفاع»; "the appointment of Prince Mohammed bin Salman" after a
decree naming Prince Mohammed bin Nayef) are two offices given, though one king issued both
and a title (الأمير, Prince) comes right after both words. The same person's appointment told
again is one event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "وفي أولى قرارات عهده، أصدر الملك سلمان أمراً ملكياً باختيار الأمير محمد بن نايف، وزير الداخلية، ولياً لولي العهد. "
            "كما أصدر أمراً بتعيين الأمير محمد بن سلمان وزيراً للدفاع ورئيساً للديوان الملكي.",
            2,
        ),
        (
            "King Salman issued a royal decree on Friday naming Prince Mohammed bin Nayef as deputy crown prince. "
            "Another decree ordered the appointment of Prince Mohammed bin Salman as defence minister.",
            2,
        ),
        # one person's appointment told twice
        (
            "أصدر الملك سلمان اليوم أمراً بتعيين الأمير محمد بن سلمان وزيراً للدفاع. "
            "وجاء تعيين الأمير محمد بن سلمان في إطار تغييرات واسعة.",
            1,
        ),
        (
            "King Salman appointed Prince Mohammed bin Salman as defence minister on Friday. "
            "The appointment of Prince Mohammed bin Salman surprised analysts.",
            1,
        ),
    ],
)
def test_appointments_of_different_people_are_two(text, count):
    assert len(of_type(extract(text, "2015-01-23"), "appointment")) == count


@pytest.mark.parametrize(
    "text",
    [
        # a title of two words («الفريق أول») before the name: the name, not the title's second word,
        # tells whose appointment it is
        "أدى أردوغان أمس اليمين الدستورية رئيسا في أول ولاية له بالنظام الرئاسي. "
        "وأصدر أردوغان مرسومًا آخر يقضي بتعيين الفريق أول ياشار غولر رئيسًا جديدًا للأركان العامة.",
    ],
)
def test_a_title_of_several_words_is_passed_over(text):
    assert len(of_type(extract(text, "2018-07-10"), "appointment")) == 2
