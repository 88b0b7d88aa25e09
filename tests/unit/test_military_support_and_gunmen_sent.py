"""Event words of news that the lexicon lacked, and sentences that must not give them.

- Military support told as supplying or backing a party with arms (`أمدت ... بالأسلحة`,
  `تدعم ... بالصواريخ`, "backs ... with missiles") or by the possessed noun `دعمها العسكري` is `aid`.
- Gunmen sent somewhere (`أرسلت ... مسلحين`) and a raised number of troops or military
  experts (`زادت عدد الخبراء العسكريين`, "increased the number of its troops") are a `deployment`.
- A strike, raid or attack named by a noun and told in a relative clause with a past verb
  of doing (`الضربات التي وجهتها القاهرة`, "the strikes that Cairo carried out") is an `attack`.
- A court upholding a sentence (`أيدت محكمة النقض حكم الإعدام`) is an `arrest` (a trial);
  carrying a sentence out (`تنفيذ حكم الإعدام`) is not.
- An event word the sentence alludes to (`في إشارة إلى الضربات ...`) is recalled, not the
  day's news: without a date of its own it gives no event.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

MAY = "2018-05-16"


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        ("وقالت الحكومة إن الولايات المتحدة أمدت المقاتلين الأكراد بالأسلحة والتدريب.", "aid", {"USA"}),
        ("وأكد التحالف أن إيران مستمرة في دعم الحوثيين بالصواريخ الباليستية.", "aid", {"IRN"}),
        ("وتدعم تركيا فصائل المعارضة السورية بالعتاد والذخيرة.", "aid", {"TUR"}),
        ("وكانت موسكو قد بدأت دعمها العسكري للحكومة السورية عام 2015.", "aid", {"RUS"}),
        ("وقال المتحدث إن قطر أرسلت مسلحين إلى ليبيا.", "deployment", {"QAT", "LBY"}),
        ("وأعلنت واشنطن أنها زادت عدد الخبراء العسكريين في السعودية.", "deployment", {"USA", "SAU"}),
        ("وضاعفت بريطانيا عدد جنودها في إستونيا.", "deployment", {"GBR"}),
        ("وزادت الولايات المتحدة العام الماضي عدد قواتها في العراق.", "deployment", {"USA", "IRQ"}),
        ("وأيدت محكمة الاستئناف المصرية حكم الإعدام بحق المتهمين يوم الأحد.", "arrest", {"EGY"}),
        ("ونددت دمشق بالضربة التي سددتها إسرائيل لمطار دمشق يوم الأحد.", "attack", {"ISR", "SYR"}),
        ("واستنكرت الحكومة الليبية الضربات التي وجهتها القاهرة لمجموعات مسلحة في درنة يوم الجمعة.", "attack", {"EGY", "LBY"}),
        ("The United States increased the number of its troops in Syria.", "deployment", {"USA", "SYR"}),
        ("Iran backs the Houthis in Yemen with missiles and drones.", "aid", {"IRN", "YEM"}),
        ("The Libyan government condemned the strikes that Cairo carried out against groups in Libya on Friday.",
         "attack", {"EGY", "LBY"}),
        ("An appeals court in Cairo upheld the verdict against the opposition leader on Sunday.", "arrest", {"EGY"}),
    ],
)
def test_the_event_is_found(text, event_type, countries):
    found = of_type(extract(text, MAY), event_type)
    assert found, extract(text, MAY)
    assert countries <= set(found[0]["countries"]), found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # backing with money for the poor, or backing a ban on arms, is no arms supply
        ("ودعمت الحكومة الأسر الفقيرة بالمال.", "aid"),
        ("ودعم الرئيس المصري قرار حظر الأسلحة.", "aid"),
        ("The government supported the farmers with money.", "aid"),
        # a number of soldiers killed is no deployment
        ("The number of soldiers killed in Syria increased to ten.", "deployment"),
        # backing a government, or upholding a ban, is not a court upholding a sentence
        ("The Egyptian court upheld the ban on the party.", "arrest"),
        ("وأيد الحزب الحكم الجديد في البلاد.", "arrest"),
        # a sentence carried out is no trial
        ("وجاء القرار بعد إعلان الرياض تنفيذ حكم الإعدام بحق مدانين.", "arrest"),
        # strikes alluded to, with no date of their own
        ("وقال إن الإجراء جاء بعد أن شددت مصر على حقها في مكافحة الإرهاب، في إشارة إلى الضربات التي "
         "وجهتها القاهرة قبل أيام لمجموعات في ليبيا.", "attack"),
        ("وقال الوزير إن بلاده لن تتهاون مع الإرهاب، في إشارة إلى الغارات التي شنتها الطائرات المصرية على درنة.",
         "attack"),
        ("The minister said his country would not tolerate terrorism, in reference to the air strikes "
         "Egyptian jets carried out on Derna.", "attack"),
    ],
)
def test_no_event(text, event_type):
    assert of_type(extract(text, MAY), event_type) == []


def test_an_alluded_event_with_a_day_of_its_own_stays():
    text = ("وقال الوزير إن بلاده لن تتهاون مع الإرهاب، في إشارة إلى الغارات التي شنتها الطائرات المصرية "
            "على درنة يوم الخميس.")
    found = of_type(extract(text, "2017-06-09"), "attack")
    assert [(e["date"], e["date_basis"]) for e in found] == [("2017-06-08", "relative")], found
