"""Faults a review found in this change's rules, each with the case that showed it: a crowd's
day lends itself only to a deed done before people who gathered; a response takes no day from
its subject's own aside; a sentence that ends with "U.S." ends; a deed after a decision takes
no day of it; paying for jets deploys nothing; a man who went out to a street protested
nothing."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # relative clauses of who the people were, not of their gathering
        ("CARACAS - Maduro was sworn in before the Supreme Court judges who were appointed on Dec. 23, 2015.", "2019-01-10", "2019-01-10"),
        ("بغداد - أدى رئيس الوزراء العراقي اليمين الدستورية أمام أعضاء البرلمان الذين انتخبوا في 12 مايو.", "2018-05-20", "2018-05-20"),
        # "before" of time
        ("CAIRO - The Egyptian minister resigned before lawmakers who had summoned him on Monday could question him.", "2019-01-24", "2019-01-24"),
    ],
)
def test_only_a_gathering_lends_its_day(text: str, published: str, value: str) -> None:
    assert value in [e["date"] for e in of_type(extract(text, published), "appointment")]


def test_a_response_takes_no_day_from_its_subjects_aside() -> None:
    text = (
        "CARACAS - Guaido declared himself interim president of Venezuela on Wednesday. Maduro, who was sworn in on Jan. 10 "
        "before the Supreme Court, responded by breaking diplomatic relations with the United States."
    )
    assert [e["date"] for e in of_type(extract(text, "2019-01-24"), "sanctions")] == ["2019-01-23"]


def test_a_sentence_ending_with_a_shortened_word_ends() -> None:
    text = "Iran's economy was battered in 2018 by sanctions imposed by the U.S. In March, protesters stormed the British embassy."
    assert "2019-03" in [d.value for d in find_dates(text, "2019-06-01")]


@pytest.mark.parametrize(
    "text",
    [
        "CAIRO - Egyptian protesters were arrested shortly after the decision that the government announced on Monday to raise fuel prices.",
        "القاهرة - اعتقل الناشط المصري أحمد ماهر عقب القرار الذي أصدرته الحكومة المصرية يوم الاثنين.",
    ],
)
def test_a_decision_lends_no_day(text: str) -> None:
    assert [e["date"] for e in of_type(extract(text, "2019-01-24"), "arrest")] == ["2019-01-24"]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("القاهرة - دفعت مصر ملياري دولار ثمنا لمقاتلتين من طراز رافال.", "deployment"),
        ("تونس - خرج الرئيس التونسي إلى شارع الحبيب بورقيبة وصافح المواطنين.", "protest"),
    ],
)
def test_a_purchase_and_a_walkabout_are_no_events(text: str, event_type: str) -> None:
    assert not of_type(extract(text, "2019-01-24"), event_type)


@pytest.mark.parametrize(
    "text",
    [
        "LA PAZ, Bolivia (AP) - An Organization of American States audit found clear manipulation in the Oct. 20 vote in Bolivia.",
        "لاباز - وقالت منظمة الدول الأمريكية إن انتخابات 20 أكتوبر في بوليفيا شابها تلاعب.",
    ],
)
def test_the_organization_of_american_states_is_no_us_actor(text: str) -> None:
    found = extract(text, "2019-11-11")
    assert of_type(found, "election") and all("USA" not in e["countries"] for e in found)


def test_a_deed_following_a_dated_deed_takes_its_day() -> None:
    text = "WASHINGTON - U.S. troops were deployed to Iraq following the attack that militants carried out on Monday."
    assert [e["date"] for e in of_type(extract(text, "2019-11-12"), "deployment")] == ["2019-11-11"]
