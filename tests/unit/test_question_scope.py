"""A question asserts nothing from the word that opens it on, while a clause before that word
still tells a deed; a question with no question word covers its whole sentence. A negated verb
of ability (لم تتمكن من، لا تستطيع) governs the nouns of the deed after it, the second of two
joined by و included."""

from __future__ import annotations

import pytest

from events.assemble.questions import asked, question_start
from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources


def found(text: str, published: str = "2019-03-12") -> set[tuple[str, str]]:
    article = Article(id="t", text=text, published=published)
    return {(e.event_type, e.date) for e in extract_article(article, load_resources())}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deed told before the question word is asserted
        (
            "وجاء القرار بعد عشرة أيام من زيارة الرئيس الفرنسي إلى الجزائر في 2 مارس 2019 فهل كان للزيارة دور فيه؟",
            {("visit", "2019-03-02")},
        ),
        (
            "The decision came ten days after the French president's visit to Algeria on March 2, 2019, "
            "so did the visit play a part in it?",
            {("visit", "2019-03-02")},
        ),
        (
            "Egypt and Sudan signed a border agreement on March 4, 2019, but why did Ethiopia object?",
            {("agreement", "2019-03-04")},
        ),
        # the question word opens the sentence: nothing is asserted
        ("هل زار الرئيس الفرنسي الجزائر في 2 مارس 2019؟", set()),
        ("Did the French president visit Algeria on March 2, 2019?", set()),
        (
            "Did the French president's visit to Algeria, which lasted two days, change anything?",
            set(),
        ),
        # no question word: the whole sentence asks
        ("الرئيس الفرنسي زار الجزائر في 2 مارس 2019؟", set()),
        ("The French president visited Algeria on March 2, 2019?", set()),
    ],
)
def test_a_question_covers_its_sentence_from_its_question_word_on(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger_word", "is_asked"),
    [
        ("وجاء القرار بعد الزيارة فهل كان لها دور؟", "الزيارة", False),
        ("وجاء القرار بعد الزيارة فهل كان لها دور؟", "دور", True),
        ("وجاء القرار بعد الزيارة.", "الزيارة", False),
        ("The ruling followed the visit, but was it linked?", "visit", False),
        ("The ruling followed the visit, but was it linked?", "linked", True),
        ("Why did the visit end early?", "visit", True),
    ],
)
def test_asked_compares_the_trigger_with_the_question_start(sentence, trigger_word, is_asked):
    start = sentence.index(trigger_word)
    assert asked(sentence, (0, len(sentence)), (start, start + len(trigger_word))) is is_asked


def test_a_statement_has_no_question_start():
    assert question_start("زار الرئيس الجزائر.", (0, 19)) is None


@pytest.mark.parametrize(
    "text",
    [
        "وانتقد الوزير المصري أنظمة الدفاع التي اشترتها السعودية من أمريكا، قائلا إنها لم تتمكن من تتبع صاروخ واستهدافه.",
        "وانتقد الوزير المصري أنظمة الدفاع التي اشترتها السعودية من أمريكا، قائلا إنها لم تتمكن من اعتراض الطائرات المسيرة واستهدافها.",
    ],
)
def test_a_negated_verb_of_ability_governs_both_joined_deeds(text):
    assert not {t for t, _ in found(text) if t == "attack"}
