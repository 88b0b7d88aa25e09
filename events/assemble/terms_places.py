"""The place of the deal an event is done under: "دخل وقف إطلاق النار في إدلب حيز التنفيذ، بموجب
التفاهم الذي توصل إليه الرئيسان في موسكو", "troops withdrew from the town under the agreement
signed in Sochi". A name in the phrase that opens with a word of `under` (`truce_terms.under`
of data/assembly.json) after the event word, up to the next clause break, is where that deal
was reached, not where the event took place, when the sentence names another place."""

from __future__ import annotations

import re
from functools import lru_cache

from events.assemble.rules import alternation, load_assembly_rules
from events.model import PlaceMention
from events.text.gates import gated_compile
from events.text.lazy import LazyPattern

_CLAUSE_BREAK = LazyPattern(r"[،,.;؛:()!?؟\n]")


@lru_cache(maxsize=1)
def _under_words() -> re.Pattern[str]:
    words = load_assembly_rules()["truce_terms"]["under"]
    return gated_compile(rf"(?<!\w)(?:{alternation(words, spaced=True)})(?!\w)", re.IGNORECASE)


def without_terms_places(
    text: str, places: list[PlaceMention], trigger: tuple[int, int], sentence_end: int
) -> list[PlaceMention]:
    """`places` without those in an `under` phrase after the event word, if any stay."""
    opener = _under_words().search(text, trigger[1], sentence_end)
    if opener is None:
        return places
    close = _CLAUSE_BREAK.search(text, opener.end(), sentence_end)
    end = close.start() if close is not None else sentence_end
    kept = [p for p in places if not (opener.start() <= p.start and p.end <= end)]
    return kept or places
