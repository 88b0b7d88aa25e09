"""A deed told in the past perfect after a saying ("The Houthis said on Monday they had seized a
cargo ship, a day after hijacking the vessel"): it came before the saying, so the day of the
saying is not its own, and a telling of it in the same sentence on a day of its own is the
same deed."""

from __future__ import annotations

import re

from events.assemble.text import _Candidate
from events.model import Event
from events.text.gates import gated_compile
from events.text.lazy import LazyPattern

# "had seized", "had already seized", "had also arrested": the auxiliary right before the event word
_HAD_BEFORE = LazyPattern(r"(?<![\w'])had\s+(?:(?:already|just|also|previously|earlier)\s+)?$", re.IGNORECASE, compiler=gated_compile)
_REACH = 30  # characters before the event word within which the auxiliary stands


def told_in_the_past_perfect(text: str, cand: _Candidate) -> bool:
    """Whether the candidate's event word is a verb in the past perfect."""
    return _HAD_BEFORE.search(text, max(cand.sentence[0], cand.trigger[0] - _REACH), cand.trigger[0]) is not None


def event_in_the_past_perfect(ev: Event) -> bool:
    """Whether the event's word, in its quote, is a verb in the past perfect."""
    quote, trigger = ev.spans.get("quote"), ev.spans.get("trigger")
    if not quote or not trigger:
        return False
    start = trigger[0] - quote[0]
    return _HAD_BEFORE.search(ev.quote, max(0, start - _REACH), start) is not None
