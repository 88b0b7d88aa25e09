"""Reported speech with no that after an English verb of saying, read as قال إن is read."""

from __future__ import annotations

import pytest

from events.assemble.candidates import _reported
from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources

# (sentence, cue, event word, event word is a verb, reported)
REPORTED = [
    ("He said extremist forces carried out attacks on the army.", "said", "attacks", False, True),
    ("The spokesman said on Tuesday extremist forces carried out attacks.", "said", "attacks", False, True),
    ("The official told Reuters extremist forces carried out attacks.", "told", "attacks", False, True),
    ("The minister told reporters Israeli jets struck Gaza.", "told", "struck", True, True),
    ("He said armed men attacked the army in Sinai.", "said", "attacked", True, True),
    ("He said the decision was taken after Israeli jets struck Gaza.", "said", "struck", True, True),
    ("The ministry said Tuesday's attack killed ten soldiers.", "said", "attack", False, True),
    ("He said that extremist forces carried out attacks.", "said", "attacks", False, True),
    ("وقال إن القوات المتطرفة نفذت هجمات على الجيش.", "وقال", "هجمات", False, True),
    ("وقال المسؤول لرويترز إن القوات المتطرفة نفذت هجمات.", "وقال", "هجمات", False, True),
    # a plain object, a clause not governed by the verb, the speaker's own doing: no reported speech
    ("The army said a prayer for the soldiers and carried out attacks.", "said", "attacks", False, False),
    ("He told the story and extremist forces carried out attacks.", "told", "attacks", False, False),
    ("The army said on Tuesday it carried out attacks on militants.", "said", "attacks", False, False),
    ("The ministry said Tuesday's attack on the base.", "said", "attack", False, False),
    ("Gulf states carried out attacks on the army.", "states", "attacks", False, False),
    ("He said, adding extremist forces carried out attacks.", "said", "attacks", False, False),
    ("وقالت الوزارة إنها نفذت هجمات على المسلحين.", "وقالت", "هجمات", False, False),
]


@pytest.mark.parametrize(("sentence", "cue", "word", "verb", "expected"), REPORTED)
def test_reported_without_that(sentence: str, cue: str, word: str, verb: bool, expected: bool) -> None:
    cue_end = sentence.index(cue) + len(cue)
    assert _reported(sentence, cue_end, sentence.index(word), False, cue, verb) is expected


_LEAD = "Cairo, Tuesday 12 June 2018.\n\nThe army spokesman spoke to reporters in Cairo.\n\n"
_LEAD_AR = "القاهرة، الثلاثاء 12 يونيو 2018.\n\nتحدث المتحدث باسم الجيش إلى الصحفيين في القاهرة.\n\n"

# (sentence, events kept): undated reported speech is no event, in English as in Arabic
EXTRACTED = [
    (_LEAD + "He said extremist forces carried out attacks on the army in Sinai.", 0),
    (_LEAD + "The official told Reuters extremist forces carried out attacks on the army in Sinai.", 0),
    (_LEAD_AR + "وقال إن القوات المتطرفة نفذت هجمات على الجيش في سيناء.", 0),
    (_LEAD + "The army said a prayer for the soldiers and carried out attacks on militants in Sinai.", 1),
    (_LEAD + "He told the story and extremist forces carried out attacks on the army in Sinai.", 1),
]


@pytest.mark.parametrize(("text", "count"), EXTRACTED)
def test_undated_reported_attacks(text: str, count: int) -> None:
    events = extract_article(Article(id="x", text=text, published="2018-06-12"), load_resources())
    assert len([e for e in events if e.event_type == "attack"]) == count


_LEAD_STATEMENT = "Jordan and Syria issued a joint statement on Thursday announcing the restoration of full ties.\n"
_LEAD_STATEMENT_AR = "أعلنت الأردن وسوريا، أمس الخميس، رفع التمثيل الدبلوماسي بينهما إلى مستوى السفراء، في بيان مشترك.\n"
_LEAD_TALKS = (
    "LONDON, Britain (CNN) -- A spokesman for the British prime minister's office said{} talks between Prime "
    "Minister Theresa May and Saudi Crown Prince Mohammed bin Salman saw agreement on trade worth $90 billion."
)

# (text, event type, how many): what the lead's own statement says was done, and talks an official
# names by their sides in the lead, are news with or without that, as after إن and بأن
NEWS = [
    (_LEAD_STATEMENT + "The statement said Jordan had nominated Samer al-Khatib as its ambassador to Damascus.",
     "appointment", 1),
    (_LEAD_STATEMENT + "The statement said that Jordan had nominated Samer al-Khatib as its ambassador to Damascus.",
     "appointment", 1),
    (_LEAD_STATEMENT_AR + "وأفاد البيان بأن الأردن رشحت السفير سامر الخطيب سفيرا لها في دمشق.", "appointment", 1),
    (_LEAD_TALKS.format(""), "meeting", 1),
    # a thing of the lead named in the sentence but not its speaker: still hearsay
    (_LEAD_STATEMENT + "After the statement, an adviser said Jordan had nominated an ambassador.", "appointment", 0),
    (_LEAD_STATEMENT + "After the statement, an adviser said that Jordan had nominated an ambassador.", "appointment",
     0),
    (_LEAD_STATEMENT_AR + "وبعد البيان، قال مستشار إن الأردن رشحت سفيرا.", "appointment", 0),
]


@pytest.mark.parametrize(("text", "event_type", "count"), NEWS)
def test_reported_news_of_the_lead(text: str, event_type: str, count: int) -> None:
    events = extract_article(Article(id="x", text=text, published="2024-03-08"), load_resources())
    assert len([e for e in events if e.event_type == event_type]) == count


# (sentence, event word, reported): words inside a quotation closed right before its speaker and
# the verb of saying are what was said, as after قال: «...»; with no quotation they stay the article's
QUOTED = [
    ('"Extremist forces carried out attacks on the army in Sinai," he said.', "attacks", True),
    ('"More than 2,000 civilians have arrived in the town of Nubl," said Observatory director Rami Abdel Rahman.',
     "arrived", True),
    ("“We carried out attacks on militants in Sinai,” the army said.", "attacks", True),
    ("Extremist forces carried out attacks on the army in Sinai, the official said.", "attacks", False),
    ('Extremist forces carried out attacks on what he called "terrorist hideouts", the official said.', "attacks",
     False),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), QUOTED)
def test_reported_in_a_closed_quotation(sentence: str, word: str, expected: bool) -> None:
    cue_start = sentence.rindex(" said") + 1
    assert _reported(sentence, cue_start + 4, sentence.index(word), False, "said", False, cue_start) is expected


QUOTED_EXTRACTED = [
    (_LEAD + '"Extremist forces carried out attacks on the army in Sinai," he said.', 0),
    (_LEAD_AR + "وقال: «نفذت القوات المتطرفة هجمات على الجيش في سيناء».", 0),
    (_LEAD + "Extremist forces carried out attacks on the army in Sinai, the official said.", 1),
]


@pytest.mark.parametrize(("text", "count"), QUOTED_EXTRACTED)
def test_undated_quoted_attacks(text: str, count: int) -> None:
    events = extract_article(Article(id="x", text=text, published="2018-06-12"), load_resources())
    assert len([e for e in events if e.event_type == "attack"]) == count
