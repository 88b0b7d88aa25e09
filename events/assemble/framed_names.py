"""A catalogued event named as the frame of another deed.

"تحت مظلة المبادرة الخليجية", "بموجب الاتفاق النووي", "لخرق القرار 2216", "under
the terms of the deal", "بما يتوافق مع القرارات الدولية والمبادرة الخليجية": the name after such a
word, or the last item of a list it opens, is what another deed is done
within, under or against; and a deal talked about ("محادثات بشأن الاتفاق النووي",
"موقفها تجاه الاتفاق") is talked about for its terms. The sentence does not tell
the catalogued event itself (data/assembly.json `framed_names`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.text.lazy import LazyPattern


def _framing_words(topical: bool) -> str:
    """The framing words (with `topical`, the words of a topic too), as the head of a search."""
    table = load_assembly_rules(ASSEMBLY_RULES).get("framed_names", {})
    words = [w for lang in ("ar", "en") for w in table.get(lang, ())]
    if topical:
        words += [w for lang in ("ar", "en") for w in table.get("topics", {}).get(lang, ())]
    return r"(?<!\S)[وفبل]?(?:" + alternation(words, spaced=True) + ")"


@lru_cache(maxsize=8)
def _framing_pattern(topical: bool) -> re.Pattern[str]:
    """A search for a framing word (with `topical`, a word of a topic too) and at most two
    words of the same clause, ending right before a name."""
    # (the name may open with a quotation mark: «في إطار عملية «غصن الزيتون»»)
    return re.compile(_framing_words(topical) + r"(?:\s+[^\s.!?؟,،;:؛«\"“]+){0,2}\s+[بلك]?[«\"“]?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _topical_types() -> frozenset[str]:
    table = load_assembly_rules(ASSEMBLY_RULES).get("framed_names", {})
    return frozenset(table.get("topics", {}).get("types", ()))


# the items of a list before its last one, up to the framing word: words and list commas, no
# other stop and no relative word opening a clause of its own
_ITEM = r"(?:\s*[,،]?\s+(?!(?:that|which|who|where|when|الذي|التي|الذين|حيث|عندما)\s)[^\s.!?؟,،;:؛]+)"
# the last item joined by و or and/or, perhaps with its article
_LAST_JOINED = LazyPattern(r"(?:(?<!\S)و|\s(?:and|or)\s+(?:the\s+)?)$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _list_pattern(topical: bool) -> re.Pattern[str]:
    """A search for a framing word and up to eight words of a list after it, ending right before
    the joined last item."""
    return re.compile(_framing_words(topical) + r"[^\s.!?؟,،;:؛]*" + _ITEM + r"{1,8}\s+(?:and\s+|or\s+)?(?:the\s+)?و?$", re.IGNORECASE)


def _joined_last_item(text: str, start: int) -> int | None:
    """Where the name beginning at `start` begins as the last item of a list: after its و (in
    the name or right before it) or its and/or; None when it is joined by neither."""
    if text[start : start + 1] == "و":
        return start + 1
    if _LAST_JOINED.search(text, max(0, start - 12), start):
        return start
    return None


def framed_name(text: str, start: int, event_type: str) -> bool:
    """Whether the name of an `event_type` event beginning at `start` follows a framing word
    of its clause, right after it or as the last item of a list it opens."""
    topical = event_type in _topical_types()
    if _framing_pattern(topical).search(text, max(0, start - 80), start) is not None:
        return True
    joined = _joined_last_item(text, start)
    return joined is not None and _list_pattern(topical).search(text, max(0, start - 160), joined) is not None
