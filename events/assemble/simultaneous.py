"""An English visit or meeting named as the setting of its sentence's event by 'during' ("The
agreement was signed in Amman during a visit by the Iraqi prime minister") took place with it:
it is an event of that day, not a background one that needs a date of its own."""

from __future__ import annotations

import re

from events.assemble.text import _Candidate

_DURING = re.compile(
    r"(?<!\w)(?:during|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)

# the types a sentence's own event can take place during
_SETTING_TYPES = frozenset({"visit", "meeting"})


def _simultaneous(text: str, cand: _Candidate) -> bool:
    """Whether the English candidate, a visit or meeting, follows 'during' (or 'on the sidelines
    of') in its sentence: the sentence's event took place during it."""
    start = cand.trigger[0]
    if cand.event_type not in _SETTING_TYPES or not text[start : start + 1].isascii():
        return False
    return _DURING.search(text, max(cand.sentence[0], start - 50), start) is not None
