"""A decision or a vote of several states told with no place of its own ("Arab foreign ministers
voted on Sunday to readmit Syria to the Arab League"), when the next sentence opens by taking it
up in the passive with where it was made ("The decision was taken at a closed-door meeting at the
league's headquarters in Cairo", «واتخذ القرار خلال اجتماع مغلق في مقر الجامعة بالقاهرة»), took
place in the city or region that sentence names (data/assembly.json `anaphor_places`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _location
from events.model import Event, PlaceMention
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_anaphor_places(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """(the types, the English opening, the Arabic opening, folded) of `anaphor_places`."""
    rules = load_assembly_rules(path).get("anaphor_places", {})
    en = re.compile(
        r"\A\s*(?:the|this|that)\s+(?:" + alternation(rules.get("nouns", ())) + r")\s+(?:was|were)\s+(?:"
        + alternation(rules.get("en_verbs", ())) + r")(?![^\W\d_])",
        re.IGNORECASE,
    )
    ar_verbs = [fold_str(w) for w in rules.get("ar_verbs", ())]
    ar_nouns = [fold_str(w) for w in rules.get("ar_nouns", ())]
    ar = re.compile(r"\A\s*[وف]?(?:" + alternation(ar_verbs) + r")\s+(?:" + alternation(ar_nouns) + r")(?!\w)")
    return frozenset(rules.get("types", ())), en, ar


def _taken_up_with_its_place(text: str, after: tuple[int, int]) -> bool:
    """Whether the sentence `after` opens by taking up the deed told before in the passive."""
    _, en, ar = load_anaphor_places()
    opening = text[after[0] : min(after[1], after[0] + 80)]
    return en.search(opening) is not None or ar.search(fold_str(opening)) is not None


def place_by_a_later_anaphor(
    event: Event, text: str, after: tuple[int, int], after_places: Sequence[PlaceMention], own_place: PlaceMention | None, spans: dict
) -> None:
    """Place `event`, whose sentence names no city or region of its own (`own_place`), in the one
    city or region the next sentence (`after`) names, when that sentence takes it up (see the
    module)."""
    if event.event_type not in load_anaphor_places()[0] or after[0] >= after[1]:
        return
    if own_place is not None and own_place.precision != "country":
        return
    if (event.location or {}).get("precision") not in (None, "country"):
        return
    if not _taken_up_with_its_place(text, after):
        return
    named = [p for p in after_places if p.precision != "country" and p.country]
    if len({p.country for p in named}) != 1:
        return
    place = named[-1]
    event.location = _location(place)
    spans["location"] = [place.start, place.end]
