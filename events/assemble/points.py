"""Events named as the point in time another doing is placed against ("قبل الهجوم",
"after the visit")."""

from __future__ import annotations

from events.assemble.rules import load_reference_points
from events.text.normalize import fold_str


def _reference_point(text: str, trigger_start: int) -> bool:
    """Whether the event word follows a word of time that places something before, after,
    since or during it (`reference_points`: "وقبل الهجوم، رصدت ...", "after the visit"),
    maybe with a conjunction on it (وقبل, فبعد)."""
    before = text[max(0, trigger_start - 30) : trigger_start].split()
    if before and before[-1].lower() == "the":
        before.pop()  # "before the attack"
    if not before:
        return False
    word = fold_str(before[-1]).lower()
    points = load_reference_points()
    return word in points or (word[:1] in ("و", "ف") and word[1:] in points)
