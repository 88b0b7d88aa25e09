"""An English verb in the past joined by "and" to a verb in the past before it, with no subject
of its own between them ("Pakistan expelled India's ambassador and suspended bilateral trade"),
shares that verb's subject: the name nearest before it is the first verb's object, not its doer."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.parties import _order_actors
from events.model import ActorMention, TriggerMention
from events.text.lazy import LazyPattern

# "and" right before the second verb, perhaps with an adverb of sequence or addition
_AND_BEFORE = LazyPattern(r"(?<![^\W\d_])and\s+(?:then\s+|also\s+|later\s+|subsequently\s+)?$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]")


def _verb_before(text: str, trigger: tuple[int, int], triggers: Sequence[TriggerMention]) -> TriggerMention | None:
    """The nearest verb in the past before the event word, in its clause (no stop between)."""
    earlier = [u for u in triggers if u.end <= trigger[0] and u.tense == "past"]
    if not earlier:
        return None
    first = max(earlier, key=lambda u: u.end)
    return None if _CLAUSE_BREAK.search(text, first.end, trigger[0]) else first


def subject_of_the_verb_before(
    text: str,
    trigger: tuple[int, int],
    triggers: Sequence[TriggerMention],
    initiator: list[ActorMention],
    others: list[ActorMention],
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The initiator and the other actors of an English event word (`triggers`: the event words
    of its sentence), with the subject of the verb it is joined to by "and" as its initiator.

    Only when that subject is named before the first verb, as an English subject is: with none
    there ("Police arrested the activist and detained ..."), the order stays as it was."""
    own = next((u for u in triggers if (u.start, u.end) == trigger[:2]), None)
    if own is None or own.tense != "past" or _AND_BEFORE.search(text, max(0, trigger[0] - 30), trigger[0]) is None:
        return initiator, others
    first = _verb_before(text, trigger, triggers)
    if first is None:
        return initiator, others
    actors = [*initiator, *others]
    subject, _ = _order_actors(text, actors, (first.start, first.end), "en")
    if not subject or subject[0].end > first.start or (initiator and initiator[0] is subject[0]):
        return initiator, others
    return [subject[0]], [a for a in actors if a is not subject[0]]
