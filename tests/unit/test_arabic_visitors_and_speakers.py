"""Arabic: the visitor of a visit comes from elsewhere than the place visited
(real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "visits"),
    [
        # the country visited, the object of a verb after its subject, is not the visitor
        (
            "وصل ولي العهد السعودي، الأحد، إلى العاصمة المصرية القاهرة في زيارة تستمر ثلاثة أيام.",
            "2018-03-04",
            [("2018-03-04", "SAU")],
        ),
        (
            "ويذكر أن الرئيس التركي يزور قطر على رأس وفد كبير. "
            "وقال وزير الخارجية إن زيارة الرئيس التركي إلى قطر تؤكد عمق العلاقات بين البلدين.",
            "2018-03-05",
            [("2018-03-05", "TUR")],
        ),
        # the city a relative clause tells the visit of, and the visit told again: one visit, the emir's
        (
            "ألقى أمير قطر كلمة، الجمعة، في العاصمة الفرنسية، باريس التي يقوم بزيارتها. "
            "ويذكر أن أمير قطر يقوم حاليا بزيارة إلى فرنسا.",
            "2018-09-07",
            [("2018-09-07", "QAT")],
        ),
        # a visit within the visitor's own country keeps its only party
        (
            "يزور الرئيس المصري محافظة أسوان لافتتاح مشروعات جديدة.",
            "2018-03-04",
            [("2018-03-04", "EGY")],
        ),
    ],
)
def test_the_visitor_is_not_of_the_country_visited(text, published, visits):
    found = of_type(extract(text, published), "visit")
    assert sorted((e["date"], e["actor1"]) for e in found) == visits, found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # since a past year or month named relative to the publication: when the doing began
        (
            "ونفذت القوات الجوية العراقية عدة ضربات جوية منذ العام الماضي ضد مواقع للتنظيم على الأراضي السورية.",
            [("2017", "relative")],
        ),
        (
            "وتشن القوات التركية غارات على مواقع حزب العمال الكردستاني منذ مطلع الشهر الماضي.",
            [("2018-04", "relative")],
        ),
        (
            "Iraqi jets have carried out several air strikes on Islamic State positions in Syria since last year.",
            [("2017", "relative")],
        ),
        # an exact count of years, told in the present: the doing began in the year counted back
        # (test_standing_states_ar.py); a comparison is no date of the event
        (
            "وتشن القوات التركية غارات على مواقع حزب العمال الكردستاني منذ عامين.",
            [("2016", "relative")],
        ),
        (
            "وشنت الطائرات الروسية اليوم أعنف الغارات منذ العام الماضي على مدينة إدلب.",
            [("2018-05-10", "relative")],
        ),
    ],
)
def test_since_a_past_year_or_month_dates_when_the_doing_began(text, dates):
    found = of_type(extract(text, "2018-05-10"), "attack")
    assert sorted((e["date"], e["date_basis"]) for e in found) == dates, found


@pytest.mark.parametrize(
    ("text", "agreements"),
    [
        # agreeing that something is so: a view the sides share, no deal
        ("واتفقت ماي مع ولي العهد السعودي على أن الحل السياسي هو الطريق الوحيد لإنهاء الصراع في اليمن.", []),
        ("واتفق وزيرا خارجية مصر والسودان على أنه لا حل عسكريا للأزمة في ليبيا.", []),
        ("واتفق الجانبان المصري والسوداني على أن هناك حاجة إلى تنسيق أكبر بين البلدين.", []),
        # agreeing on what is to be done is a deal, whatever was said before it
        ("واتفقت مصر والسودان، الاثنين، على أن يتم تبادل الأسرى خلال أسبوع.", ["2018-10-08"]),
        ("واتفقت مصر والسودان، الاثنين، على تبادل الأسرى خلال أسبوع.", ["2018-10-08"]),
        ("وأكد البيان على أن الطرفين اتفقا على تبادل الأسرى، الاثنين، بين مصر والسودان.", ["2018-10-08"]),
    ],
)
def test_agreeing_on_a_view_is_no_agreement(text, agreements):
    found = of_type(extract(text, "2018-10-08"), "agreement")
    assert sorted(e["date"] for e in found) == agreements, found


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # the speaker's own country, named by a noun with the speaker's pronoun, is the one that acts
        ("قال وزير الخارجية القطري، الأحد، إن بلاده وقعت اتفاقية مع تركيا.", ["QAT", "TUR"]),
        ("قال وزير الخارجية القطري، الأحد، إن بلاده وقعت اتفاقية للتعاون العسكري.", ["QAT"]),
        ("أكد وزير الخارجية الإماراتي أن بلاده أرسلت مساعدات إلى اليمن، الأحد.", ["ARE", "YEM"]),
        ("Qatar's foreign minister said on Sunday his country had signed an agreement with Turkey.", ["QAT", "TUR"]),
        # as with a pronoun
        ("قال وزير الخارجية القطري، الأحد، إنها وقعت اتفاقية مع تركيا.", ["QAT", "TUR"]),
    ],
)
def test_the_speaker_s_own_country_acts(text, countries):
    found = [e for e in extract(text, "2018-10-08") if e["event_type"] in ("agreement", "aid")]
    assert [sorted(e["countries"]) for e in found] == [sorted(countries)], found


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        # the attack named as the time another doing is placed before is the attack told
        (
            "شنت إسرائيل غارة جوية على منشأة في دير الزور في سبتمبر 2007. "
            "وقبل الهجوم، رصدت الاستخبارات الإسرائيلية المفاعل عام 2006.",
            ["2007-09"],
        ),
        (
            "Israel carried out an air strike on a site near Deir ez-Zor in September 2007. "
            "Before the attack, Israeli intelligence had spotted the reactor in 2006.",
            ["2007-09"],
        ),
        # with no attack told before, or with a date in its own clause, it stays
        ("وقبل الهجوم، رصدت الاستخبارات الإسرائيلية المفاعل في سوريا عام 2006.", ["2006"]),
    ],
)
def test_an_attack_as_a_point_in_time_is_the_one_told(text, attacks):
    found = of_type(extract(text, "2018-03-22"), "attack")
    assert sorted(e["date"] for e in found) == attacks, found


def test_a_visit_dated_in_its_own_clause_after_a_word_of_time_is_kept_for_the_merge():
    text = (
        "زار الرئيس الأمريكي دونالد ترامب السعودية في مايو الماضي. "
        "وكان ترامب ومسؤولون أمريكيون شاركوا في رقصة بالسيوف أثناء الزيارة الشهر الماضي."
    )
    found = of_type(extract(text, "2017-06-05"), "visit")
    assert {e["date"] for e in found} == {"2017-05"}, found


def test_signing_framework_arrangements_is_an_agreement():
    text = (
        "رحب مجلس الوزراء البحريني، الاثنين، بالتوقيع على الترتيبات الإطارية للتعاون المالي "
        "بين حكومات السعودية والإمارات والكويت وحكومة البحرين."
    )
    found = of_type(extract(text, "2018-10-08"), "agreement")
    assert [(e["date"], sorted(e["countries"])) for e in found] == [("2018-10-08", ["ARE", "BHR", "KWT", "SAU"])], found


@pytest.mark.parametrize(
    ("text", "actor1", "place"),
    [
        # the side that intercepts a missile, the subject of the verb, is its target
        ("اعترضت قوات الدفاع الجوي السعودي صاروخا فوق العاصمة الرياض، الأحد، في ما يبدو أنه هجوم للحوثيين.", "houthis", "SAU"),
        # after the noun of intercepting, the party named is the one that fired
        ("أعلن التحالف عن مقتل مقيم أثناء اعتراض الصواريخ التي أطلقتها مليشيات الحوثي على مدن سعودية مساء الأحد.", "houthis", "SAU"),
        # no interception: the striking side is the doer
        ("قصفت المقاتلات السعودية مواقع الحوثيين في صعدة، الأحد.", "SAU", "YEM"),
    ],
)
def test_the_side_that_intercepts_a_missile_is_its_target(text, actor1, place):
    found = of_type(extract(text, "2018-03-25"), "attack")
    assert [(e["actor1"], (e["location"] or {}).get("country")) for e in found] == [(actor1, place)], found


def test_the_speaker_s_own_forces_act():
    text = "قال الجيش التركي، الاثنين، إن قواته قصفت مواقع لحزب العمال الكردستاني في شمال العراق."
    found = of_type(extract(text, "2018-05-30"), "attack")
    assert [(e["actor1"], sorted(e["countries"])) for e in found] == [("turkey_army", ["IRQ", "TUR"])], found
