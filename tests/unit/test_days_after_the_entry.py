"""An event word matched to a catalogued event, followed right away by a count of days after a
deed ("has stepped down, just one day after he was sworn in"): the catalogued deed is the one
counted from, and the event came that many days after its day."""

from __future__ import annotations

import pytest

from events.assemble.later_steps import days_after_the_entry
from events.assemble.text import _Candidate
from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources


def cand_of(text: str, word: str, reference_id: str | None = None) -> _Candidate:
    at = text.index(word)
    return _Candidate("appointment", None, (0, len(text)), (at, at + len(word)), word, 0.9, reference_id)


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("The head of the council has stepped down, just one day after he was sworn in.", "stepped down", "2019-04-12"),
        ("The general resigned two days after the army removed the president.", "resigned", "2019-04-13"),
        ("واستقال رئيس المجلس العسكري بعد يوم من أدائه اليمين.", "واستقال", "2019-04-12"),
        # the count is another deed's, further on in the sentence: the catalog's day holds
        ("The head of the council has stepped down, and protests resumed two days after the vote.", "stepped down", None),
        # no count at all
        ("The head of the council has stepped down.", "stepped down", None),
    ],
)
def test_the_count_after_the_word_dates_it_from_the_entry(text, word, day):
    assert days_after_the_entry(text, cand_of(text, word), "2019-04-11") == day


def test_a_catalogued_name_keeps_its_own_day():
    text = "The coup, one day after the vote, shook the capital."
    assert days_after_the_entry(text, cand_of(text, "coup", "some-entry"), "2019-04-11") is None


def test_an_entry_known_only_by_its_month_gives_no_day():
    text = "The head of the council has stepped down, one day after he was sworn in."
    assert days_after_the_entry(text, cand_of(text, "stepped down"), "2019-04") is None


def test_a_resignation_a_day_after_the_catalogued_ouster_takes_the_next_day():
    text = (
        "The head of Sudan's military council, Awad Ibn Auf, has stepped down, just one day after he was "
        "sworn in as leader following the removal of longtime President Omar al-Bashir."
    )
    article = Article(id="t", text=text, published="2019-04-13")
    found = [e for e in extract_article(article, load_resources()) if e.trigger == "stepped down"]
    assert found and found[0].date == "2019-04-12", found
