"""A deed told by a verb with an attached object pronoun in a relative clause, after the thing
acted on ("الموانئ التي أغلقها التحالف", "السفير الذي طردته الحكومة"): the verb ... object
words of an event match with the object before its relative pronoun; the event's parties are
the verb's subject and the noun the clause describes, its date the clause's own. Without the
pronoun the noun is the verb's subject, and no object stands before it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_PUB = "2021-06-15"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "event_type", "date", "countries"),
    [
        # closure of ports, borders, airspace, crossings
        (
            "أعلنت الحكومة اليمنية أن الموانئ التي أغلقها التحالف بقيادة السعودية الأسبوع الماضي ستفتح قريبا.",
            "sanctions",
            "2021-06",
            {"SAU"},
        ),
        (
            "أكد الوزير أن الحدود التي أغلقتها تركيا مع سوريا يوم الأحد ستبقى مغلقة حتى إشعار آخر.",
            "sanctions",
            "2021-06-13",
            {"TUR", "SYR"},
        ),
        (
            "قال مسؤولون إن المعابر البرية التي أغلقتها مصر مع ليبيا يوم السبت شهدت ازدحاما.",
            "sanctions",
            "2021-06-12",
            {"EGY", "LBY"},
        ),
        (
            "قالت الشركة إن الأجواء التي أغلقتها إيران أمام الطائرات الأمريكية يوم الاثنين أربكت رحلاتها.",
            "sanctions",
            "2021-06-14",
            {"IRN"},
        ),
        # expulsion of an ambassador, of diplomats
        (
            "قال مسؤولون إن السفير الأمريكي الذي طردته الحكومة الجزائرية يوم السبت غادر البلاد.",
            "sanctions",
            "2021-06-12",
            {"DZA", "USA"},
        ),
        (
            "نقلت طائرة روسية إلى موسكو الدبلوماسيين الروس الذين طردتهم بريطانيا يوم الخميس.",
            "sanctions",
            "2021-06-10",
            {"GBR", "RUS"},
        ),
        # relations cut
        (
            "قال المتحدث إن العلاقات التي قطعتها البحرين مع إيران يوم الاثنين لن تعود قريبا.",
            "sanctions",
            "2021-06-14",
            {"BHR", "IRN"},
        ),
        # the pronoun on a verbal noun after the clause's verb and subject
        (
            "قال الوزير إن السفارة التي أعادت السعودية فتحها في دمشق يوم الأحد تعمل بشكل طبيعي.",
            "relations",
            "2021-06-13",
            {"SAU", "SYR"},
        ),
        (
            "قال الوزير إن المعبر الحدودي الذي أعادت تركيا فتحه يوم الأحد يعمل.",
            "relations",
            "2021-06-13",
            {"TUR"},
        ),
        # troops sent
        (
            "قال المسؤول إن القوات الأمريكية التي أرسلتها واشنطن إلى العراق يوم الأربعاء وصلت إلى قاعدة عين الأسد.",
            "deployment",
            "2021-06-09",
            {"USA", "IRQ"},
        ),
    ],
)
def test_object_before_its_relative_clause(text: str, event_type: str, date: str, countries: set[str]) -> None:
    found = of_type(extract(text, _PUB), event_type)
    assert found, text
    assert any(e["date"] == date and countries <= set(e["countries"]) for e in found), found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the noun is the verb's subject: no pronoun, the object is not before
        ("قال مسؤولون إن السفير الذي طرد من البلاد يوم السبت وصل إلى واشنطن.", "sanctions"),
        # a full stop between the noun and the clause
        ("فتحت السلطات المعابر. التي أغلقها الجيش يوم الأحد كانت مزدحمة.", "sanctions"),
        # a verb of another deed with a pronoun: the words of closure need the verb of closure
        ("قال الوزير إن الموانئ التي زارها الوفد يوم الأحد تعمل بشكل طبيعي.", "sanctions"),
    ],
)
def test_no_object_before(text: str, event_type: str) -> None:
    assert not of_type(extract(text, _PUB), event_type), text


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # one-word deeds with the pronoun: the relative clause's own date, not the news day
        ("قال سكان إن القرية التي قصفها الطيران الإسرائيلي يوم الأحد دمرت بالكامل.", "attack", "2021-06-13"),
        ("وصف المسؤولون المدينة التي زارها الرئيس الفرنسي يوم الاثنين بأنها آمنة.", "visit", "2021-06-14"),
        (
            "قال الوزير إن الاتفاق الذي وقعته الحكومة العراقية مع تركيا يوم الخميس سيدخل حيز التنفيذ.",
            "agreement",
            "2021-06-10",
        ),
        (
            "أكد الجيش أن المنشأة التي استهدفتها الغارة الأمريكية في سوريا يوم الجمعة كانت مخزنا للأسلحة.",
            "attack",
            "2021-06-11",
        ),
    ],
)
def test_one_word_deed_in_relative_clause(text: str, event_type: str, date: str) -> None:
    found = of_type(extract(text, _PUB), event_type)
    assert any(e["date"] == date for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a ban on gatherings imposed at home is no sanction on another state, told either way
        "تظاهر الآلاف في المدن الكبرى يوم الأحد رغم حظر التجمعات الذي فرضته السلطات.",
        "فرضت السلطات يوم الأحد حظر التجمعات في العاصمة بعد احتجاجات واسعة.",
    ],
)
def test_ban_on_gatherings_is_no_sanction(text: str) -> None:
    assert not of_type(extract(text, _PUB), "sanctions"), text


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # a region named as the side dealt with ("مع إقليم ...") is not where the deal was made
        (
            'أعلنت الحكومة الصومالية يوم الاثنين أن الاتفاق الذي وقعته إثيوبيا مع إقليم "أرض الصومال" يوم الأحد باطل، واستدعت سفيرها لدى أديس أبابا.',
            "agreement",
            "Somaliland",
        ),
    ],
)
def test_region_dealt_with_is_not_the_place(text: str, event_type: str, place: str) -> None:
    found = of_type(extract(text, _PUB), event_type)
    assert found, text
    assert all((e.get("location") or {}).get("name") != place for e in found), found


@pytest.mark.parametrize(
    ("text", "event_type", "date", "countries"),
    [
        # the verb of a clause of time right after its particle, its pronoun taking up the deal before
        (
            "رحبت الجزائر بتوقيع الحركات، السبت، على اتفاق السلم والمصالحة في مالي المنبثق عن مسار الجزائر، "
            "بعد أن وقعته الحكومة المالية في 15 مايو الماضي.",
            "agreement",
            "2021-05-15",
            {"DZA"},
        ),
        ("رحبت مصر بالاتفاق، بعد أن وقعته الحكومة السودانية يوم الخميس.", "agreement", "2021-06-10", {"SDN"}),
    ],
)
def test_object_before_a_clause_of_time(text: str, event_type: str, date: str, countries: set[str]) -> None:
    found = of_type(extract(text, _PUB), event_type)
    assert any(e["date"] == date and countries <= set(e["countries"]) for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        # no particle of a clause of time before the verb
        "تحدث الوزير عن الاتفاق طويلا ووقعته الحكومة السودانية يوم الخميس في ظروف صعبة.",
        # the deal told in the sentence before: a full stop between
        "رحبت مصر بالاتفاق. وبعد أن وقعته الحكومة السودانية يوم الخميس عاد الهدوء.",
        # the deal too far back before the particle
        "رحبت مصر بالاتفاق الذي تحدث عنه الوزير طويلا في مؤتمر صحفي عقده في العاصمة مع نظيره وعدد كبير "
        "من المسؤولين والخبراء والصحفيين من دول المنطقة، بعد أن وقعته الحكومة السودانية يوم الخميس.",
    ],
)
def test_no_object_before_a_clause_of_time(text: str) -> None:
    found = of_type(extract(text, _PUB), "agreement")
    assert not any("وقعته" in e["trigger"] for e in found), found
