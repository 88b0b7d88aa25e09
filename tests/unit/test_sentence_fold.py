"""A sentence cut from the article's fold reads exactly as the sentence folded alone."""

from __future__ import annotations

import pytest

from events.text.normalize import fold
from events.text.sentence_fold import sentence_fold

TEXTS = [
    "قال وزير الخارجية إن الزيارة ستتم. وأكد أن المحادثات ناجحة.",
    "قالَ وزيرُ الخارجيـــة إنّ الزيارة ستتم. وأكد أن المحادثات ناجحة.",
    "The minister said on Monday. Talks were held in Doha.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_cut_matches_folding_alone(text: str) -> None:
    article = fold(text)
    for start in range(len(text)):
        for end in range(start, len(text) + 1, 7):
            cut = sentence_fold(article, text, start, end)
            alone = fold(text[start:end])
            assert (cut.original, cut.text, list(cut.index)) == (alone.original, alone.text, list(alone.index))


def test_without_the_article_fold_the_sentence_is_folded() -> None:
    text = TEXTS[1]
    cut = sentence_fold(None, text, 0, 20)
    assert cut.text == fold(text[:20]).text
