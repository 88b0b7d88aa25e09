"""A conference told with the place that hosted it, in a relative clause or a participle
(«مؤتمر أصدقاء الشعب السوري، الذي احتضنته ضاحية قمرت ... أمس الجمعة», "the conference on Libya,
hosted by Rome on Sunday") was held: a meeting on the day of that clause, placed where the host
is. A press conference, or a conference named with no host, tells no meeting by these words."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date", "place"),
    [
        (
            "اعترف مؤتمر «أصدقاء الشعب السوري»، الذي احتضنته ضاحية قمرت شمالي العاصمة التونسية أمس الجمعة، "
            "بالمجلس الوطني السوري ممثلاً شرعياً للسوريين.",
            "2012-02-25",
            "2012-02-24",
            "TUN",
        ),
        (
            "وجاء التوقيع بعد أيام من المؤتمر الدولي حول ليبيا الذي استضافته روما الأحد الماضي برئاسة مشتركة لوزيري "
            "الخارجية الأميركي والإيطالي.",
            "2015-12-18",
            "2015-12-13",
            "ITA",
        ),
        ("The international conference on Libya, hosted by Rome on Sunday, backed the deal.", "2015-12-18", "2015-12-13", "ITA"),
    ],
)
def test_a_conference_hosted_is_a_meeting_where_its_host_is(text: str, published: str, date: str, place: str) -> None:
    found = of_type(extract(text, published), "meeting")
    assert [(e["date"], (e["location"] or {}).get("country")) for e in found] == [(date, place)], found


@pytest.mark.parametrize(
    "text",
    [
        "وقال وزير الخارجية الليبي في مؤتمر صحفي الذي عقده أمس في طرابلس إن بلاده ترفض التدخل.",
        "Libya's foreign minister told a press conference, held in Tripoli on Sunday, that it rejected intervention.",
    ],
)
def test_a_press_conference_is_no_meeting(text: str) -> None:
    assert of_type(extract(text, "2015-12-18"), "meeting") == []


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a body named a conference, and its member held in detention or elected
        ("Hurriyat Conference chairman Mirwaiz Umar Farooq, held in house arrest in Srinagar since August, was freed on Friday.", "2019-10-12"),
        ("Former chief minister Omar Abdullah of the National Conference, held in detention in Srinagar since August, was freed on Thursday.", "2019-10-10"),
        ("وقال رئيس المؤتمر الوطني العام في ليبيا، الذي جرى انتخابه في يوليو 2012، إن المؤتمر سيواصل عمله.", "2014-03-10"),
    ],
)
def test_a_body_named_a_conference_held_no_meeting(text: str, published: str) -> None:
    assert of_type(extract(text, published), "meeting") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # "العام" of a year or of a secretary-general is no body's name
        ("وشارك وزير الخارجية السعودي في المؤتمر الذي احتضنته تونس العام الماضي لدعم الشعب السوري.", "2022"),
        ("وألقى الأمين العام للجامعة العربية كلمة في المؤتمر الذي احتضنته القاهرة أمس.", "2023-03-30"),
    ],
)
def test_a_conference_hosted_with_a_year_or_a_secretary_general(text: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, "2023-03-31"), "meeting")] == [date]
