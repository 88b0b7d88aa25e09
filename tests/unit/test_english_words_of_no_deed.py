"""English: words that tell no deed. Protesters who only speak or are spoken to ("but
protesters said ...", "ready for dialogue with the young protesters") hold no protest; a deed
named as the grounds of an accusation ("accused ... of 'treason' for agreeing to withdraw") is a
charge, no agreement; a verb of mediation whose object is an exchange or a deal ("mediated a
prisoner swap") is no meeting; the terms of a truce told before ("Under the ceasefire, troops
are due to withdraw", "The truce did not cover Israel") are no new ceasefire."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2025-10-01"


@pytest.mark.parametrize(
    ("text", "published", "event_type", "count"),
    [
        (
            "The government of Prime Minister Aziz Akhannouch said on Tuesday it was ready for dialogue with the young protesters.",
            PUBLISHED,
            "protest",
            0,
        ),
        (
            "Thousands of Algerians marched in Algiers on Friday. The president dropped his bid on March 11, "
            "but protesters said he was trying to extend his rule.",
            PUBLISHED,
            "protest",
            1,
        ),
        (
            "The KDP of President Masoud Barzani accused members of the rival PUK of \"treason\" for agreeing to withdraw.",
            PUBLISHED,
            "agreement",
            0,
        ),
        ("Kenya's president accused the rebels of betrayal for signing the deal.", PUBLISHED, "agreement", 0),
        ("Oman also mediated a prisoner swap between the US and Iran in September 2023.", PUBLISHED, "meeting", 0),
        ("Qatar mediated a prisoner exchange between Russia and Ukraine in May.", PUBLISHED, "meeting", 0),
        (
            "A US-brokered ceasefire took effect on November 27. "
            "Under the ceasefire, Israeli troops are due to withdraw from southern Lebanon by January 26.",
            "2025-01-09",
            "ceasefire",
            1,
        ),
        (
            "Oman said on Tuesday it had brokered a ceasefire between the United States and the Houthis. "
            "The Houthis said the truce did not cover Israel.",
            "2025-05-07",
            "ceasefire",
            1,
        ),
    ],
)
def test_words_that_tell_no_deed(text: str, published: str, event_type: str, count: int) -> None:
    assert len(of_type(extract(text, published), event_type)) == count


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Thousands of protesters marched in Rabat on Saturday.", "protest"),
        ("Egypt and Turkey signed a defence agreement in Ankara on Monday.", "agreement"),
        ("Oman mediated talks between Iran and the United States in Muscat on Saturday.", "meeting"),
        ("Israel and Hezbollah agreed to a ceasefire on November 26.", "ceasefire"),
    ],
)
def test_the_deed_itself_stays(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUBLISHED), event_type)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("وقال المحتجون في الجزائر إن الرئيس بوتفليقة لم يف بوعوده.", "protest"),
        ("وأعلنت حكومة رئيس الوزراء عزيز أخنوش الثلاثاء استعدادها للحوار مع المحتجين.", "protest"),
    ],
)
def test_arabic_crowds_spoken_of(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUBLISHED), event_type) == []


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian and Qatari mediators said they hope a deal between Israel and Hamas can be reached soon.",
        "Israel and Hamas hope a deal can be reached soon, Egyptian officials said.",
        "A senior Egyptian official said a deal between Israel and Hamas could be struck within days.",
        "US officials said an agreement with Iran could be signed within weeks.",
        "Diplomats in Cairo were hoping for a deal between Sudan's army and the RSF.",
    ],
)
def test_hoped_deals_are_no_agreements(text: str) -> None:
    assert of_type(extract(text, PUBLISHED), "agreement") == []


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas reached a deal in Cairo on Thursday, Egyptian officials said.",
        "Iran and Oman signed an agreement in Muscat on Monday that officials hope will boost trade.",
    ],
)
def test_deals_made_stay(text: str) -> None:
    assert of_type(extract(text, PUBLISHED), "agreement")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The commission announced on Tuesday the results of the election that took place on Sunday in Iraq.", "2025-09-28"),
        (
            "Tunisia's electoral authority announced on Tuesday the results of the presidential election "
            "that was held on Saturday.",
            "2025-09-27",
        ),
        ("أعلنت المفوضية الثلاثاء نتائج الانتخابات البرلمانية العراقية التي جرت الأحد.", "2025-09-28"),
        ("أعلنت الهيئة الثلاثاء النتائج الأولية للانتخابات الرئاسية الجزائرية التي أجريت السبت.", "2025-09-27"),
    ],
)
def test_an_election_takes_the_day_it_was_held(text: str, day: str) -> None:
    # the announcement of its results on Tuesday is an election event of its own (`announced_results`)
    found = of_type(extract(text, PUBLISHED), "election")
    assert sorted(ev["date"] for ev in found) == [day, "2025-09-30"]
    assert [ev["date"] for ev in found if ev["trigger"] not in ("announced", "أعلنت")] == [day]


def test_the_announcement_day_stays_without_a_holding_clause() -> None:
    text = "The commission on Tuesday announced the results of the parliamentary election in Iraq."
    assert [ev["date"] for ev in of_type(extract(text, PUBLISHED), "election")] != ["2025-09-28"]
