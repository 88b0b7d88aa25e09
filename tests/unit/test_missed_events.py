"""Events told in wording the lexicon or the catalog missed (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # a dual after شن: two operations, two air strikes
        # (dated: a count of campaigns with no date of its own sums up the past, test_habitual_states.py)
        ("وشنت أنقرة عمليتين عسكريتين عبر الحدود مع سوريا يوم السبت.", "2018-08-26", "attack", "2018-08-25"),
        ("وشنت تركيا حملتين عسكريتين على مواقع المسلحين في شمال العراق أمس.", "2018-08-26", "attack", "2018-08-25"),
        # designated on terror lists, the list a few words after the verb
        (
            "أصدرت السعودية ومصر والإمارات والبحرين بيانا مشتركا، الخميس، صنفت فيه 59 فردا و 12 كيانا "
            "في قوائم الإرهاب المحظورة لديها.",
            "2017-06-09",
            "sanctions",
            "2017-06-08",
        ),
        # a well-known break of ties named without a date
        (
            "قال المتحدث باسم الخارجية الإيرانية إن بلاده لا تتدخل في شؤون الدول الأخرى، وذلك في رد على "
            "قطع المغرب للعلاقات الدبلوماسية مع إيران على خلفية دعم جبهة البوليساريو.",
            "2018-05-03",
            "sanctions",
            "2018-05-01",
        ),
        (
            "Iran denied any role after Morocco cut diplomatic ties with Iran over support for the Polisario Front.",
            "2018-05-03",
            "sanctions",
            "2018-05-01",
        ),
    ],
)
def test_the_event_is_found_and_dated(text, published, event_type, date):
    found = [e for e in extract(text, published) if e["event_type"] == event_type]
    assert found and found[0]["date"] == date, extract(text, published)


@pytest.mark.parametrize(
    "text",
    [
        "زار رئيس حكومة الوفاق الوطني الفلسطيني رامي الحمدلله قطاع غزة أمس.",
        "زار رئيس حكومة التوافق الوطني رامي الحمدلله قطاع غزة أمس.",
    ],
)
def test_the_palestinian_consensus_government_is_not_libyas(text):
    found = [e for e in extract(text, "2018-03-14") if e["event_type"] == "visit"]
    assert found and "LBY" not in found[0]["countries"] and "PSE" in found[0]["countries"], found


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # a speaker who tells of its own doing reports news: the speaker is the party, the statement's day its date
        ("قال وزير الخارجية المصري، الأحد، إنه قدم استقالته.", "appointment", [("2018-05-27", ["EGY"])]),
        ("وقال الحرس الثوري الإيراني الشهر الماضي إنه قتل تسعة معارضين خلال عملية أمنية.", "attack", [("2018-04", ["IRN"])]),
        ("Egypt's foreign minister said on Sunday he had resigned.", "appointment", [("2018-05-27", ["EGY"])]),
        # plural speakers and a singular pronoun: someone else's doing, reported
        ("وقال مسؤولون سعوديون إنه غادر مقر القنصلية بعدما زارها.", "visit", []),
    ],
)
def test_a_speaker_telling_of_its_own_doing(text, event_type, expected):
    found = [e for e in extract(text, "2018-05-29") if e["event_type"] == event_type]
    assert [(e["date"], e["countries"]) for e in found] == expected, found


@pytest.mark.parametrize(
    "text",
    [
        # targeting with a weapon is an attack, even beside a word that guards the bare verb (تقرير, report)
        "وذكر تقرير للوكالة أن قوات النظام التركي استهدفت بالمدفعية أماكن وجود القوات الشعبية في عفرين أمس.",
        "A report by the agency said Turkish forces targeted Kurdish positions in Afrin with artillery on Monday.",
    ],
)
def test_targeting_with_a_weapon_is_an_attack(text):
    found = [e for e in extract(text, "2018-02-20") if e["event_type"] == "attack"]
    assert [(e["date"], sorted(e["countries"])) for e in found] == [("2018-02-19", ["SYR", "TUR"])], found


@pytest.mark.parametrize(
    "text",
    [
        # أوقف of a person by the authorities is an arrest; an arrest told by a verb in the past
        # in a sentence naming no country takes place in the country the article is about
        "قضت محكمة عسكرية مصرية الثلاثاء بالسجن خمس سنوات على هشام جنينة، الرئيس السابق لجهاز المحاسبات في مصر. "
        "وأوقفت السلطات جنينة في شباط/فبراير الماضي.",
        "قضت محكمة عسكرية مصرية الثلاثاء بالسجن خمس سنوات على هشام جنينة، الرئيس السابق لجهاز المحاسبات في مصر. "
        "واحتجزت السلطات جنينة في شباط/فبراير الماضي.",
        "An Egyptian military court on Tuesday jailed Hisham Geneina, the former head of the auditing agency in Egypt. "
        "The authorities detained Geneina in February.",
    ],
)
def test_an_arrest_by_a_past_verb_takes_the_articles_country(text):
    found = [e for e in extract(text, "2018-04-24") if e["event_type"] == "arrest"]
    assert sorted((e["date"], tuple(e["countries"])) for e in found) == [("2018-02", ("EGY",)), ("2018-04-24", ("EGY",))], found


@pytest.mark.parametrize(
    "text",
    [
        # أوقف of a broadcast, of flights or of fire is no arrest
        "وأوقفت السلطات المصرية بث القناة في يناير.",
        "وأوقفت السلطات المصرية الرحلات إلى قطر أمس.",
    ],
)
def test_stopping_a_thing_is_no_arrest(text):
    assert not [e for e in extract(text, "2018-04-24") if e["event_type"] == "arrest"]


def test_an_arrest_noun_after_tamma_is_a_deed_done_at_home():
    # "وتم توقيف": a verbal noun after تم tells the arrest done, as a verb in the past would
    text = (
        "قضت محكمة عسكرية مصرية في مارس بالسجن خمس سنوات على هشام جنينة، الرئيس السابق لجهاز المحاسبات في مصر. "
        "وتم كذلك توقيف الصحافي الذي أجرى المقابلة معه."
    )
    found = [e for e in extract(text, "2018-04-24") if e["event_type"] == "arrest"]
    assert sorted((e["date"], tuple(e["countries"])) for e in found) == [("2018-03", ("EGY",)), ("2018-04-24", ("EGY",))], found
