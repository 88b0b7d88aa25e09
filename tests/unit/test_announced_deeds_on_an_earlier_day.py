"""An Arabic verb of announcing dated by a day of its own, with the deed it announces dated by
another, earlier day after the deed's word ("أعلن الجيش، الأحد، عن تنفيذ غارة جوية على موقع،
السبت"): the deed took place on its own day, not on the day of the announcement."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

MONDAY = "2019-03-25"
THURSDAY = "2019-03-28"


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "أعلن الجيش الأمريكي، الأحد، عن تنفيذ غارة جوية على موقع للمسلحين في الصومال، السبت، "
            "ما أدى إلى مقتل ثلاثة منهم.",
            MONDAY,
            "attack",
            "2019-03-23",
        ),
        (
            "قالت الشرطة التركية، الأربعاء، إنها اعتقلت صحفيا ألمانيا في إسطنبول، الإثنين.",
            THURSDAY,
            "arrest",
            "2019-03-25",
        ),
        (
            "أكد الجيش العراقي، اليوم الخميس، مقتل ثلاثة جنود في هجوم استهدف نقطة تفتيش في الموصل، مساء الثلاثاء.",
            THURSDAY,
            "attack",
            "2019-03-26",
        ),
        (
            "أعلنت إسرائيل، الأربعاء، عن اغتيال قيادي في حركة حماس في غزة، الثلاثاء.",
            THURSDAY,
            "attack",
            "2019-03-26",
        ),
        (
            "ذكرت وكالة الأنباء السعودية، الخميس، أن المملكة استدعت سفيرها لدى ألمانيا، الثلاثاء.",
            THURSDAY,
            "sanctions",
            "2019-03-26",
        ),
    ],
)
def test_the_deed_announced_takes_its_own_earlier_day(text, published, event_type, date):
    found = of_type(extract(text, published), event_type)
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # no day after the deed's word: the announcement's day stays
        (
            "أعلن الجيش الأمريكي، الأحد، عن تنفيذ غارة جوية على موقع للمسلحين في الصومال.",
            MONDAY,
            "attack",
            "2019-03-24",
        ),
        # the day after the word dates a relative clause of another noun, or a state's onset: not the deed's
        (
            "أعلن رئيس الحكومة اللبنانية سعد الحريري، أمس الثلاثاء، استقالة حكومته، استجابة لمطالب المحتجين "
            "الذين يملؤون الساحات منذ 17 أكتوبر.",
            "2019-10-30",
            "appointment",
            "2019-10-29",
        ),
        (
            "أعلن رئيس الحكومة اللبنانية سعد الحريري، أمس الثلاثاء، استقالة حكومته، بعد احتجاجات مستمرة منذ 17 أكتوبر.",
            "2019-10-30",
            "appointment",
            "2019-10-29",
        ),
        # a relative clause closed by a comma before the day: the day is the deed's again
        (
            "أعلن الجيش العراقي، الثلاثاء، تنفيذ غارة جوية على مواقع المسلحين الذين يتحصنون في كركوك، الاثنين.",
            "2019-10-30",
            "attack",
            "2019-10-28",
        ),
        # the day after the word is a later one, not before the announcement: not the deed's
        (
            "أعلن الجيش الأمريكي، السبت، عن تنفيذ غارة جوية على موقع للمسلحين في الصومال، الأحد.",
            MONDAY,
            "attack",
            "2019-03-23",
        ),
    ],
)
def test_without_an_earlier_day_after_the_word_no_change(text, published, event_type, date):
    found = of_type(extract(text, published), event_type)
    assert [e["date"] for e in found] == [date], found


# An Arabic sentence opened by و and a verb that takes up what the sentence before told by a
# demonstrative standing alone ("وجاء ذلك خلال لقاء", "وتعهد الوزير بذلك في اتصال هاتفي"): its event,
# with no date of its own, came on the day the sentence before gives.
WEDNESDAY = "2019-03-27"
CRITICISED = "انتقد وزير الخارجية الإيراني، أمس الثلاثاء، تصريحات الرئيس الأمريكي.\n"


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (CRITICISED + "وجاء ذلك خلال لقاء جمعه بنظيره التركي في أنقرة.", "meeting", "2019-03-26"),
        (
            "أكد رئيس الوزراء العراقي، أمس الثلاثاء، أن قواته ستمنع أي هجمات عبر الحدود.\n"
            "وتعهد رئيس الوزراء بذلك في اتصال هاتفي مع الرئيس التركي.",
            "meeting",
            "2019-03-26",
        ),
        (
            "انتقد الرئيس الإيراني، أمس الثلاثاء، تصريحات الرئيس الأمريكي.\n"
            "وجاء ذلك خلال قمة إسلامية في الرياض وقعت خلالها السعودية والولايات المتحدة اتفاقية دفاعية.",
            "agreement",
            "2019-03-26",
        ),
        # the noun of the saying taken up after a verb of coming: the visit ended as it was announced
        (
            "أعلن نائب الرئيس الأمريكي مايك بنس، مساء أمس الثلاثاء، أن بلاده ستواصل دعم تركيا.\n"
            "وجاء الإعلان في ختام زيارة قصيرة لبنس إلى أنقرة التقى خلالها الرئيس التركي.",
            "visit",
            "2019-03-26",
        ),
        # hours after a deed: the same day as the decisions taken up
        (
            "أعلن الرئيس التونسي قيس سعيد، مساء أمس الثلاثاء، إعفاء رئيس الحكومة من مهامه.\n"
            "وجاءت القرارات بعد ساعات من خروج آلاف التونسيين في مظاهرات في العاصمة.",
            "protest",
            "2019-03-26",
        ),
        (
            "TUNIS, March 27 (Reuters) - Tunisian President Kais Saied dismissed the prime minister late on Tuesday.\n"
            "The decisions came hours after thousands of Tunisians took to the streets of the capital.",
            "protest",
            "2019-03-26",
        ),
        # a meeting told before on another day does not stop it
        (
            "التقى وزير الخارجية الإيراني نظيره العراقي في بغداد يوم 10 مارس.\n"
            "وانتقد الوزير الإيراني، أمس الثلاثاء، تصريحات الرئيس الأمريكي.\n"
            "وجاء ذلك خلال لقاء جمعه بنظيره التركي في أنقرة.",
            "meeting",
            "2019-03-26",
        ),
    ],
)
def test_a_sentence_taking_up_the_one_before_takes_its_day(text, event_type, date):
    found = of_type(extract(text, WEDNESDAY), event_type)
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    "text",
    [
        # ومع ذلك (nevertheless) takes nothing up
        CRITICISED + "ومع ذلك التقى الوزير نظيره التركي في أنقرة.",
        # a demonstrative before a definite noun names that noun
        CRITICISED + "وجاء هذا اللقاء مع نظيره التركي في أنقرة بعد أسابيع من التوتر.",
        # the day taken up is more than a week old
        "انتقد وزير الخارجية الإيراني، يوم 3 مارس، تصريحات الرئيس الأمريكي.\n"
        "وجاء ذلك خلال لقاء جمعه بنظيره التركي في أنقرة.",
    ],
)
def test_otherwise_the_publication_day_stays(text):
    found = of_type(extract(text, WEDNESDAY), "meeting")
    assert [e["date_basis"] for e in found] == ["publication"], found


@pytest.mark.parametrize(
    "text",
    [
        "أعلن الرئيس التونسي قيس سعيد، مساء أمس الثلاثاء، إعفاء رئيس الحكومة من مهامه.\n"
        "وجاءت القرارات بعد أيام من خروج آلاف التونسيين في مظاهرات في العاصمة.",
        "TUNIS, March 27 (Reuters) - Tunisian President Kais Saied dismissed the prime minister late on Tuesday.\n"
        "The decisions came days after thousands of Tunisians took to the streets of the capital.",
    ],
)
def test_days_after_the_decision_taken_up_are_another_time(text):
    found = of_type(extract(text, WEDNESDAY), "protest")
    assert [e["date"] for e in found] != ["2019-03-26"], found


def test_a_meeting_the_taken_up_deed_came_after_is_of_another_time():
    # a word of after puts the meeting at another time than the day taken up: before the news, in its month
    found = of_type(extract(CRITICISED + "وجاء ذلك عقب لقاء جمعه بنظيره التركي في أنقرة.", WEDNESDAY), "meeting")
    assert [(e["date"], e["date_precision"]) for e in found] == [("2019-03", "month")], found


def test_a_datelines_day_is_no_news_taken_up():
    text = (
        "TUNIS, July 26 (Reuters) - Tunisian President Kais Saied sacked Prime Minister Hichem Mechichi.\n"
        "The decision came hours after thousands of Tunisians protested in the capital."
    )
    found = of_type(extract(text, "2021-07-26"), "protest")
    assert [e["date_basis"] for e in found] == ["publication"], found
