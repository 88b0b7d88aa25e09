"""Arrivals told by وصل ... إلى, and the opening of the current week or month.

- مطلع الأسبوع، بداية الشهر (no modifier after them) name the opening of the current
  week or month, dated at the precision of a month, never the publication day.
- The words before an arrival verb, back to the comma that opens its clause, are the only
  ones that can make it no arrival (a count of the clause before tells another deed).
- A short aside between two commas (، أمس الخميس،) does not count in the gap between
  وصل and إلى; a long name of the visitor may stand between them.
- A noun of the type opening a phrase past a comma (، في أول زيارة) names the deed the
  verb before it told: the verb's clause gives the day and the parties, and a catalogued
  event the sentence names as its setting does not displace it.
- An event word right after في أعقاب، عقب، إثر (following), the cause of a deed its sentence
  dates before the publication's month, came in that deed's month, not on the publication's day.
- "البلدان" after an event of three countries, one of them its host (met in Beijing), are
  the two others.
- An event of a sentence naming no country but the capital with no name or adjective (في
  العاصمة، in the capital) took place in the country the article is about.
- An event word right after a word of protest at it (تنديدا ب، احتجاجا على) is what was
  protested, a circumstance that does not displace the protest.
- A dismissal or an appointment told by its noun after a decree issued (أصدر ... أمرا رئاسيا
  بإعفاء، قرارا بتعيين) is told as done, like a verb in the past: with no country in its
  sentence, it took place in the article's country.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "month"),
    [
        ("وزار وزير الخارجية المصري بغداد مطلع الأسبوع، وبحث مع نظيره العراقي العلاقات الثنائية.", "2025-01-10", "2025-01"),
        ("وزار رئيس الوزراء الأردني دمشق في بداية الشهر.", "2024-06-20", "2024-06"),
        ("واستقبل الرئيس التونسي في قرطاج مستهل الأسبوع وزير الخارجية الإيطالي.", "2023-03-17", "2023-03"),
    ],
)
def test_the_opening_of_the_current_week_or_month(text, published, month):
    (event,) = [e for e in extract(text, published) if e["event_type"] in ("visit", "meeting")]
    assert event["date"] == month


@pytest.mark.parametrize(
    ("text", "published", "visitor", "day"),
    [
        (
            "والتقى الموفد القطري عددا من النواب، كما وصل وزير الخارجية الأردني أيمن الصفدي إلى العاصمة العراقية الأحد الماضي.",
            "2025-01-10",
            "JOR",
            "2025-01-05",
        ),
        (
            "وبحث الوفد المصري مع المسؤولين حجم التبادل التجاري، كما وصل الرئيس التركي إلى العاصمة الليبية أمس.",
            "2024-03-14",
            "TUR",
            "2024-03-13",
        ),
    ],
)
def test_a_count_of_the_clause_before_leaves_the_arrival(text, published, visitor, day):
    visits = [e for e in of_type(extract(text, published), "visit") if visitor in e["countries"]]
    assert [v["date"] for v in visits] == [day]


@pytest.mark.parametrize(
    ("text", "published", "countries", "day"),
    [
        (
            "وصل ولي العهد السعودي الأمير محمد بن سلمان، مساء أمس، إلى العاصمة المصرية القاهرة.",
            "2022-06-21",
            {"SAU", "EGY"},
            "2022-06-20",
        ),
        (
            "وصل أمير الكويت الشيخ مشعل الأحمد الجابر الصباح، أمس الثلاثاء، إلى العاصمة الأردنية عمان.",
            "2024-05-01",
            {"KWT", "JOR"},
            "2024-04-30",
        ),
    ],
)
def test_a_short_aside_and_a_long_name_between_the_arrival_words(text, published, countries, day):
    (visit,) = of_type(extract(text, published), "visit")
    assert set(visit["countries"]) == countries
    assert visit["date"] == day


@pytest.mark.parametrize(
    ("text", "published", "countries", "day"),
    [
        (
            "وصل الرئيس التركي رجب طيب أردوغان، أمس الأربعاء، إلى العاصمة السورية دمشق، في أول زيارة يجريها رئيس دولة إلى سوريا منذ سقوط نظام بشار الأسد في الثامن من كانون الأول الماضي.",
            "2025-02-06",
            {"TUR", "SYR"},
            "2025-02-05",
        ),
        (
            "وصل رئيس الوزراء العراقي محمد شياع السوداني، أمس الأربعاء، إلى العاصمة السورية دمشق، في أول زيارة يجريها مسؤول عراقي إلى سوريا منذ سقوط نظام بشار الأسد في الثامن من كانون الأول الماضي.",
            "2025-02-06",
            {"IRQ", "SYR"},
            "2025-02-05",
        ),
    ],
)
def test_a_visit_named_past_the_comma_is_the_verbs(text, published, countries, day):
    visits = of_type(extract(text, published), "visit")
    assert [(set(v["countries"]), v["date"]) for v in visits] == [(countries, day)]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "month"),
    [
        (
            "وكانت السلطات قد اعتقلت الناشط في مارس 2016، خلال فترة الإفراج المشروط التي كان يقضيها، وذلك في أعقاب احتجاجات اندلعت في عدة مدن أردنية.",
            "2021-05-03",
            "protest",
            "2016-03",
        ),
        (
            "واعتقلت الشرطة المعارض البارز في 12 مارس 2022 إثر مظاهرات في العاصمة الجزائرية.",
            "2023-01-15",
            "protest",
            "2022-03",
        ),
        (
            "Security forces had arrested the activist in September 2019, during the probation he was serving after an earlier sentence, in the wake of limited protests in several Egyptian cities.",
            "2021-05-03",
            "protest",
            "2019-09",
        ),
    ],
)
def test_a_cause_in_the_wake_of_a_dated_deed_is_of_its_month(text, published, event_type, month):
    (cause,) = of_type(extract(text, published), event_type)
    assert cause["date"] == month


@pytest.mark.parametrize(
    "text",
    [
        # the deed is of the publication's month: the cause keeps the day its sentence gives
        "واعتقلت الشرطة الأردنية الناشط أمس، في أعقاب احتجاجات في العاصمة عمان.",
    ],
)
def test_a_cause_of_a_deed_of_the_publications_month_keeps_its_day(text):
    (cause,) = of_type(extract(text, "2023-01-15"), "protest")
    assert cause["date"] == "2023-01-14"


@pytest.mark.parametrize(
    ("text", "published", "event_type", "countries"),
    [
        (
            "التقى وزير الخارجية المصري سامح شكري ونظيره التركي مولود جاووش أوغلو، أمس الخميس، في العاصمة الروسية موسكو، "
            "في أول اجتماع رسمي بين وزيري خارجية البلدين منذ سنوات. وقال بيان مشترك صدر عقب الاجتماع إن الجانبين بحثا "
            "تنفيذ الاتفاق الذي توصل إليه البلدان في موسكو في العاشر من مارس الماضي.",
            "2023-05-05",
            "agreement",
            {"EGY", "TUR", "RUS"},
        ),
        (
            "واجتمع وزير الخارجية السعودي بنظيره الإيراني في العاصمة العمانية مسقط أمس الأربعاء. "
            "ووقع البلدان في ختام الاجتماع اتفاقا لاستئناف الرحلات الجوية.",
            "2023-05-04",
            "agreement",
            {"SAU", "IRN"},
        ),
    ],
)
def test_the_two_countries_after_a_hosted_event_are_its_guests(text, published, event_type, countries):
    (event,) = of_type(extract(text, published), event_type)
    assert set(event["countries"]) == countries


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "وشهدت مدن سودانية عدة احتجاجات على غلاء الأسعار الأسبوع الماضي، وقال وزير الخارجية السوداني إن بلاده تتابع "
            "الوضع. وأعلنت قيادة الجيش، أمس الأحد، التوصل إلى هدنة في العاصمة.",
            "ceasefire",
        ),
        (
            "Sudanese troops fought rebels in Darfur last month, and Sudan's foreign minister said the situation was calm. "
            "The army announced on Sunday a truce in the capital.",
            "ceasefire",
        ),
    ],
)
def test_an_event_in_the_unnamed_capital_is_of_the_articles_country(text, event_type):
    (event,) = of_type(extract(text, "2024-06-10"), event_type)
    assert event["countries"] == ["SDN"]
    assert event["date"] == "2024-06-09"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("وخرج آلاف اليمنيين في مسيرات حاشدة بصنعاء أمس تنديدا بالغارات الأمريكية.", "YEM"),
        ("وتظاهر مئات العراقيين في بغداد أمس احتجاجا على اغتيال قائد عسكري.", "IRQ"),
    ],
)
def test_what_was_protested_leaves_the_protest(text, country):
    (protest,) = of_type(extract(text, "2024-01-13"), "protest")
    assert country in protest["countries"]
    assert protest["date"] == "2024-01-12"


@pytest.mark.parametrize(
    "text",
    [
        "وشهدت تونس احتجاجات واسعة أمس في عدة مدن تونسية. وأصدر رئيس الجمهورية مساء اليوم أمرا رئاسيا بإعفاء وزير الدفاع الوطني من مهامه.",
        "وشهدت تونس احتجاجات واسعة أمس في عدة مدن تونسية. وأصدر رئيس الحكومة اليوم قرارا بتعيين محافظ جديد للبنك المركزي.",
    ],
)
def test_an_appointment_by_a_decree_issued_is_told_as_done(text):
    (appointment,) = of_type(extract(text, "2021-07-26"), "appointment")
    assert appointment["countries"] == ["TUN"]
    assert appointment["date"] == "2021-07-26"
