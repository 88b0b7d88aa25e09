"""Attacks told by their military result, and fights told as clashes.

Ground taken or taken back is an attack of the side that took it: a verb of retaking with the
taker between it and what it took (استعادت القوات العراقية السيطرة على ...، استعادت الجانب
الأيسر), a place that falls into the hands of a side (سقطت المدينة بيد التنظيم, fell to the
militants) and armed men entering a place (دخلت فصائل المعارضة الأحياء الشرقية). A building
blown up (فجر التنظيم الجامع) or buildings and vehicles burnt (أحرق مسلحون حافلات) are an
attack; burning told beside protesters, and tyres or pictures burnt, stay a protest. A killing
told by its victims and the fire of the side that shot (قتل 20 متظاهرا بنيران قوات الأمن,
were killed by security forces) is an attack of the shooters, not the victims' protest; a
toll of a whole period told in the present perfect stays none. Protesters who clash with the
police hold a protest, while two armed sides that clash fight. A season before a year (صيف
2012, in the summer of 2012) dates to that year. An event told in a clause of explanation
(، إذ) after a clause whose verb is one of witnessing and whose day the text writes (شهدت
المدينة يوم الخميس ...، إذ قتل) takes that day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2019-12-02"  # a Monday
EN_PUB = "2020-08-10"  # a Monday


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("واستعادت القوات العراقية السيطرة على الجانب الأيسر من مدينة الموصل في كانون الثاني الماضي.", PUB, "2019-01"),
        ("واستعادت القوات العراقية الجانب الأيسر من الموصل في كانون الثاني الماضي.", PUB, "2019-01"),
        ("وسقطت الموصل، ثاني أكبر مدن العراق، بيد التنظيم في حزيران 2014.", PUB, "2014-06"),
        ("وسقطت مدينة تدمر السورية بيد تنظيم داعش الأحد.", PUB, "2019-12-01"),
        ("ودخلت فصائل المعارضة الأحياء الشرقية من حلب صيف 2012.", PUB, "2012"),
        ("وكانت فصائل المعارضة قد دخلت الأحياء الشرقية من حلب عام 2012.", PUB, "2012"),
        ("وفجّر التنظيم جامع النوري الكبير في الموصل الشهر الماضي.", PUB, "2019-11"),
        ("وأحرق مسلحون يوم الأحد الماضي حافلات كانت متجهة إلى بلدتين في ريف إدلب.", PUB, "2019-12-01"),
        ("وقتل أكثر من 20 متظاهرا بنيران قوات الأمن قرب جسر في الناصرية يوم الخميس الماضي.", PUB, "2019-11-28"),
        ("وأصيب ثلاثة متظاهرين برصاص الشرطة في بغداد أمس.", PUB, "2019-12-01"),
        (
            "وشهدت مدينة الناصرية يوم الخميس الماضي أحد أكثر الأيام دموية، إذ قتل أكثر من 20 متظاهرا بنيران قوات الأمن.",
            PUB,
            "2019-11-28",
        ),
        ("The city of Mosul fell to Islamic State militants in June 2014.", EN_PUB, "2014-06"),
        ("The town of Baraf in Somalia fell to al Shabaab on Monday.", EN_PUB, "2020-08-10"),
        ("Rebels seized the eastern districts of Aleppo in the summer of 2012.", EN_PUB, "2012"),
        ("At least 20 protesters were killed by security forces in Nasiriyah on Thursday.", EN_PUB, "2020-08-06"),
        ("Two protesters were shot by soldiers in Khartoum on Saturday.", EN_PUB, "2020-08-08"),
        ("وقتل متظاهر الجمعة برصاص حراس مقر حزب في الديوانية العراقية.", PUB, "2019-11-29"),
        ("Iraqi troops clashed with Islamic State fighters in Mosul on Sunday.", EN_PUB, "2020-08-09"),
    ],
)
def test_attack_found(text: str, published: str, date: str) -> None:
    found = extract(text, published)
    assert [e["date"] for e in of_type(found, "attack")] == [date]
    assert of_type(found, "protest") == []


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a city that regains its calm, or a trust won back, is no ground retaken
        ("واستعادت مدينة الموصل العراقية هدوءها أمس.", PUB),
        ("واستعادت الأسواق في بغداد نشاطها أمس.", PUB),
        # weapons that may fall into a group's hands, or prices that fall to a low
        ("وحذر الوزير العراقي من سقوط الأسلحة بأيدي التنظيم.", PUB),
        ("Oil prices fell to their lowest level in Iraq since 2016 on Monday.", EN_PUB),
        # peacekeepers who enter a town under a deal
        ("ودخلت قوات حفظ السلام مدينة أبيي بموجب الاتفاق أمس.", PUB),
        # dawn is no blowing up
        ("واحتجزت الشرطة التركية الصحفي فجر الأربعاء في مداهمة لمنزله في إسطنبول.", PUB),
        # a toll of the whole unrest
        ("Dozens of people have been killed by security forces in Sudan since the start of the protests.", EN_PUB),
    ],
)
def test_no_attack(text: str, published: str) -> None:
    assert of_type(extract(text, published), "attack") == []


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("وأحرق المتظاهرون صور المرشد الإيراني وإطارات السيارات في بغداد الجمعة.", PUB, "2019-11-29"),
        ("وأحرق محتجون مقر حزب في الناصرية العراقية أمس.", PUB, "2019-12-01"),
        ("Thousands of protesters clashed with security forces in central Beirut on Saturday.", EN_PUB, "2020-08-08"),
        ("Clashes between protesters and police in Baghdad left two dead on Monday.", EN_PUB, "2020-08-10"),
        ("Students clashed with police in Algiers on Tuesday.", EN_PUB, "2020-08-04"),
        ("Supporters of the cleric stormed parliament and clashed with police in Baghdad on Saturday.", EN_PUB, "2020-08-08"),
        ("Protesters in Iraq clashed with police on Monday, killing two officers.", EN_PUB, "2020-08-10"),
        ("Protesters in Baghdad set fire to tyres on Tuesday.", EN_PUB, "2020-08-04"),
    ],
)
def test_protest_stays(text: str, published: str, date: str) -> None:
    found = extract(text, published)
    assert [e["date"] for e in of_type(found, "protest")] == [date]
    assert of_type(found, "attack") == []
