"""Arabic dating. A date that opens an Arabic sentence and is set off by a comma (وفي
عام 2017،، وخلال الشهر الماضي،، ومساء الخميس،) holds for every clause of the sentence with no
date of its own: the deed told in the that-clause of a statement (أعلن الجيش أن طائراته قصفت) is
dated by it, not by the publication. Not a deed told in a relative clause (which tells of
another time), nor one after a clause with a date of its own, nor a bare word of killing that
tells a toll. A definite noun of a type that retells an indefinite noun of its type told before
in its sentence (إثر هجوم على موقع، وتبنت الحركة الهجوم) leaves the event to that word and the
time its clause gives. A day the main clause gives after an opening time measured from another
event (وقبل ساعات من سريان الهدنة، شن الطيران أمس غارات) holds for a later clause of the sentence
with no date of its own, rather than the time measured. An event word after a body's head noun
and two of its adjectives (الهيئة العليا المستقلة للانتخابات) is part of the body's name: the
vote is the one its own clause dates. A time right after a verb of describing and before what it
is described as (واصفا ليلة أمس بأنها ...) is that verb's object and dates no deed. A deed told by
a verb in the past in the that-clause of a verb of saying dated by a month or a year (وأعلن الجيش
في فبراير الماضي أن طائراته قصفت) takes that month or year; a noun of a that-clause (بأي جهد
لخفض التصعيد) takes neither that time nor an opening date."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2018-08-10"  # a Friday
LEAD = "قال مسؤولون إن المحادثات مستمرة. "
EN_LEAD = "Officials said the talks were going on. "


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("وفي 12 يونيو الماضي، أعلن الجيش الإسرائيلي أن طائراته قصفت مواقع إيرانية في سوريا.", "attack", "2018-06-12"),
        ("وفي عام 2015، قالت الأمم المتحدة إن الحوثيين هاجموا مدينة عدن.", "attack", "2015"),
        ("وفي فبراير الماضي، أعلن مسؤول عراقي أن الطائرات الأمريكية قصفت مواقع للتنظيم في الموصل.", "attack", "2018-02"),
        ("وخلال الشهر الماضي، أكدت وزارة الداخلية أن قواتها اعتقلت عشرين شخصا في بغداد.", "arrest", "2018-07"),
        ("وفي 3 مارس الماضي، أعلنت وزارة الخارجية أن الرياض استدعت سفيرها لدى طهران.", "sanctions", "2018-03-03"),
        # a clause joined after the first one's statement takes it too
        ("وفي 2016، قال الرئيس إن بلاده وقعت اتفاقا مع تركيا.", "agreement", "2016"),
        # a conjunction joined to the date, in a sentence past the lead
        (LEAD + "ومساء الخميس، أعلن الجيش الإسرائيلي أن طائراته قصفت مواقع في غزة.", "attack", "2018-08-09"),
        # English: the opening date holds for the clause of the statement
        ("On June 12, the Israeli army said its jets struck Iranian positions in Syria.", "attack", "2018-06-12"),
    ],
)
def test_an_opening_date_dates_the_clauses_after_it(text, event_type, date):
    found = of_type(extract(text, PUB), event_type)
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    ("text", "event_type", "not_date"),
    [
        # a relative clause tells of another time
        ("وفي 2016، قال الرئيس إن قواته تلاحق المسلحين الذين هاجموا قاعدة عسكرية في الموصل.", "attack", "2016"),
        ("وفي فبراير الماضي، قال الوزير إن الحكومة ستعاقب الجماعات التي هاجمت مدينة عدن.", "attack", "2018-02"),
        # a clause with a date of its own keeps it
        ("وفي 2016، قال الرئيس إن قواتها قصفت مواقع داعش الأسبوع الماضي.", "attack", "2016"),
        # a bare word of killing tells a toll of the conflict, no deed of that month
        ("وفي الشهر الماضي، قالت المنظمة إن 2200 طفل قتلوا في اليمن خلال الصراع.", "attack", "2018-07"),
        # a date with no comma after it opens no such frame
        ("في 12 يونيو الماضي قال الجيش إن المسلحين الذين هاجموا القاعدة فروا.", "attack", "2018-06-12"),
    ],
)
def test_an_opening_date_does_not_date_other_times(text, event_type, not_date):
    found = of_type(extract(text, PUB), event_type)
    assert all(e["date"] != not_date for e in found), found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a definite noun retelling an indefinite one of its type told before in the sentence
        ("قتل جنديان صوماليان في 15 فبراير الجاري إثر هجوم على موقع عسكري في مقديشو، وتبنت حركة الشباب الهجوم.", "2024-02-15"),
        ("قتل جنديان صوماليان في 15 فبراير الجاري إثر هجوم على موقع عسكري في مقديشو، وأدانت الحكومة الصومالية الهجوم.", "2024-02-15"),
        # the clashes told first keep their day
        ("اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع في الخرطوم في 15 فبراير الجاري، وأسفرت الاشتباكات عن مقتل عشرة أشخاص.", "2024-02-15"),
        # English: the attack told first holds the day
        ("Two Somali soldiers were killed on February 15 in an attack on a military post in Mogadishu, and al-Shabaab claimed the attack.", "2024-02-15"),
        # an attack responded to is another one: the strikes keep their own day
        ("شنت إسرائيل أمس غارات على غزة ردا على الهجوم الصاروخي.", "2024-02-21"),
    ],
)
def test_a_definite_noun_retelling_an_earlier_word_of_its_sentence_takes_its_day(text, date):
    found = of_type(extract(text, "2024-02-22"), "attack")
    assert date in [e["date"] for e in found], found
    assert "2024-02-22" not in [e["date"] for e in found], found


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # a day of the main clause after an opening time measured from another event holds for a later clause
        (
            "وقبل ساعات من سريان الهدنة، شن الطيران الإسرائيلي أمس عشرات الغارات على الضاحية الجنوبية لبيروت، "
            "في أعنف يوم من القصف منذ بدء الحرب، وأدت غارة على منطقة النويري إلى مقتل سبعة أشخاص.",
            "2024-11-27",
            "2024-11-26",
        ),
    ],
)
def test_a_day_of_the_main_clause_after_a_measured_opening_holds_for_later_clauses(text, published, date):
    found = of_type(extract(text, published), "attack")
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # two adjectives between a body's head noun and the event word: the body's name, not the event
        ("أعلنت الهيئة العليا المستقلة للانتخابات في تونس الأحد أن نسبة المشاركة في الانتخابات التشريعية التي جرت السبت بلغت 8,8 بالمئة فقط.", "2022-12-17"),
        ("أعلنت المفوضية العليا للانتخابات في العراق الأحد أن نسبة المشاركة في الانتخابات التشريعية التي جرت السبت بلغت 44 بالمئة.", "2022-12-17"),
    ],
)
def test_an_election_named_in_a_body_with_two_adjectives_is_not_the_vote(text, date):
    found = of_type(extract(text, "2022-12-18"), "election")
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    ("text", "date", "not_date"),
    [
        # a time told as the object of a verb of describing dates no deed
        (
            "وقال رئيس الوزراء التركي إن 1500 عسكريا من مختلف الرتب اعتقلوا حتى الآن، بينهم ضباط كبار، واصفا ليلة أمس بأنها ليلة سوداء في تاريخ الديمقراطية التركية.",
            "2016-07-16",
            "2016-07-15",
        ),
        # a time of the deed's own clause still dates it, whatever the speaker calls the deed
        (
            "أدان الرئيس التركي الهجوم الذي استهدف مركزا للشرطة في إسطنبول أمس، واصفا إياه بالإرهابي.",
            "2016-07-15",
            "2016-07-16",
        ),
    ],
)
def test_a_time_described_by_the_speaker_dates_no_deed(text, date, not_date):
    found = [e for e in extract(text, "2016-07-16") if e["event_type"] in ("arrest", "attack")]
    assert date in [e["date"] for e in found], found
    assert not_date not in [e["date"] for e in found], found


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # the month or year of a saying dates a deed of its that-clause with no date of its own
        (LEAD + "وأعلن الجيش الإسرائيلي في فبراير الماضي أن طائراته قصفت مواقع إيرانية في سوريا.", "attack", "2018-02"),
        (LEAD + "وكان الجيش الإسرائيلي قد أعلن في فبراير الماضي أن طائراته قصفت مواقع إيرانية في سوريا.", "attack", "2018-02"),
        (LEAD + "وقالت وزارة الداخلية العراقية عام 2016 إن قواتها اعتقلت عشرين شخصا في بغداد.", "arrest", "2016"),
        # so does an English one, of a deed done or going on
        (EN_LEAD + "The Pentagon announced in February that it was sending 3,000 more troops to Saudi Arabia.", "deployment", "2018-02"),
        (EN_LEAD + "Turkey said in 2016 that it had deployed troops to Qatar.", "deployment", "2016"),
    ],
)
def test_the_month_of_a_saying_dates_the_deed_it_reports(text, event_type, date):
    found = of_type(extract(text, PUB), event_type)
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    ("text", "event_type", "not_date"),
    [
        # a relative clause of the that-clause tells of another time
        (LEAD + "وقال الرئيس عام 2016 إن قواته تلاحق المسلحين الذين هاجموا قاعدة عسكرية في الموصل.", "attack", "2016"),
        # a date of the that-clause's own dates its deed
        (LEAD + "وأعلن الجيش في فبراير الماضي أن طائراته قصفت مواقع إيرانية في سوريا في يناير 2017.", "attack", "2018-02"),
        # an English deed to come is no deed; a date of the that-clause's own dates its deed
        (EN_LEAD + "The Pentagon announced in February that it would send 3,000 more troops to Saudi Arabia.", "deployment", "2018-02"),
        (EN_LEAD + "The army said in February that its jets had struck Iranian sites in Syria in January 2017.", "attack", "2018-02"),
        (EN_LEAD + "The Egyptian army said in February that it had killed the militants who attacked a checkpoint in Sinai.", "attack", "2018-02"),
    ],
)
def test_the_month_of_a_saying_does_not_date_other_times(text, event_type, not_date):
    found = of_type(extract(text, PUB), event_type)
    assert all(e["date"] != not_date for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a noun of a that-clause tells what is welcomed or sought, no deed of the saying's time
        LEAD + "وقال متحدث باسم الخارجية الأميركية الشهر الماضي إن واشنطن ترحب بأي جهد لخفض التصعيد في اليمن.",
        "وفي الشهر الماضي، قال متحدث باسم الخارجية الأميركية إن واشنطن ترحب بأي جهد لخفض التصعيد في اليمن.",
    ],
)
def test_a_noun_of_what_is_welcomed_takes_no_date_of_the_saying(text):
    assert all(e["date"] != "2018-07" for e in extract(text, PUB)), extract(text, PUB)
