"""The coalition's intervention named by the Arabic verbal noun with the coalition annexed to it
("تبعها تدخل التحالف العسكري في مارس من العام التالي", "وتدخل التحالف بقيادة السعودية في مارس")
is an attack on the date of its own clause, as the English verb with its coalition is ("the
coalition intervened in March the following year"); a coalition's meddling in a parliament's
work or in internal affairs is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2022-04-08"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "ويعيش اليمن حربا منذ سيطرة الحوثيين على العاصمة صنعاء في سبتمبر/أيلول 2014، تبعها تدخل التحالف العسكري في مارس/آذار من العام التالي.",
            "2015-03",
        ),
        (
            "ويشهد اليمن حربا منذ سيطرة الحوثيين على صنعاء في سبتمبر/أيلول 2014، وتدخل التحالف بقيادة السعودية في مارس/آذار من العام التالي.",
            "2015-03",
        ),
        (
            "Yemen has been at war since the Houthis seized Sanaa in September 2014, and the Saudi-led coalition intervened in March the following year.",
            "2015",
        ),
    ],
)
def test_a_coalitions_intervention_is_an_attack_of_its_own_date(text, date):
    assert date in [e["date"] for e in of_type(extract(text, PUBLISHED), "attack")]


@pytest.mark.parametrize(
    "text",
    [
        "وطالبت المعارضة بوقف تدخل التحالف الحاكم في عمل البرلمان.",
        "وأكد البيان رفض تدخل التحالف في الشؤون الداخلية للعراق.",
    ],
)
def test_a_coalitions_meddling_is_no_attack(text):
    assert of_type(extract(text, PUBLISHED), "attack") == []


def test_the_coalitions_intervention_in_yemen_named_as_a_time_is_the_catalogued_one_in_the_year_counted_back():
    text = 'الوجود الإماراتي في الجزيرة لا يرجع للأسبوع الماضي فقط وإنما يعود لبداية تدخل التحالف العربي في اليمن ضد جماعة "أنصار الله" الحوثية منذ ثلاث سنوات.'
    events = of_type(extract(text, "2018-05-08"), "attack")
    assert [(e["date"], e["reference_id"]) for e in events] == [("2015", "decisive_storm_2015")]


@pytest.mark.parametrize(
    "text",
    [
        "وتأتي العملية في إطار الأسباب التي دعت إلى تدخل التحالف عسكرياً في اليمن، وأبرزها القرار رقم 2216 لسنة 2015.",
        "وتأتي العملية في إطار الظروف التي دعت إلى تدخل التحالف عسكرياً في اليمن.",
    ],
)
def test_the_reasons_that_led_to_the_intervention_tell_it_done(text):
    events = of_type(extract(text, "2018-06-14"), "attack")
    assert [e["date"] for e in events] == ["2015-03-26"]


def test_a_call_for_an_intervention_is_still_a_demand():
    text = "ودعت الحكومة إلى تدخل التحالف في المعارك الدائرة."
    assert of_type(extract(text, "2018-06-14"), "attack") == []
