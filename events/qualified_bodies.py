"""A body's shared name qualified by the country it belongs to.

The dictionary generates the legislature, government and ministries of some
countries only; a shared name (البرلمان, مجلس النواب, parliament) is then read
as the body of a country the article names. When the name is qualified by a
country right at it, the Arabic nisba after it (البرلمان المجري، مجلس النواب
الفنلندي) or the English adjective or possessive before it (the Hungarian
parliament, Hungary's parliament), the body is that country's, whether or not
the dictionary holds it: it is never another country's body named elsewhere in
the article (صادق البرلمان المجري على اتفاقية مع السويد is no Swedish
parliament), and the qualifying country stands for it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.text.lazy import LazyPattern

# what may stand between a qualifying country and the body: English "'s" and spaces only
_BEFORE_GAP = LazyPattern(r"(?:['’]s)?\s*")
_AFTER_GAP = re.compile(r"\s*")
# an Arabic nisba with the article (المجري، المجرية، الفنلندي): an adjective of the body, not a
# country named as the object of a verb after its subject (دعت الحكومة تركيا، دعت الحكومة العراق)
_NISBA = re.compile(r"ال\w+(?:ي|ية)")


def qualifying_country(text: str, start: int, end: int, named: Sequence[tuple[int, int, object]]) -> str | None:
    """The country that qualifies the shared name at text[start:end], if one is named right at it:
    a country name starting right after it (a nisba) or ending right before it (an adjective or a
    possessive). `named` holds (start, end, entry) of the names read in the text, entry an
    `ActorEntry` with `kind` and `country`, or None."""
    for s, e, entry in named:
        if entry is None or getattr(entry, "kind", None) != "country":
            continue
        if s >= end and _AFTER_GAP.fullmatch(text, end, s) and _NISBA.fullmatch(text, s, e):
            return getattr(entry, "country", None)
        if e <= start and _BEFORE_GAP.fullmatch(text, e, start):
            return getattr(entry, "country", None)
    return None
