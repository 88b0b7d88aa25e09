"""Events told again, and catalogued events named in a relative clause (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "وتحدثت وسائل إعلام تركية عن اغتيال القيادي في حزب العمال الكردي، إسماعيل أوزدان، المطلوب لأنقرة، "
        'في حين قال تلفزيون "روداو" إن أوزدان كان قائدا في وحدات مقاومة سنجار، التي تصدت لتنظيم داعش الذي اجتاح المنطقة عام 2014.',
        "Turkish media reported the assassination of Ismail Ozden, a commander of the Sinjar Resistance Units in Iraq, "
        "which fought ISIS when it overran the region in 2014.",
        "Turkish media reported the killing of a PKK commander in a Turkish air strike in Sinjar, Iraq, which ISIS overran in 2014.",
    ],
)
def test_a_catalogued_event_in_a_relative_clause_does_not_date_the_event(text):
    found = of_type(extract(text, "2018-08-17"), "attack")
    # the deed of the relative clause may stand beside it as an event of its own year
    assert any(e["date"] == "2018-08-17" and e.get("reference_id") is None for e in found), found
    assert all(e["date"] in ("2018-08-17", "2014") for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "شنت طائرات التحالف بقيادة السعودية والإمارات غارة على سوق في صعدة اليمنية في أغسطس الماضي. "
        'وكان التحالف قد اعترف بأن الغارة الجوية التي أسفرت عن مقتل العشرات كانت "غير مبررة".',
        "Saudi-led coalition jets struck a market in Saada, Yemen, in August. "
        'The coalition admitted that the air strike that killed dozens was "unjustified".',
    ],
)
def test_a_definite_event_described_by_a_relative_clause_is_the_one_told(text):
    found = of_type(extract(text, "2018-09-02"), "attack")
    assert len(found) == 1 and found[0]["date"] == "2018-08", found


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # the lead tells a deployment or an arrest with no date, a later sentence gives its day
        (
            "احتدمت الأزمة بعد نشر الإمارات قوات عسكرية في جزيرة سقطرى اليمنية. "
            "وفي الثاني من مايو أرسلت الإمارات قوات عسكرية إلى جزيرة سقطرى اليمنية.",
            "deployment",
            "2018-05-02",
        ),
        (
            "The crisis deepened after the UAE deployed troops on Yemen's Socotra island. "
            "The UAE sent troops to Yemen's Socotra island on May 2.",
            "deployment",
            "2018-05-02",
        ),
        (
            "أعلنت السلطات السعودية اعتقال الشيخ ناصر العمر. وكانت السلطات السعودية قد اعتقلت العمر في مكة يوم الأحد.",
            "arrest",
            "2018-05-06",
        ),
    ],
)
def test_an_undated_deployment_or_arrest_is_the_one_dated_days_before(text, event_type, date):
    found = of_type(extract(text, "2018-05-08"), event_type)
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        # the noun names right after it the one an event told and dated before was done to
        (
            "وقال المستشار الأمني إن السلطات التركية ألقت القبض على إسماعيل العيثاوي في فبراير في تركيا. "
            "وتابع أن ضباط المخابرات العراقية والأميركية تمكنوا، بعد القبض على العيثاوي، من الكشف عن الحسابات المصرفية للتنظيم.",
            "arrest",
            ["2018-02"],
        ),
        (
            "The adviser said Turkish authorities arrested Ismail al-Issawi in Turkey in February. "
            "Iraqi and American intelligence officers, after the arrest of al-Issawi, uncovered the group's bank accounts.",
            "arrest",
            ["2018-02"],
        ),
        (
            "وكانت وسائل إعلام ذكرت أن المقاتلات التركية استهدفت موكبا، الأربعاء، في قضاء سنجار العراقي، "
            "مما أسفر عن سقوط 5 قتلى، بينهم قيادي. وتحدثت وسائل إعلام تركية عن اغتيال القيادي في حزب العمال الكردي.",
            "attack",
            ["2018-05-09"],
        ),
        # another one named: another event
        (
            "وقال المستشار إن السلطات التركية ألقت القبض على إسماعيل العيثاوي في فبراير في تركيا. "
            "وأعلنت السلطات العراقية القبض على محمد الجمل.",
            "arrest",
            ["2018-02", "2018-05-10"],
        ),
    ],
)
def test_an_event_noun_naming_the_one_an_event_told_before_was_done_to(text, event_type, dates):
    found = of_type(extract(text, "2018-05-10"), event_type)
    assert sorted(e["date"] for e in found) == dates, found


@pytest.mark.parametrize(
    ("text", "event_type", "count"),
    [
        # an event noun annexed to a definite noun that named an event told before ("استهداف
        # الحوثيين") is that event (a noun annexed to someone new is not: see test_missed_events)
        (
            "أطلق الحوثيون صاروخا باليستيا على الرياض مساء الأربعاء. "
            "وارتفعت أسعار النفط بعد الأنباء عن استهداف الحوثيين المملكة بصواريخ بالستية.",
            "attack",
            1,
        ),
        (
            "أطلق الحوثيون صاروخا باليستيا على الرياض مساء الأربعاء. وأثار استهداف الحوثيين العاصمة السعودية قلقا دوليا.",
            "attack",
            1,
        ),
        # and an English one with a possessive between "the" and the noun
        (
            "Turkey's foreign minister visited Doha yesterday and met the emir of Qatar. "
            "Observers link the Turkish minister's visit to the crisis in Libya.",
            "visit",
            1,
        ),
        # a side that does many things in one story does not say which event it is
        (
            "قصف الجيش السوري بلدة في ريف إدلب يوم الاثنين. وأسفرت غارات الجيش السوري على مدينة دوما عن مقتل 13 مدنيا.",
            "attack",
            2,
        ),
        # told first so, it is the news
        ("بدأت زيارة الرئيس التركي إلى قطر اليوم وسط إجراءات أمنية مشددة.", "visit", 1),
    ],
)
def test_an_event_noun_annexed_to_a_definite_noun_is_the_one_told(text, event_type, count):
    assert len(of_type(extract(text, "2018-04-12"), event_type)) == count


@pytest.mark.parametrize(
    ("text", "event_type", "kept"),
    [
        # what followed a catalogued event of years before, with no date of its own, is background
        ("وفي أعقاب محاولة الانقلاب الفاشلة في تركيا اعتقلت السلطات التركية عشرات الآلاف.", "arrest", False),
        ("In the wake of the failed coup in Turkey, Turkish authorities arrested tens of thousands of people.", "arrest", False),
        ("Turkey sent troops to Qatar after the boycott of Qatar by Saudi Arabia, the UAE, Bahrain and Egypt.", "deployment", False),
        # with a day of its own, or over a link to it, it is the news
        ("Turkish police arrested the colonel Mehmet Disli on Monday over links to the failed coup in Turkey.", "arrest", True),
        ("وفي أعقاب محاولة الانقلاب الفاشلة في تركيا اعتقلت السلطات التركية يوم الاثنين العقيد محمد ديشلي.", "arrest", True),
    ],
)
def test_what_followed_an_old_catalogued_event_is_background(text, event_type, kept):
    assert bool(of_type(extract(text, "2018-07-10"), event_type)) == kept


@pytest.mark.parametrize(
    ("text", "event_type", "kept"),
    [
        # what an agreement told before brought about, years before, is background
        (
            "ودخلت اتفاقية التعاون العسكري بين تركيا وقطر حيز التنفيذ عام 2015. "
            "وبموجب الاتفاقية، تمت إقامة قاعدة عسكرية تركية في قطر، وتنفيذ تدريبات عسكرية مشتركة.",
            "military_exercise",
            False,
        ),
        (
            "Turkey and Qatar signed a military cooperation agreement in 2014. "
            "Under the agreement, Turkish and Qatari troops held joint military exercises.",
            "military_exercise",
            False,
        ),
        # under a deal of these days, it is news
        (
            "وقعت تركيا وقطر اتفاقية للتعاون العسكري الاثنين. وبموجب الاتفاقية، أرسلت تركيا قوات إلى قطر.",
            "deployment",
            True,
        ),
    ],
)
def test_what_an_old_agreement_brought_about_is_background(text, event_type, kept):
    assert bool(of_type(extract(text, "2020-11-10"), event_type)) == kept
