"""Deeds told beside another sentence's event, each dated by its own words.

- An Arabic noun right after a count of hours or days after it ("عزل الرئيس، بعد ساعات من
  احتجازه") tells a deed done that long before the sentence's own: an event too.
- An English noun described by a participle phrase with no comma ("An agreement brokered by
  Charles Michel and signed in April was meant to ...") takes the participle's time.
- Lawmakers who voted a person back into office elected him; a parliament that voted to back
  an accord ratified it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "أعلن عسكريون في النيجر، مساء الأربعاء، عزل الرئيس محمد بازوم، بعد ساعات من احتجازه داخل القصر الرئاسي في نيامي.",
            "2023-07-27",
            "arrest",
            "2023-07-26",
        ),
        (
            "أعلن ضباط في جيش بوركينا فاسو، ليل الجمعة، عزل الرئيس روك كابوري، بعد يومين من احتجازه في ثكنة بالعاصمة واغادوغو.",
            "2022-01-25",
            "arrest",
            "2022-01-19",
        ),
        (
            "An agreement brokered by European Council President Charles Michel and signed in April was meant to defuse "
            "the standoff in Georgia.",
            "2021-10-01",
            "agreement",
            "2021-04",
        ),
        (
            "A peace accord mediated by the African Union and signed in November 2022 ended the war in Ethiopia's "
            "Tigray region, officials said on Monday.",
            "2023-06-01",
            "agreement",
            "2022-11",
        ),
        (
            "Somali lawmakers voted former President Hassan Sheikh Mohamud back into office on Sunday.",
            "2022-05-17",
            "election",
            "2022-05-15",
        ),
        (
            "Iran's parliament voted on Tuesday to back the nuclear accord struck with world powers in July.",
            "2015-10-14",
            "ratification",
            "2015-10-13",
        ),
    ],
)
def test_the_deed_is_told_on_its_own_time(text: str, published: str, event_type: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), event_type)] == [date]


@pytest.mark.parametrize(
    ("text", "published", "event_type"),
    [
        # hours before: a deed still to come when the sentence's own was done
        ("وصل وزير الخارجية إلى القاهرة، قبل ساعات من اعتقال ناشطين في الإسكندرية.", "2021-10-26", "arrest"),
        # a bill backed is no agreement ratified
        (
            "Kenya's parliament voted on Tuesday to back the finance bill despite protests.",
            "2024-06-26",
            "ratification",
        ),
        # a vote to keep someone in office is no vote that put him there
        ("Iraq's parliament voted to keep the speaker in his post on Monday.", "2024-01-16", "election"),
    ],
)
def test_no_such_deed(text: str, published: str, event_type: str) -> None:
    assert of_type(extract(text, published), event_type) == []


def test_the_participle_phrase_ends_at_the_sentence_s_verb() -> None:
    # "collapsed in April" is the deal's end, not its signing
    text = "An agreement brokered by Qatar and signed in Doha collapsed in April in Sudan."
    assert [e["date"] for e in of_type(extract(text, "2023-06-01"), "agreement")] == ["2023-06-01"]


def test_backing_those_who_seek_a_deal_ratifies_nothing() -> None:
    text = "Iran's parliament voted on Tuesday to back negotiators seeking a deal with world powers."
    assert of_type(extract(text, "2015-10-14"), "ratification") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a relative clause set off by a comma, its subject before the participle: the noun's signing
        (
            "Rabin had turned the vote on the interim accord, which he and PLO chairman Yasser Arafat signed at "
            "the White House on September 28, into a test of confidence in his coalition.",
            "1995-09-28",
        ),
        # another verb before the participle: the clause tells of later doings, not the signing
        (
            "Israel's parliament debated the interim accord, which was delayed after it was signed on September 28.",
            "1995-10-06",
        ),
    ],
)
def test_a_relative_clause_of_signing_dates_the_noun(text: str, date: str) -> None:
    found = of_type(extract(text, "1995-10-06"), "agreement")
    assert [e["date"] for e in found if e["trigger"] == "accord"] == [date], found
