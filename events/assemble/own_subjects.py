"""An English event word told after one of its type in the same sentence, past ", and" and a
subject of its own ("Iraq flew planeloads of fuel to Damascus, and Algeria sent a civil
protection team to Syria"; "sent two aircraft to Adana, and a third plane loaded with food
landed in Damascus"): a second deed, not the first one told again (data/assembly.json
`subject_after_and`). Whether the two are one event after all is left to the merge of one
article's tellings, which keeps apart deeds of different doers or places."""

from __future__ import annotations

from collections.abc import Sequence

from events.assemble.own_days import load_after_subject
from events.assemble.rules import load_assembly_rules
from events.model import TriggerMention


def own_subject_deed(text: str, t: TriggerMention, triggers: Sequence[TriggerMention], sentence: tuple[int, int]) -> bool:
    """Whether the English trigger `t` follows an asserted trigger of its type in `sentence`
    across ", and" and a subject of its own, within `subject_after_and.words` words."""
    if not t.text[:1].isascii():
        return False
    before = [
        u for u in triggers
        if u.event_type == t.event_type and u.modality == "asserted" and sentence[0] <= u.start and u.end <= t.start
    ]
    if not before:
        return False
    words = int(load_assembly_rules().get("subject_after_and", {}).get("words", 0))
    lo = before[-1].end
    found = load_after_subject().search(text, lo, t.start)
    return found is not None and len(text[found.start() : t.start].split()) - 1 <= words
