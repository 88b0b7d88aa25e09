"""The folded form of one sentence, cut from the article's folded text.

Assembly reads each candidate sentence with matchers that need it folded
(`events.text.normalize.fold`). Folding maps every character on its own (to
one character, or to none), so the fold of a sentence is the matching stretch
of the article's fold, and its offset map is the article's, shifted; cutting
it out is far cheaper than folding the sentence again.
"""

from __future__ import annotations

import bisect
import operator
from itertools import repeat

from events.text.normalize import FoldedText, fold


def sentence_fold(article: FoldedText | None, text: str, start: int, end: int) -> FoldedText:
    """`fold(text[start:end])`, cut from `article` (the fold of `text`) when given."""
    if article is None or article.original is not text:
        return fold(text[start:end])
    index = article.index
    if isinstance(index, range) and len(index) == len(text):  # nothing dropped in the article: offsets are the same
        return FoldedText(text[start:end], article.text[start:end], range(end - start))
    fs = bisect.bisect_left(index, start)
    fe = bisect.bisect_left(index, end)
    if fe - fs == end - start:  # nothing dropped in the sentence
        return FoldedText(text[start:end], article.text[fs:fe], range(end - start))
    return FoldedText(text[start:end], article.text[fs:fe], tuple(map(operator.sub, index[fs:fe], repeat(start))))
