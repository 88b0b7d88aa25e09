"""An English attack whose doer goes unnamed ("Gunmen shot dead Boris Nemtsov near the Kremlin",
"A bomb killed Lebanon's former finance minister", "Drones attacked Saudi Aramco facilities"):
with no party named before the event word in its sentence, the parties named after it are whom
it befell, not its doer, unless "by" names the doer, in its word or after it ("was killed by
Israeli forces", "a ballistic missile fired by the Houthi militias"). The event
then has no initiator (actor1), and its target is actor2."""

from __future__ import annotations

from events.assemble.places import load_war_types
from events.model import ActorMention
from events.text.lazy import LazyPattern

_BY = LazyPattern(r"(?<![^\W\d_])by(?![^\W\d_])")


def unnamed_doer_target(
    text: str,
    event_type: str,
    language: str,
    trigger: tuple[int, int],
    sentence_start: int,
    initiator: list[ActorMention],
    others: list[ActorMention],
) -> ActorMention | None:
    """The first party an English attack befell when it names no party before its word in its
    sentence and none after "by" (see the module); None when a doer may be named. Only the roles
    change: the place stays the one read from the sentence ("killed 13 U.S. service members" at
    Kabul airport is no attack in the United States)."""
    if language != "en" or event_type not in load_war_types() or not initiator:
        return None
    parties = sorted((*initiator, *others), key=lambda a: a.start)
    if any(sentence_start <= a.start < trigger[0] for a in parties):
        return None
    first = parties[0]
    if first.start < trigger[1] or _BY.search(text, trigger[0], first.start) is not None:
        return None
    return first
