"""A deal or a truce told first with no place of its own, and told again at the start of the
next sentence by its definite noun and a passive verb of making it (in English perhaps a participle
after a comma), with the city it was made in: "The two camps signed a ceasefire on Friday. The
agreement was signed in Geneva by ...", "The deal, announced in Pretoria after ..."; "وقع
الطرفان اتفاقا لوقف إطلاق النار. ووُقّع الاتفاق في الدوحة بحضور ...". The city is where the deed
was done, not the city the article is filed from nor a party's country (data/assembly.json
`retold_venues`: the types, the nouns of the deal and the verbs of making it)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from events.assemble.rules import alternation, load_assembly_rules
from events.assemble.text import _location, _placed_in
from events.model import Event, PlaceMention

_OWN_REACH = 40  # characters after the event word within which a place stated for it is its own


@lru_cache(maxsize=1)
def _rules() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    rules = load_assembly_rules().get("retold_venues", {})
    en = re.compile(
        r"\s*(?:the|this|that)\s+(?:[^\W\d_][\w'-]*\s+){0,2}?(?:"
        + alternation(rules.get("nouns_en", ()))
        + r")(?:\s+(?:was|were)|\s*,)\s+(?:[^\W\d_]+ly\s+)?(?:"
        + alternation(rules.get("verbs_en", ()))
        + r")\s+(?:in|at)\s+(?:the\s+)?$",
        re.IGNORECASE,
    )
    ar = re.compile(
        r"\s*[وف]?(?:"
        + alternation(rules.get("verbs_ar", ()))
        + r")\s+(?:"
        + alternation(rules.get("nouns_ar", ()))
        + r")\s+(?:[^\W\d_]+\s+){0,3}?(?P<prep>في\s+)?$"
    )
    return frozenset(rules.get("types", ())), en, ar


def place_of_a_passive_retelling(
    event: Event,
    text: str,
    trigger: tuple[int, int],
    place: PlaceMention | None,
    after: tuple[int, int],
    places: Sequence[PlaceMention],
    spans: dict,
) -> None:
    """Place the event in the city that the next sentence (`after`, its `places`) gives when it
    tells the deed again (see the module), unless the event's sentence states a place for it
    right after its word (`place`, after "in")."""
    types, en, ar = _rules()
    if event.event_type not in types or after[0] >= after[1]:
        return
    if (
        place is not None
        and place.precision != "country"
        and 0 <= place.start - trigger[1] <= _OWN_REACH
        and _placed_in(text, place)
    ):
        return  # "signed a ceasefire in Sirte on Friday": its own place
    for p in places:
        if p.precision == "country" or p.start < after[0] or p.end > after[1]:
            continue
        head = text[after[0] : p.start]
        told = (en if event.language == "en" else ar).match(head)
        if told and (event.language == "en" or told.group("prep") or p.text.startswith("ب")):
            event.location = _location(p)
            spans["location"] = [p.start, p.end]
            if p.country and p.country not in event.countries:
                event.countries.append(p.country)
        return
