"""An attack told only by its definite word right after a word of resisting it.

"حاول المقاتلون التصدي للهجوم التركي", "أبدت الفصائل مقاومة شرسة للهجوم", "احتجاجا ضد الغارات
السعودية", "put up resistance to the Turkish offensive": the sentence tells a stand taken
against an attack known already or only feared; with no date of its own it is no attack of the
day. A verb of intercepting ("تصدت الدفاعات لصاروخ", "repelled an Israeli attack") or an
indefinite attack word still tells the attack."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

MAY = "2018-05-08"


@pytest.mark.parametrize(
    "text",
    [
        # the verbal noun of confronting, the attack's definite word after ل
        "ويحاول المقاتلون الأكراد في سوريا التصدي للهجوم التركي على منطقة عفرين.",
        # the verbal noun of resisting, the attack as its object
        "ويواصل السكان الفلسطينيون مقاومة الهجوم الإسرائيلي على قرى الضفة الغربية.",
        # ... with an adjective between
        "وأبدت الفصائل السورية المسلحة مقاومة شرسة للهجوم الروسي على إدلب.",
        # against the air strikes: what a protest opposes
        "خرج آلاف المتظاهرين في صنعاء احتجاجا ضد الغارات السعودية على اليمن.",
        # against the aggression, in quotation marks or not, in a sentence with a span of time
        "ويقف اليمنيون صفا واحدا ضد العدوان الإماراتي على جزيرة سقطرى منذ بداية الحرب.",
        'ويقف اليمنيون صفا واحدا ضد "العدوان الإماراتي" على جزيرة سقطرى منذ بداية الحرب.',
        # English: resisting, resistance to, a determiner and a name between
        "Residents took up arms to resist the Israeli raid on the village in the West Bank.",
        "The Kurdish militia put up fierce resistance to the Turkish offensive on Afrin.",
        "Palestinian fighters in Gaza have struggled to resist the Israeli offensive.",
    ],
)
def test_a_resisted_attack_is_no_attack_of_the_day(text):
    assert of_type(extract(text, MAY), "attack") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a finite verb of intercepting tells the attack intercepted
        ("تصدت الدفاعات الجوية السورية لعدوان إسرائيلي على مطار التيفور في حمص.", MAY),
        ("أعلن التحالف أن الدفاعات الجوية السعودية تصدت لصاروخ باليستي أطلقه الحوثيون من اليمن على نجران.", MAY),
        ("Syrian air defences repelled an Israeli attack on the T4 airbase in Homs.", MAY),
        # the attack told by its own verb before the word of intercepting stays
        ("شنت الطائرات الإسرائيلية غارات على مواقع في سوريا، وتصدت الدفاعات الجوية السورية للهجوم.", MAY),
        # a resisted attack with a day of its own is dated, not dropped
        ("وحاولت القوات السورية يوم الأحد التصدي للهجوم الإسرائيلي على مواقعها في ريف دمشق.", "2018-05-06"),
    ],
)
def test_an_attack_intercepted_or_dated_is_kept(text, date):
    assert [e["date"] for e in of_type(extract(text, MAY), "attack")] == [date]
