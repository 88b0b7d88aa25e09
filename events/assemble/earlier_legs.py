"""A trip told in legs in one sentence: a meeting placed in one country, followed by a word of
sequence and the trip's word to another ("met Abbas in Ramallah before travelling to Cairo",
"التقى عباس في رام الله قبل أن يتوجه إلى القاهرة"), is a leg of its own, not the talks of the
trip that follows it: the traveller was in the first country before going on to the second
(data/assembly.json `earlier_legs`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import ActorMention, PlaceMention, TriggerMention
from events.text.normalize import is_arabic


@lru_cache(maxsize=4)
def load_earlier_legs(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """(types of the trip, types of the earlier leg, a search for a word of sequence, perhaps
    with a pronoun for the traveller after it, ending the text before the trip's word) of
    data/assembly.json `earlier_legs`."""
    rules = load_assembly_rules(path).get("earlier_legs", {})
    sequence = alternation(rules.get("sequence", ()), spaced=True)
    pronouns = alternation(rules.get("pronouns", ()), spaced=True)
    ending = re.compile(r"(?:^|\s)(?:" + sequence + r")(?:\s+(?:" + pronouns + r"))?\s*$", re.IGNORECASE)
    return frozenset(rules.get("trips", ())), frozenset(rules.get("legs", ())), ending


def _sequence_between(
    text: str, leg: tuple[int, int], trip: tuple[int, int], sentence_end: int, places: Sequence[PlaceMention]
) -> int | None:
    """Where the word of sequence right before the trip's word `trip` begins, when a place named
    between it and the leg's word `leg` lies in another country than the first place after the
    trip's word (its destination), in the sentence."""
    ending = load_earlier_legs()[2]
    if leg[1] > trip[0]:
        return None
    sequence = ending.search(text, leg[1], trip[0])
    if sequence is None:
        return None
    where = [p for p in places if leg[1] <= p.start and p.end <= sequence.start() and p.country]
    after = sorted((p for p in places if trip[1] <= p.start and p.end <= sentence_end and p.country), key=lambda p: p.start)
    if not where or not after or where[-1].country == after[0].country:
        return None
    return sequence.start()


def an_earlier_leg(text: str, leg: _Candidate, trip: _Candidate, places: Sequence[PlaceMention]) -> bool:
    """Whether `leg` is a leg told before the trip `trip` by a word of sequence, in another
    country than the trip's destination (`_sequence_between`)."""
    trips, legs, _ = load_earlier_legs()
    if trip.event_type not in trips or leg.event_type not in legs or leg.sentence != trip.sentence:
        return False
    return _sequence_between(text, leg.trigger, trip.trigger, trip.sentence[1], places) is not None


def names_of_its_leg(
    text: str,
    actors: list[ActorMention],
    places: list[PlaceMention],
    told: _Candidate,
    triggers: Sequence[TriggerMention],
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The names of the sentence that belong to `told`'s own leg of a trip told in legs: the
    earlier leg keeps those before the word of sequence, the later trip its traveller (named
    before the earlier leg's word) and those after its own word; the host of the earlier leg
    ("met Jordan's king in Amman before flying to Riyadh") is none of the later trip's."""
    trips, legs, _ = load_earlier_legs()
    s, e = told.sentence
    if told.event_type in legs:
        for t in triggers:
            if t.event_type in trips and told.trigger[1] <= t.start and t.end <= e:
                cut = _sequence_between(text, told.trigger, (t.start, t.end), e, places)
                if cut is not None:
                    return [a for a in actors if a.end <= cut], [p for p in places if p.end <= cut]
    if told.event_type in trips:
        for t in reversed(triggers):
            if (
                t.event_type in legs
                and s <= t.start
                and t.end <= told.trigger[0]
                and _sequence_between(text, (t.start, t.end), told.trigger, e, places) is not None
            ):
                before = [a for a in actors if a.end <= t.start]
                # a verb-first sentence names the traveller right after the earlier leg's word
                first = before or ([a for a in actors if t.end <= a.start][:1] if is_arabic(t.text) else [])
                return (
                    [*first, *(a for a in actors if a.start >= told.trigger[1])],
                    [p for p in places if p.start >= told.trigger[1]],
                )
    return actors, places
