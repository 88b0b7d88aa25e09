"""Events told by words the lexicon lacked: a court upholding a verdict or turning down an
appeal ("أيدت محكمة الاستئناف الحكم", "رفضت محكمة النقض الطعن"), a person being tried told by
the verb ("الذي يحاكم في تركيا"), both arrests by SCHEMA.md (arrest, detention, trial); and
an armed group seizing ground told by "استولى ... على" (an attack, as "سيطر على" is), but not
when what it took is weapons, money, goods or power. A state that asks soldiers of another to
leave ("طلبت ... من جنود قطريين المغادرة") expels them (a sanction), and an expulsion told by the
one state that expels takes place in its country, not in the capital named as the other side of
the quarrel, unless the text puts it "in" a city. Soldiers who take part in the vote
("يشارك ... في التصويت") cast their ballots that day, though the country's election is days ahead."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

JUNE = "2018-06-07"  # a Thursday
AUGUST = "2018-08-26"  # a Sunday


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date", "country"),
    [
        # an appeals court upholds a sentence on a weekday
        (
            "وأيدت محكمة الاستئناف البحرينية الثلاثاء الحكم الصادر بحق المعارض.",
            JUNE,
            "arrest",
            "2018-06-05",
            "BHR",
        ),
        (
            "وقد أكدت محكمة استئناف كويتية يوم الاثنين هذا الحكم بحق النائب السابق.",
            JUNE,
            "arrest",
            "2018-06-04",
            "KWT",
        ),
        (
            "وثبتت محكمة الاستئناف الأردنية الأربعاء أحكام السجن بحق المتهمين.",
            JUNE,
            "arrest",
            "2018-06-06",
            "JOR",
        ),
        # the highest court turns down the appeal
        (
            "ورفضت محكمة النقض المصرية يوم الثلاثاء الطعن المقدم من الناشط على حكم سجنه.",
            JUNE,
            "arrest",
            "2018-06-05",
            "EGY",
        ),
        # a person being tried, told by the verb
        (
            "وتطالب واشنطن بالإفراج عن الصحفي الأمريكي الذي يحاكم في إيران بتهمة التجسس.",
            AUGUST,
            "arrest",
            "2018-08-26",
            "IRN",
        ),
        # an armed group seizing ground
        (
            "واشتدت الحرب في اليمن منذ عام 2014، عندما استولى الحوثيون على العاصمة صنعاء.",
            AUGUST,
            "attack",
            "2014",
            "YEM",
        ),
        (
            "واستولت حركة طالبان على مدينة قندوز الأفغانية يوم الاثنين.",
            AUGUST,
            "attack",
            "2018-08-20",
            "AFG",
        ),
    ],
)
def test_a_verdict_upheld_a_trial_and_a_seizure_of_ground_are_events(text, published, event_type, date, country):
    found = of_type(extract(text, published), event_type)
    assert [e["date"] for e in found] == [date], found
    assert country in found[0]["countries"], found


@pytest.mark.parametrize(
    "text",
    [
        # what was taken is weapons or money: not ground (power seized by the army is a coup's
        # armed seizure of the state, test_coup_readings.py)
        "واستولى المسلحون على أسلحة من مركز للشرطة في الموصل يوم الأربعاء.",
        "واستولى مسؤولون سابقون على أموال عامة في العراق خلال السنوات الماضية.",
    ],
)
def test_seizing_what_is_not_ground_is_no_attack(text):
    assert of_type(extract(text, AUGUST), "attack") == []


EXPULSION_DAY = "2017-06-20"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "countries", "location"),
    [
        # a state asks another's soldiers on its ground to leave
        (
            "وطلبت الحكومة العراقية يوم الأحد من جنود أتراك متمركزين في معسكر بعشيقة المغادرة خلال أسبوع "
            "على خلفية الخلاف مع أنقرة.",
            {"IRQ", "TUR"},
            "IRQ",
        ),
        # the capital after "with" is the other side of the quarrel, not the place
        (
            "وطلبت البحرين يوم الأحد من القائم بالأعمال العراقي المغادرة على خلفية الأزمة مع بغداد.",
            {"BHR", "IRQ"},
            "BHR",
        ),
        ("Kuwait expelled the Iranian ambassador on Sunday amid its dispute with Tehran.", {"KWT", "IRN"}, "KWT"),
        # a city the text puts the expulsion in stays its place
        ("وطردت تركيا السفير الإسرائيلي في أنقرة يوم الأحد.", {"TUR", "ISR"}, "TUR"),
    ],
)
def test_an_expulsion_takes_place_in_the_expelling_state(text, countries, location):
    found = of_type(extract(text, EXPULSION_DAY), "sanctions")
    assert [e["date"] for e in found] == ["2017-06-18"], found
    assert set(found[0]["countries"]) == countries, found
    assert found[0]["location"]["country"] == location, found


ELECTION_EVE = "2018-05-10"  # a Thursday, two days before the Iraqi parliamentary election of 12 May


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # soldiers vote early, on the day told
        (
            "وسط إجراءات أمنية مشددة، يشارك آلاف من عناصر الجيش والشرطة العراقية في التصويت في أنحاء العراق، "
            "قبل الانتخابات البرلمانية.",
            ["2018-05-10"],
        ),
        # taking part to come is no vote cast
        ("ويستعد العراقيون للمشاركة في التصويت في الانتخابات البرلمانية.", []),
        ("وسيشارك آلاف من عناصر الأمن العراقية في التصويت في الانتخابات البرلمانية.", []),
    ],
)
def test_taking_part_in_the_vote_is_the_vote_of_that_day(text, dates):
    found = of_type(extract(text, ELECTION_EVE), "election")
    assert [e["date"] for e in found] == dates, found
