"""Blanking out the sentences no event can come from.

Events are assembled sentence by sentence, and only sentences that hold an
asserted trigger or the name of a catalogued event can yield one. The dates
and places stages then need to read only those sentences. Rather than cut the
text (and shift every offset), the other sentences are overwritten with
spaces: the masked text has the same length, so every offset found in it is an
offset into the article, and the kept sentences read exactly as before. A line
break at each edge of a blanked stretch keeps the kept sentences apart.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from events.text.normalize import FoldedText


def kept_sentences(sentences: Sequence[tuple[int, int]], positions: Iterable[int]) -> list[tuple[int, int]]:
    """The sentences (sorted, disjoint spans) that contain at least one of `positions`."""
    starts = [s for s, _ in sentences]
    kept: dict[int, None] = {}
    for pos in positions:
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos < sentences[i][1]:
            kept[i] = None
    return [sentences[i] for i in sorted(kept)]


def mask_outside(text: str, keep: Sequence[tuple[int, int]]) -> str:
    """`text` with everything outside the sorted, disjoint spans `keep` blanked."""
    pieces: list[str] = []
    prev = 0
    for start, end in keep:
        pieces.append(_blank(start - prev))
        pieces.append(text[start:end])
        prev = end
    pieces.append(_blank(len(text) - prev))
    return "".join(pieces)


def _blank(n: int) -> str:
    if n <= 1:
        return " " * n
    return "\n" + " " * (n - 2) + "\n"


def mask_folded(folded: FoldedText, keep: Sequence[tuple[int, int]]) -> FoldedText:
    """`folded` with the same stretches blanked as `mask_outside` blanks in its
    original, without folding again: the folded offsets of the kept spans come
    from the offset map."""
    index = folded.index
    folded_keep = [(bisect.bisect_left(index, s), bisect.bisect_left(index, e)) for s, e in keep]
    return FoldedText(mask_outside(folded.original, keep), mask_outside(folded.text, folded_keep), index)


# Blanks shorter than this between two kept spans are read through rather than
# skipped: starting a new search costs about as much as reading them.
_SHORT_GAP = 64


def text_spans(folded: FoldedText, keep: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of the masked fold (`mask_folded(folded, keep)`) that hold
    text, in folded offsets: the kept spans, joined across short blanks.
    Searching only these finds all that searching the whole masked text finds."""
    index = folded.index
    spans: list[tuple[int, int]] = []
    for s, e in keep:
        fs, fe = bisect.bisect_left(index, s), bisect.bisect_left(index, e)
        if spans and fs - spans[-1][1] < _SHORT_GAP:
            spans[-1] = (spans[-1][0], fe)
        else:
            spans.append((fs, fe))
    return spans
