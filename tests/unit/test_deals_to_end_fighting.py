"""A deal, an agreement or an accord to end, halt or stop the fighting ("a Moscow-brokered deal to
end the fighting took effect on Tuesday", «ووقعت أرمينيا وأذربيجان اتفاقا لإنهاء القتال») is a
truce, and one that entered into force («ودخل اتفاق لإنهاء القتال حيز التنفيذ») is no
ratification. Not a deal only negotiated or sought ("held talks on a deal to end the fighting");
an English deal told as signed stays an agreement (test_obligations_and_prospects)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2020-11-10"


@pytest.mark.parametrize(
    "text",
    [
        "Peacekeepers deployed on Tuesday after a Moscow-brokered deal to end six weeks of fighting between Armenia and Azerbaijan took effect on Tuesday.",
        "A Moscow-brokered deal to end the fighting between Armenia and Azerbaijan took effect on Tuesday.",
        "ووقعت أرمينيا وأذربيجان يوم الثلاثاء اتفاقا لإنهاء القتال برعاية موسكو.",
        "ودخل اتفاق لإنهاء القتال بين أرمينيا وأذربيجان حيز التنفيذ يوم الثلاثاء.",
    ],
)
def test_a_deal_to_end_the_fighting_is_a_truce(text: str) -> None:
    found = extract(text, PUBLISHED)
    truces = of_type(found, "ceasefire")
    assert [(e["date"], {"ARM", "AZE"} <= set(e["countries"])) for e in truces] == [("2020-11-10", True)], found
    assert of_type(found, "ratification") == [], found


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan held talks on Tuesday on a deal to end the fighting.",
        "وأجرت أرمينيا وأذربيجان يوم الثلاثاء محادثات حول اتفاق لإنهاء القتال.",
        "Officials said efforts to reach a deal to end the fighting had stalled on Tuesday.",
        "وقال مسؤولون إن جهود التوصل إلى اتفاق لإنهاء القتال تعثرت يوم الثلاثاء.",
    ],
)
def test_no_truce_of_a_deal_only_sought(text: str) -> None:
    assert of_type(extract(text, PUBLISHED), "ceasefire") == []


# talks held on a deal, a truce or ties to come are the meeting only, however their noun is
# held ("held talks on a ceasefire": the talks are an event word and their topic's cue too)
@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Israel and Hamas held talks on a ceasefire in Gaza on Tuesday.", "ceasefire"),
        ("Japan and North Korea held talks on establishing diplomatic relations in Pyongyang on Tuesday.", "relations"),
        ("Israel and Saudi Arabia held talks on Tuesday about normalising relations.", "relations"),
        ("عقدت إسرائيل وحماس يوم الثلاثاء مفاوضات بشأن وقف إطلاق النار في غزة.", "ceasefire"),
        ("أجرت إسرائيل والسعودية يوم الثلاثاء محادثات حول استئناف العلاقات الدبلوماسية.", "relations"),
    ],
)
def test_talks_on_a_topic_are_the_meeting_only(text: str, topic: str) -> None:
    found = extract(text, PUBLISHED)
    assert of_type(found, topic) == []
    assert [e["date"] for e in of_type(found, "meeting")] == ["2020-11-10"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a deal reached after talks, and talks resumed on a truce already in force
        ("Israel and Hamas agreed a ceasefire in Gaza on Tuesday after talks in Cairo.", "ceasefire"),
        ("وأعلنت إسرائيل وحماس يوم الثلاثاء وقف إطلاق النار في غزة بعد مفاوضات في القاهرة.", "ceasefire"),
        ("Japan and North Korea restored diplomatic relations on Tuesday after talks in Pyongyang.", "relations"),
    ],
)
def test_a_deed_reached_after_talks_stays(text: str, kind: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), kind)] == ["2020-11-10"]


# a deal, a truce or ties discussed are only talked about, as بحث names the talks and not
# their topic; one discussed as made ("the ceasefire agreed last week", "how the ceasefire was
# being observed") was made
@pytest.mark.parametrize(
    ("text", "kind", "dates"),
    [
        ("The leaders discussed a ceasefire in Gaza during their meeting in Cairo on Tuesday.", "ceasefire", []),
        ("Netanyahu and Biden discussed normalising relations with Saudi Arabia on Tuesday.", "relations", []),
        ("Erdogan and Putin discussed a new grain deal in Sochi on Tuesday.", "agreement", []),
        ("وبحث الرئيسان يوم الثلاثاء تطبيع العلاقات مع السعودية.", "relations", []),
        ("Israel and Hamas agreed a ceasefire in Gaza on Tuesday.", "ceasefire", ["2020-11-10"]),
        (
            "A ceasefire in eastern Ukraine came into force on Tuesday. The leaders held a telephone call on "
            "Tuesday to discuss how the ceasefire was being observed.",
            "ceasefire",
            ["2020-11-10"],
        ),
    ],
)
def test_a_deal_discussed_is_not_made(text: str, kind: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), kind)] == dates
