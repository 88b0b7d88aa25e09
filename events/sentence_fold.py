"""The folded form of one sentence, cut from the article's folded text.

Assembly reads each candidate sentence with matchers that need it folded
(`events.text.normalize.fold`). Folding maps every character on its own, so
the fold of a sentence is the matching stretch of the article's fold; cutting
it out is far cheaper than folding the sentence again.
"""

from __future__ import annotations

import bisect

from events.text.normalize import FoldedText, fold


def sentence_fold(article: FoldedText | None, text: str, start: int, end: int) -> FoldedText:
    """`fold(text[start:end])`, cut from `article` (the fold of `text`) when given.

    The cut is taken only when no character of the sentence was dropped by
    folding, so that its offset map is the identity; otherwise (diacritics,
    tatweel) the sentence is folded again.
    """
    if article is not None and article.original is text:
        index = article.index
        if isinstance(index, range):  # nothing dropped in the whole article
            if len(index) == len(text):
                return FoldedText(text[start:end], article.text[start:end], range(end - start))
        else:
            fs = bisect.bisect_left(index, start)
            fe = bisect.bisect_left(index, end)
            if fe - fs == end - start:
                return FoldedText(text[start:end], article.text[fs:fe], range(end - start))
    return fold(text[start:end])
