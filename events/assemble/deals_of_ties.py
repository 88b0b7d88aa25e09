"""Sides that agreed to restore their ties, told as doing it in a deal ("Saudi Arabia and Iran
agreed on Friday to restore diplomatic relations and reopen their embassies within two months,
in a deal brokered by China"; "اتفقت الدولتان على استئناف العلاقات، في اتفاق برعاية صينية"),
made that deal: the sentence tells an agreement, whose term the restoration is, not ties
restored on that day (the embassies reopen later). With no noun of the deal after it, the agreed
restoration stays the sentence's event ("agreed last month to reopen embassies", see
`settled`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.text import _Candidate
from events.model import TriggerMention
from events.text.lazy import LazyPattern

# the preposition of the means right before the deal's noun, perhaps with an article: "in a deal"
_IN_A_DEAL = LazyPattern(
    r"(?<![^\W\d_])(?:in|under|through|as part of|في|ضمن|بموجب)\s+(?:a|an|the|its|their)?\s*\Z", re.IGNORECASE
)


def _agreed_before(r: _Candidate, triggers: Sequence[TriggerMention]) -> bool:
    """Whether a verb in the past of agreeing, told as done, stands before the restoration's
    word in its sentence (the sides agreed to restore ties)."""
    s = r.sentence[0]
    return any(
        t.event_type == "agreement" and t.tense == "past" and t.modality == "asserted" and s <= t.start and t.end <= r.trigger[0]
        for t in triggers
    )


def restorations_in_a_deal(text: str, group: Sequence[_Candidate], triggers: Sequence[TriggerMention]) -> set[int]:
    """The ids of the restorations of ties in `group` (one sentence's candidates, an agreement
    among them: the verb of agreeing or the deal's noun) told as agreed in a deal named after them
    by a noun of an agreement told as done."""
    if not any(c.event_type == "agreement" and c.reference_id is None for c in group):
        return set()
    s, e = group[0].sentence
    deals = [
        t.start
        for t in triggers
        if t.event_type == "agreement"
        and not t.tense
        and t.modality == "asserted"
        and s <= t.start < e
        and _IN_A_DEAL.search(text, max(s, t.start - 20), t.start) is not None
    ]
    return {
        id(r)
        for r in group
        if r.event_type == "relations"
        and r.reference_id is None
        and any(r.trigger[1] <= d for d in deals)
        and _agreed_before(r, triggers)
    }
