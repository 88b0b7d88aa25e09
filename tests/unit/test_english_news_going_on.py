"""A sentence going on with the news of the sentence before: its event, with no time word of
its own, takes that sentence's day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # a pronoun of the actors told before as subject
        (
            "The two leaders met in Ankara on Tuesday. They signed three agreements on trade and energy.",
            "2024-05-10",
            "agreement",
            "2024-05-07",
        ),
        (
            "The foreign ministers of Oman and Iran held talks in Muscat on Monday. They signed a memorandum "
            "on the border crossing.",
            "2024-05-09",
            "agreement",
            "2024-05-06",
        ),
        # the actor named before, told again as subject
        (
            "Turkish President Erdogan hosted the Somali leader in Ankara on Wednesday. Erdogan signed a "
            "defence pact with his guest.",
            "2024-05-10",
            "agreement",
            "2024-05-08",
        ),
        # a verb told as more of the same news
        (
            "Gulf leaders gathered in Riyadh on Tuesday for the summit. Egypt's foreign minister also signed "
            "the declaration.",
            "2024-05-10",
            "agreement",
            "2024-05-07",
        ),
        # a deed set at the same occasion
        (
            "Gulf leaders gathered in Riyadh on Tuesday for the summit. Qatar's foreign minister signed a "
            "separate trade deal with Oman at the same ceremony.",
            "2024-05-10",
            "agreement",
            "2024-05-07",
        ),
        # the news going on over three sentences
        (
            "Turkish President Erdogan hosted the Somali leader in Ankara on Wednesday. Erdogan signed a "
            "defence pact with his guest. Hours after the talks, Turkish drones struck al-Shabaab positions "
            "in southern Somalia.",
            "2024-05-10",
            "attack",
            "2024-05-08",
        ),
        # a span of the same day before or after the news told, opening the sentence
        (
            "Lebanon's parliament met on Thursday and elected a new speaker. Minutes before the session, "
            "three rockets struck the port area of Beirut, wounding five people.",
            "2024-05-10",
            "attack",
            "2024-05-09",
        ),
        (
            "The two leaders met in Ankara on Tuesday. Hours after the meeting, Turkish jets struck Kurdish "
            "militant positions in northern Iraq.",
            "2024-05-10",
            "attack",
            "2024-05-07",
        ),
    ],
)
def test_a_sentence_going_on_with_the_news_takes_its_day(text, published, event_type, date):
    assert [e["date"] for e in of_type(extract(text, published), event_type)] == [date]


@pytest.mark.parametrize(
    ("text", "published", "event_type"),
    [
        # background told in the pluperfect
        (
            "The two leaders met in Ankara on Tuesday. They had signed three agreements on trade.",
            "2024-05-10",
            "agreement",
        ),
        # a new time frame: the sentence before names more than one day
        (
            "The two leaders met in Ankara on Tuesday and spoke by phone on Thursday. They signed three "
            "agreements on trade.",
            "2024-05-10",
            "agreement",
        ),
        # the day of the sentence before is not a recent one
        (
            "The two leaders met in Ankara on March 3. They signed three agreements on trade.",
            "2024-05-10",
            "agreement",
        ),
        # a new actor as subject
        (
            "The two leaders met in Ankara on Tuesday. Jordan signed three agreements on trade.",
            "2024-05-10",
            "agreement",
        ),
        # a new actor, at no occasion told before
        (
            "Gulf leaders gathered in Riyadh on Tuesday for the summit. Qatar's foreign minister signed a "
            "separate trade deal with Oman.",
            "2024-05-10",
            "agreement",
        ),
        # days after the news told: not its day
        (
            "The two leaders met in Ankara on Tuesday. Days after the meeting, Turkish jets struck Kurdish "
            "militant positions in northern Iraq.",
            "2024-05-10",
            "attack",
        ),
    ],
)
def test_a_sentence_not_going_on_with_the_news_keeps_its_date(text, published, event_type):
    dates = [e["date"] for e in of_type(extract(text, published), event_type)]
    assert dates and "2024-05-07" not in dates and "2024-03-03" not in dates


def test_reported_speech_takes_no_day_of_the_sentence_before():
    text = "The two leaders met in Ankara on Tuesday. Officials said they signed three agreements on trade."
    dates = [e["date"] for e in of_type(extract(text, "2024-05-10"), "agreement")]
    assert "2024-05-07" not in dates
