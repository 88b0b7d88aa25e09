"""Arabic: one catalogued episode told by the group and by its members, a measure
of a sanction beside the cut of ties, a verbal noun with its doer before its object
(real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "count"),
    [
        # a member state's decision and the group's announcement are one catalogued event
        (
            "سحبت الرياض تراخيص صحيفة قطرية بعد أن قطعت المملكة علاقاتها مع الدوحة. وقد قطعت السعودية "
            "والإمارات والبحرين ومصر يوم الاثنين علاقاتها الدبلوماسية مع قطر.",
            "2017-06-06",
            1,
        ),
        # the episode named as a whole, then told with its parties
        (
            "شكت عائلات قطرية من آثار الحصار الخليجي على بلادها. وقال محامو العائلات إن الحصار الذي "
            "فرضته السعودية والإمارات والبحرين على قطر فرق بين الأزواج.",
            "2017-06-11",
            1,
        ),
        # each member's own announcement of the same day
        (
            "قالت المنامة إنها قطعت علاقاتها مع قطر. وقالت أبوظبي بدورها إنها قطعت علاقاتها مع قطر. "
            "ثم قالت القاهرة إنها قطعت علاقاتها مع قطر كذلك.",
            "2017-06-05",
            1,
        ),
        # a state that joined the episode is an event of its own
        (
            "قطعت جزر المالديف اليوم الاثنين علاقاتها مع قطر، بعد ساعات من قطع السعودية والإمارات "
            "والبحرين ومصر العلاقات معها. وقال وزير الخارجية المالديفي إن بلاده قطعت علاقاتها مع قطر "
            "تضامنا مع السعودية.",
            "2017-06-05",
            2,
        ),
    ],
)
def test_tellings_of_one_catalogued_episode_are_one_event(text, published, count):
    found = of_type(extract(text, published), "sanctions")
    assert len(found) == count, found


@pytest.mark.parametrize(
    ("text", "published", "triggers"),
    [
        # a flight ban by an authority, told apart from the cut of ties it follows
        (
            "منعت هيئة الطيران المدني السعودية كل الطائرات القطرية من الهبوط في مطاراتها. وجاء المنع "
            "بعد أن قطعت الرياض علاقاتها الدبلوماسية مع الدوحة.",
            "2017-06-05",
            ["قطعت", "منعت"],
        ),
        # an airline's suspension of its flights beside the cut of ties
        (
            "علقت الخطوط الجوية الإماراتية جميع رحلاتها إلى الدوحة. وجاء ذلك بعد أن قطعت الإمارات "
            "والسعودية والبحرين اليوم علاقاتها مع قطر.",
            "2017-06-05",
            ["علقت", "قطعت"],
        ),
    ],
)
def test_a_measure_of_its_own_is_not_the_cut_of_ties(text, published, triggers):
    found = of_type(extract(text, published), "sanctions")
    assert sorted(e["trigger"] for e in found) == sorted(triggers), found


@pytest.mark.parametrize(
    ("text", "published", "count"),
    [
        # a closure of ports told after the cut of ties is part of that decision
        (
            "قطعت السعودية اليوم علاقاتها الدبلوماسية مع قطر. وأغلقت الرياض كذلك حدودها البرية مع قطر.",
            "2017-06-05",
            1,
        ),
    ],
)
def test_a_closure_of_ports_goes_with_the_cut_of_ties(text, published, count):
    found = of_type(extract(text, published), "sanctions")
    assert len(found) == count, found


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        # the verbal noun takes its doer before its object
        (
            "ذكرت مصادر مصرفية اليوم إيقاف مصارف سعودية وإماراتية كبرى التعامل مع البنوك القطرية.",
            "2017-06-06",
            {"SAU", "ARE", "QAT"},
        ),
        (
            "أعلنت الحكومة اليوم تعليق شركة الطيران الوطنية المصرية كل رحلاتها إلى قطر.",
            "2017-06-06",
            {"EGY", "QAT"},
        ),
        # the doer of a ban on landing may stand several words before what it bars
        (
            "منعت الهيئة العامة للطيران المدني الإماراتية جميع الطائرات القطرية من الهبوط في مطاراتها.",
            "2017-06-06",
            {"ARE", "QAT"},
        ),
    ],
)
def test_a_suspension_with_its_doer_between_is_a_sanction(text, published, countries):
    found = of_type(extract(text, published), "sanctions")
    assert len(found) == 1, found
    assert countries <= set(found[0]["countries"]), found


@pytest.mark.parametrize(
    "text",
    [
        # a suspension of dealings with no state named is no sanction between states
        "قررت إدارة النادي إيقاف اللاعب عن التعامل مع وسائل الإعلام لمدة أسبوع.",
    ],
)
def test_a_suspension_between_no_states_is_no_sanction(text):
    assert of_type(extract(text, "2017-06-06"), "sanctions") == []


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # told as recent, with both sides of a catalogued visit of the weeks before
        (
            "أشاد المسؤول بزيارة الرئيس الأمريكي دونالد ترامب إلى السعودية مؤخرا.",
            "2017-06-10",
            ["2017-05-20"],
        ),
        (
            "The minister said the deal followed a visit by President Donald Trump to Saudi Arabia recently.",
            "2017-06-10",
            ["2017-05-20"],
        ),
        # no word of recency, but the visit named by its common name (زيارة ترامب إلى السعودية,
        # titles and given name between its words): the catalogued one
        (
            "أشاد المسؤول بزيارة الرئيس الأمريكي دونالد ترامب إلى السعودية.",
            "2017-06-10",
            ["2017-05-20"],
        ),
        # a visit of no catalogued name, told as recent, months after the catalogued one: not that one
        (
            "أشاد المسؤول بزيارة الرئيس الأمريكي إلى السعودية مؤخرا.",
            "2017-10-10",
            ["2017-10-10"],
        ),
    ],
)
def test_an_event_told_as_recent_is_the_catalogued_one_of_the_weeks_before(text, published, dates):
    found = of_type(extract(text, published), "visit")
    assert [e["date"] for e in found] == dates, found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the day after "في حين" dates the contrasting clause, not the attack before it
        (
            "وتتحصن الميليشيا التي قصفت مواقع الجيش الليبي قرب سرت في ضواحي المدينة، في حين عقد البرلمان يوم "
            "الأحد جلسة طارئة.",
            ["2018-09-04"],
        ),
        (
            "وقتل ثلاثة جنود مصريين في هجوم على نقطة تفتيش في العريش، بينما أعيد فتح معبر رفح يوم الأحد.",
            ["2018-09-04"],
        ),
        # a day in the attack's own clause still dates it
        (
            "وقتل ثلاثة جنود مصريين يوم الأحد في هجوم على نقطة تفتيش في العريش، بينما أعيد فتح معبر رفح.",
            ["2018-09-02"],
        ),
    ],
)
def test_a_day_after_a_contrasting_clause_is_not_the_event_s(text, dates):
    found = of_type(extract(text, "2018-09-04"), "attack")
    assert [e["date"] for e in found] == dates, found


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # what a law would permit, four words on, is not done
        ("ناقش النواب اليوم نصا يسمح بنشر جنود أتراك في قاعدة عسكرية تركية في قطر.", 0),
        ("ناقش النواب اليوم قانونا يسمح بإرسال مدربين فرنسيين إلى قاعدة عسكرية قرب نيامي.", 0),
        ("ناقش النواب اليوم قانونا يتيح نشر مستشارين أمريكيين في قاعدة جوية عراقية.", 0),
    ],
)
def test_what_a_law_permits_some_words_on_is_no_deployment(text, count):
    assert len(of_type(extract(text, "2017-06-07"), "deployment")) == count
