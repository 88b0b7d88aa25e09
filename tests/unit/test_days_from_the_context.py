"""Dates: an event with no day in its own clause takes the day its sentence or the
sentence before gives it: an outcome of talks the day of those talks, a deed told as more of
the news before (و + its own verb, وقد, a phrase of the same time, a clause of simultaneity)
the day of that news; a background deed and a deed of another day keep their own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _dates(found: list[dict], event_type: str) -> list[str]:
    return sorted(e["date"] for e in found if e["event_type"] == event_type)


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        # an outcome told as coming after talks on a recent day: the day of the talks
        (
            "Somalia and Ethiopia have agreed to end their dispute, after talks hosted by Erdogan in Ankara "
            "late Wednesday.",
            "2024-12-12",
            "agreement",
            ["2024-12-11"],
        ),
        (
            "The two countries signed a trade agreement following a meeting of their leaders in Cairo on Monday.",
            "2024-12-12",
            "agreement",
            ["2024-12-09"],
        ),
        (
            "Egypt and Turkey restored diplomatic relations after a meeting of their foreign ministers on Monday.",
            "2024-12-12",
            "relations",
            ["2024-12-09"],
        ),
        (
            "اتفقت مصر والسودان على إعادة فتح المعابر، عقب مباحثات أجراها الرئيسان في القاهرة أمس.",
            "2024-12-12",
            "relations",
            ["2024-12-11"],
        ),
        # talks of long ago do not date it to a day
        ("Israel and Hamas agreed to a truce after talks in Cairo last year.", "2024-12-12", "ceasefire", ["2024-12-12"]),
        # an outcome with a day of its own keeps it
        (
            "Sudan and Chad signed a border agreement on Thursday after talks in Khartoum on Monday.",
            "2024-12-13",
            "agreement",
            ["2024-12-12"],
        ),
        # the first day of talks is not that of their outcome
        (
            "Sudan and Chad signed a border agreement after talks that began in Khartoum on Monday.",
            "2024-12-13",
            "agreement",
            ["2024-12-13"],
        ),
        # talks told in another clause, after a full stop, lend it no day
        (
            "Sudan and Chad signed a border agreement. The talks in Khartoum on Monday were tense.",
            "2024-12-13",
            "agreement",
            ["2024-12-13"],
        ),
    ],
)
def test_outcome_of_talks_takes_their_day(text: str, published: str, event_type: str, dates: list[str]) -> None:
    assert _dates(extract(text, published), event_type) == dates


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        # a sentence opened by its own verb in the past: one more deed of that kind, that day
        (
            "وعين الرئيس التركي رجب طيب أردوغان أمس الاثنين صهره وزيرا للمالية. "
            "وعين أردوغان الفريق أول أوميت دوندار قائدا للقوات البرية.",
            "2018-07-10",
            "appointment",
            ["2018-07-09", "2018-07-09"],
        ),
        # a deed opened by وقد goes on with the news before
        (
            "اعتقلت قوات الأمن العراقية أمس عشرات المحتجين في البصرة. "
            "وقد أطلقت قوات الأمن العراقية الرصاص الحي على المحتجين أمام منشأة نفطية.",
            "2018-08-15",
            "attack",
            ["2018-08-14"],
        ),
        # a phrase of the same time
        (
            "وسيطرت قوات النظام السوري ليل الاثنين على بلدتي بصر الحرير ومليحة العطش في محافظة درعا. "
            "وبالتزامن مع هذا التقدم سقط صاروخان إسرائيليان قرب مطار دمشق الدولي.",
            "2018-06-26",
            "attack",
            ["2018-06-25", "2018-06-25"],
        ),
        # a deed in the past in a clause of simultaneity
        (
            "اعتقلت قوات الأمن العراقية أمس عشرات المحتجين في البصرة. "
            "وخرج الآلاف إلى شوارع البصرة، فيما أطلقت قوات الأمن الرصاص الحي لتفريقهم.",
            "2018-08-15",
            "attack",
            ["2018-08-14"],
        ),
        # a phrase of the same time with no demonstrative names another event, which lends no day
        (
            "وسيطرت قوات النظام السوري ليل الاثنين على بلدتي بصر الحرير ومليحة العطش في محافظة درعا. "
            "وبالتزامن مع زيارة المبعوث الأممي سقط صاروخان إسرائيليان قرب مطار دمشق الدولي.",
            "2018-06-26",
            "attack",
            ["2018-06-25", "2018-06-26"],
        ),
        # background told as done before keeps no carried day
        (
            "اعتقلت قوات الأمن العراقية أمس عشرات المحتجين في البصرة. "
            "وكانت قوات الأمن قد أطلقت الرصاص الحي على المحتجين في يوليو الماضي.",
            "2018-08-15",
            "attack",
            ["2018-07"],
        ),
    ],
)
def test_more_of_the_news_before_takes_its_day(text: str, published: str, event_type: str, dates: list[str]) -> None:
    found = extract(text, published)
    assert _dates(found, event_type) == dates, [(e["trigger"], e["date"]) for e in found]


def test_present_deed_after_while_takes_no_carried_day() -> None:
    # a deed told in the present after فيما goes on; it is no deed of the day before
    text = (
        "اعتقلت قوات الأمن العراقية أمس عشرات المحتجين في البصرة. "
        "وخرج الآلاف إلى شوارع البصرة، فيما تقصف قوات الأمن الأحياء الشرقية من المدينة."
    )
    assert "2018-08-14" not in _dates(extract(text, "2018-08-15"), "attack")
