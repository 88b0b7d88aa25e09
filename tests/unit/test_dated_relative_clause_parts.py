"""A relative clause with a date of its own and an event word in it opens a part of its
sentence of its own when an event word of the same type stands outside it: in Arabic after
any relative word, in English after "which" or "who" (never "that", which may open what is
said); a clause right after an event word tells of that word."""

from __future__ import annotations

import pytest

from events.assemble.dated_relatives import dated_relative_cuts
from events.model import Article
from events.pipeline import find_mentions, prepare_article
from events.resources import load_resources


def _cuts(text: str, published: str) -> list[str]:
    """The words at which the text's first sentence is cut."""
    article = prepare_article(Article(id="t", text=text, published=published))
    mentions = find_mentions(article, load_resources())
    sentence = mentions.sentences[0]
    cuts = dated_relative_cuts(text, sentence, mentions.dates, mentions.triggers)
    return [text[c:].split()[0] for c in cuts]


@pytest.mark.parametrize(
    ("text", "published", "word"),
    [
        ("وقصف الجيش مواقع المسلحين في الموصل، التي اجتاحها التنظيم في يونيو 2014.", "2017-03-10", "التي"),
        (
            "The clashes have split the alliance fighting the rebel movement in Yemen, which seized "
            "the capital of the country in June 2014.",
            "2018-02-01",
            "which",
        ),
        (
            "Police in Sudan detained students on Tuesday, with the opposition leader Ali Omar, who "
            "was arrested by the army in 2018.",
            "2019-05-10",
            "who",
        ),
        (  # after an event noun of another type, the clause tells a deed of its own, on its own day
            "Two U.S. Navy destroyers launched 59 missiles at Shayrat air base near Homs, which officials "
            "said had been used to stage Tuesday's attack on the town of Khan Sheikhoun in Syria.",
            "2017-04-07",
            "which",
        ),
        (
            "وقصفت الطائرات مطار الشعيرات العسكري قرب حمص، الذي قالت واشنطن إنه استخدم في الهجوم على "
            "خان شيخون يوم الثلاثاء.",
            "2017-04-07",
            "الذي",
        ),
    ],
)
def test_a_dated_relative_clause_opens_a_part(text, published, word):
    assert _cuts(text, published) == [word]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("وشن الجيش هجوما على المدينة، وذكّر بالهجوم الذي شنه التنظيم عليها عام 2014.", "2018-06-10"),
        (
            "The army shelled the town in Syria on Tuesday and recalled the attack which the rebels "
            "launched on it in 2014.",
            "2018-06-10",
        ),
        ("The army shelled rebel positions in Syria on Tuesday after officials said that rebels shelled the town in 2014.", "2018-06-10"),
    ],
)
def test_no_part_after_the_event_word_it_tells_of_or_after_that(text, published):
    assert _cuts(text, published) == []
