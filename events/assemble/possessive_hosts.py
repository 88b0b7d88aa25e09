"""A city named in the possessive ("over Tehran's nuclear programme") stands for its state, the
owner of what follows, not for where the parties sat: it makes no host of a meeting, so the
meeting is no visit to it."""

from __future__ import annotations

import re

from events.model import PlaceMention

_POSSESSIVE = re.compile(r"['’]s?(?!\w)")


def named_in_the_possessive(text: str, place: PlaceMention | None) -> bool:
    """Whether the place's name is followed by a possessive ending ("Tehran's", "Doha’s")."""
    return place is not None and _POSSESSIVE.match(text, place.end) is not None
