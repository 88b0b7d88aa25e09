"""Where a deed of sending or travelling took place: the destination its verb or noun reaches
through a word of "to", past the sent thing or the traveller named between."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.model import PlaceMention

# the object or the subject told between the word of the deed and its "to" ("إرسال قوات تركية
# إلى ليبيا", "توجه الوزير إلى الأردن", "sent two warships to Qatar", "a visit by the minister
# to Jordan"): no word of another setting or of origin, and no punctuation, between
_THEN_TO = re.compile(
    r"\s+(?:(?!(?:in|from|at|on|of|and|via|through|في|من|عن|بين|عبر)\s)[^\s،,.;:()«»\"]+\s+){0,6}"
    r"(?:to|إلى|الى)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def destination_after(
    text: str, places: Sequence[PlaceMention], trigger: tuple[int, int], place: PlaceMention | None
) -> PlaceMention | None:
    """The first place reached through "to" after the words that follow the deed's word, when
    the place read for the deed is of another country: the sender's or the traveller's own
    country, named as the nationality of the troops or the visitor, is not where it happened.
    Not a country that names the owner of what follows it ("to Qatar's border")."""
    for p in places:
        if p.start <= trigger[1] or not _THEN_TO.fullmatch(text, trigger[1], p.start):
            continue
        if text.startswith(("'s", "’s"), p.end):
            return None
        return p if place is None or place.country != p.country else None
    return None
