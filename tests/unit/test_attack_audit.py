"""Attacks that are no attack of a day. An attack's word right after a word of a trend or a
degree of violence ("قلقه من تصاعد المعارك", "تراجع الهجمات", "a rise in attacks") tells
violence over a period, counted up or down: no event. A verb with a noun of degree is left to
its sentence ("وتصاعدت حدة المعارك قرب المطار" tells the fighting of the day), and the attack
told beside the trend stays."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

MAY = "2018-05-27"


@pytest.mark.parametrize(
    "text",
    [
        # a concern over a rise in fighting, told on a day
        "وأعرب منسق الشؤون الإنسانية الخميس، في بيان صدر في جنيف، عن \"قلقه الشديد\" من تصاعد المعارك في ليبيا خلال الأسابيع الماضية.",
        # a fall in attacks, perhaps with its noun of degree
        "وأشار التقرير إلى تراجع الهجمات التي ينفذها مسلحون في سيناء خلال الأشهر الأخيرة.",
        "ولاحظ السكان انخفاض وتيرة الغارات على محافظة إدلب منذ بداية الشهر.",
        # a noun of a rise with its noun of degree
        "وحذرت المنظمة الاثنين من تزايد حدة الاشتباكات في جنوب ليبيا.",
        # English
        "Residents of Tripoli fled on Thursday as the escalation of fighting in Libya reached the suburbs.",
        "Aid groups reported a sharp rise in attacks on health workers in Syria on Monday.",
        "The intensity of the air strikes on Idlib has fallen since the start of the month.",
    ],
)
def test_a_trend_of_violence_is_no_attack(text):
    assert of_type(extract(text, MAY), "attack") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a verb of a rise with its degree: the fighting of the day
        ("وتصاعدت حدة المعارك الأحد بين القوات الحكومية والحوثيين قرب مطار الحديدة.", "2018-05-27"),
        # an escalation of shelling since a day is the shelling of that day
        ("وتشهد الغوطة الشرقية منذ مساء الأحد تصعيدا عنيفا للقصف الجوي من قبل قوات النظام السوري.", "2018-05-27"),
        # the attack told beside the trend stays
        (
            "قتل خمسة جنود مصريين السبت في هجوم على حاجز أمني في سيناء، رغم تراجع الهجمات في الأشهر الأخيرة.",
            "2018-05-26",
        ),
        ("Five soldiers were killed on Saturday in an attack on a checkpoint in Sinai, despite a decline in attacks.", "2018-05-26"),
    ],
)
def test_the_attack_of_a_day_stays(text, date):
    found = of_type(extract(text, MAY), "attack")
    assert [e["date"] for e in found] == [date], found


# An explosive's word a few words after a word of defusing, clearing, finding or seizing it
# ("فككت قوات الأمن عبوة ناسفة", "تطهير المطار من الألغام والعبوات الناسفة", "defused an
# explosive device") tells an explosive that never went off: no attack. An explosive that went
# off stays, whatever was found beside it.
@pytest.mark.parametrize(
    "text",
    [
        "فككت قوات الأمن المصرية السبت عبوة ناسفة زرعت قرب كنيسة في القاهرة.",
        "عثرت الشرطة التونسية الأحد على عبوات ناسفة في جبل الشعانبي.",
        "وبدأت الفرق الهندسية اليمنية الأحد تطهير مطار الحديدة من الألغام والعبوات الناسفة.",
        "أبطل خبراء المتفجرات العراقيون مفعول عبوة ناسفة في الموصل أمس.",
        "Egyptian police defused an explosive device near a church in Cairo on Saturday.",
        "Iraqi police found two explosive devices under a bridge in Mosul on Saturday.",
    ],
)
def test_an_explosive_defused_is_no_attack(text):
    assert of_type(extract(text, MAY), "attack") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("انفجرت عبوة ناسفة السبت قرب دورية للشرطة في العريش.", "2018-05-26"),
        ("قتل جنديان السبت في انفجار عبوة ناسفة بعد أن عثرت دورية على سيارة مهجورة في العريش.", "2018-05-26"),
        ("A roadside bomb killed two soldiers in Arish on Saturday.", "2018-05-26"),
    ],
)
def test_an_explosive_that_went_off_stays(text, date):
    found = of_type(extract(text, MAY), "attack")
    assert [e["date"] for e in found] == [date], found
