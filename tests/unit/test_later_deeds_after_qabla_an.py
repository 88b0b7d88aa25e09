"""A verb in the subjunctive after قبل أن, in a story told in the past, tells the later deed of that
story, done: told so after a year written out (إثر انقلاب أوت 2008 قبل أن ينتخب في العام التالي) as
after a verb in the past, and placed, as a verb in the past is, in the country the article is about
when its sentence names none (عينه وزيرا للدفاع في نوفمبر الماضي، قبل أن يستقيل في مارس). A deed
still to come before which another is planned (تعتزم ... عام 2024 قبل أن يتسلم) is none."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words, extract, of_type

_LEAD = "فاز الغزواني بالانتخابات الرئاسية في موريتانيا يوم السبت. "


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        (
            _LEAD + "ووصل ولد عبد العزيز إلى الحكم إثر انقلاب أوت 2008 قبل أن يُنتخب في العام التالي.",
            "2019-06-23",
            "election",
            "2009",
        ),
        (
            _LEAD + "وكان الرئيس قد عين الغزواني وزيرا للدفاع في نوفمبر الماضي، قبل أن يستقيل من منصبه في مارس.",
            "2019-06-23",
            "appointment",
            "2019-03",
        ),
    ],
)
def test_the_later_deed_of_a_past_story_is_told_done(text, published, kind, date):
    found = of_type(extract(text, published), kind)
    assert date in [e["date"] for e in found]
    assert all(e["countries"] == ["MRT"] for e in found)


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        (
            "تعتزم الحكومة المصرية إجراء الانتخابات عام 2024 قبل أن يتسلم الرئيس الجديد منصبه.",
            "2023-06-23",
            "appointment",
        ),
        (
            "قال مسؤولون في موريتانيا إن الرئيس يرغب في أن يعين وزيرا للدفاع عام 2020 قبل أن يستقيل من منصبه.",
            "2019-06-23",
            "appointment",
        ),
    ],
)
def test_a_deed_before_which_another_is_planned_is_none(text, published, kind):
    assert of_type(extract(text, published), kind) == []


# A cue that qualifies a noun only (غير أفريقي، منذ نحو عقد) governs no clause, and a noun in سيـ،
# ستـ or سنـ (سنوات، السياسة، سيطرة) is no verb in the future: the story stays told in the past.
@pytest.mark.parametrize(
    ("text", "event_type", "word"),
    [
        (
            "وصل الرئيس التركي إلى مقديشو في أغسطس 2011، في أول زيارة لزعيم غير أفريقي إلى الصومال منذ عقدين، "
            "قبل أن تعيد أنقرة فتح سفارتها هناك في نوفمبر من العام نفسه.",
            "relations",
            "تعيد",
        ),
        (
            "زار وزير الخارجية الأردني دمشق في مارس الماضي، في أول زيارة من نوعها منذ نحو عقد، "
            "قبل أن يلتقي نظيره السوري في عمان في مايو.",
            "meeting",
            "يلتقي",
        ),
        (
            "زار وزير الخارجية الأردني دمشق في مارس الماضي، بعد قطيعة استمرت عشر سنوات، "
            "قبل أن يلتقي نظيره السوري في عمان في مايو.",
            "meeting",
            "يلتقي",
        ),
        (
            "زار الوزير دمشق في مارس الماضي لبحث سيطرة الجيش على الحدود، قبل أن يلتقي نظيره السوري في عمان.",
            "meeting",
            "يلتقي",
        ),
    ],
)
def test_a_noun_cue_or_a_noun_in_sin_leaves_the_story_past(text, event_type, word):
    assert word in asserted_words(text, event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "word"),
    [
        # a verb in the future, and a cue that governs its clause, still make the later deed a plan
        ("سيزور الوزير دمشق الشهر المقبل قبل أن يلتقي نظيره السوري في عمان.", "meeting", "يلتقي"),
        ("وتريد الحكومة في 2019 تعيين سفير جديد في دمشق قبل أن يلتقي الوزير نظيره السوري.", "meeting", "يلتقي"),
    ],
)
def test_a_later_deed_of_a_plan_stays_planned(text, event_type, word):
    assert word not in asserted_words(text, event_type)


# With no word of a past day, no year and no event verb in the past before it, a clause before
# قبل أن still tells the past, as news most often does, unless a word of what is still to come
# stands in it (لن، لا يزال، غدا، من المقرر).
@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        (
            "وتلا رئيس البرلمان إعلان الاستقلال في الساحة المحيطة بالضريح في جوبا، قبل أن يؤدي سلفاكير ميارديت "
            "اليمين الدستورية أول رئيس لجمهورية جنوب السودان.",
            "2011-07-09",
            "appointment",
            "2011-07-09",
        ),
        (
            "ويعرف تبون في الجزائر بأنه من أبناء النظام، إذ شغل عدة مناصب وزارية، قبل أن يعين رئيسا للوزراء في ماي 2017.",
            "2019-12-13",
            "appointment",
            "2017-05",
        ),
    ],
)
def test_a_clause_with_no_time_before_qabla_an_tells_the_past(text, published, kind, date):
    assert [e["date"] for e in of_type(extract(text, published), kind)] == [date]


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        ("وقال أحد المعتصمين في صنعاء: لن نغادر الساحة قبل أن يستقيل الرئيس.", "2011-05-10", "appointment"),
        (
            "ولا يزال الطريق طويلا بين الرياض وطهران قبل أن تستأنف العلاقات الدبلوماسية بين البلدين.",
            "2021-05-10",
            "relations",
        ),
        ("وتبقى القوات في مواقعها غدا قبل أن تنسحب من المدينة السورية.", "2021-05-10", "deployment"),
        # a verb in the present, or one of waiting, in the clause right before: a deed to come
        ("وتنتظر الحكومة موافقة البرلمان قبل أن ترسل قوات إلى مالي.", "2021-05-10", "deployment"),
        ("ويفضل الاتحاد الأوروبي التريث قبل أن يفرض عقوبات جديدة على روسيا.", "2021-05-10", "sanctions"),
        ("ويتشاور الرئيس الفرنسي مع حلفائه قبل أن يزور موسكو.", "2021-05-10", "visit"),
        ("ويلتقي الوزير نظيره الفرنسي اليوم قبل أن يتوجه إلى برلين.", "2021-05-10", "visit"),
    ],
)
def test_a_clause_of_what_is_still_to_come_keeps_the_deed_after_it_awaited(text, published, kind):
    assert of_type(extract(text, published), kind) == []
