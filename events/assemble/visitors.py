"""Who visits: the visitor of a visit comes from elsewhere than the place visited."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.model import ActorMention, PlaceMention
from events.text.lazy import LazyPattern


def _visitor_first(
    initiator: list[ActorMention], others: list[ActorMention], place: PlaceMention | None
) -> tuple[list[ActorMention], list[ActorMention]]:
    """A visit's initiator of the country of the place visited is its host or the place itself
    ("ولي العهد السعودي يزور مصر", "برلين التي يقوم بزيارتها"): the visitor is the first other
    party of another country, when the sentence names one; else the parties stay as read (a
    ruler touring his own provinces)."""
    if place is None or not initiator or initiator[0].country != place.country:
        return initiator, others
    visitor = next((a for a in others if a.country and a.country != place.country), None)
    if visitor is None:
        return initiator, others
    return [visitor], [*initiator, *(a for a in others if a is not visitor)]


_OBJECT_GAP = LazyPattern(r"\s+(?:(?:to|إلى|الى)\s+)?")


def _visited_object(text: str, places: Sequence[PlaceMention], trigger: tuple[int, int]) -> PlaceMention | None:
    """The city or region a visit's word takes as its object, right after it ("زار الرياض",
    "visited Riyadh", "زيارة إلى الرياض"): where the visit took place, though the sentence
    names the visited government as a party, or names another city in a later clause ("زار
    الرياض، قبل أن يستقبل رئيسي في بكين")."""
    return next(
        (
            p
            for p in places
            if p.precision in ("city", "region")
            and p.start > trigger[1]
            and _OBJECT_GAP.fullmatch(text, trigger[1], p.start)
        ),
        None,
    )


# the verbs of visiting that take the place visited as their object ("visited Saudi Arabia", "زار مصر")
_VISITING_VERBS = LazyPattern(r"^[وف]?(?:زار|يزور|تزور|زارت|visit|visits|visited|visiting)$", re.IGNORECASE)
_TO_WORDS = frozenset(("to", "إلى", "الى"))


def _visited_country(
    text: str, places: Sequence[PlaceMention], trigger: tuple[int, int], trigger_text: str, place: PlaceMention | None
) -> PlaceMention | None:
    """The country a visit's word takes as its object, right after a verb of visiting or a word
    of "to" ("Erdogan visited Saudi Arabia", "travelled to Israel", "زار مصر", "زيارة إلى
    الأردن"), when the place read for the visit is of another country: a city named in another
    clause of the sentence ("... since the killing of a journalist in Istanbul") is that clause's,
    not where the visit took place. Not a country that names the owner of what follows it
    ("visited Qatar's embassy")."""
    words = trigger_text.split()
    for p in places:
        if p.precision != "country" or p.start <= trigger[1] or not _OBJECT_GAP.fullmatch(text, trigger[1], p.start):
            continue
        gap = text[trigger[1] : p.start].split()
        if not (gap or (words and words[-1].lower() in _TO_WORDS) or _VISITING_VERBS.match(words[0] if words else "")):
            continue
        if text.startswith(("'s", "’s"), p.end):
            continue
        return p if place is None or place.country != p.country else None
    return None
