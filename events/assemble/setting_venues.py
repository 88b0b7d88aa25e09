"""The venue a setting phrase of the sentence names for talks, a deal or a truce: "اتفق الرئيسان
على إنشاء منطقة منزوعة السلاح في إدلب خلال قمة جمعتهما في سوتشي", "agreed on a buffer zone in
Idlib at a summit in the Russian resort of Sochi": a word of setting (خلال, during, at; data/assembly.json
`written_dates.settings`), a noun of a gathering (`setting_venues.gatherings`), a preposition of place
(`setting_venues.prepositions`) and the name, a few words between at most, say where the event was
held; a place of what was agreed on (Idlib) is not where.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.places import load_venue_types
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _location
from events.model import Event, PlaceMention

_REACH = 90  # characters before a name searched for its setting phrase
_WORD = r"[^\s,،.;؛:()\"«»]+"


@lru_cache(maxsize=4)
def load_setting_venues(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a setting phrase ending right before a name: the word of setting, perhaps
    an article, the gathering's noun, at most two words (an adjective, "جمعتهما"), the
    preposition and at most four words of a place ("منتجع", "the Russian resort of"), none
    of them a preposition of place or a word that opens a topic or a relative clause
    (`setting_venues.not_between`)."""
    rules = load_assembly_rules(path)
    own = rules.get("setting_venues", {})
    settings = alternation(rules.get("written_dates", {}).get("settings", ()), spaced=True)
    gatherings = alternation(own.get("gatherings", ()), spaced=True)
    prepositions = alternation(own.get("prepositions", ()))
    barred = alternation([*own.get("not_between", ()), *own.get("prepositions", ())])
    word = r"(?!(?:" + barred + r")(?!\w))" + _WORD
    return re.compile(
        r"(?<!\w)(?:" + settings + r")\s+(?:(?:a|an|the)\s+)?(?:" + gatherings + r")(?!\w)"
        r"(?:\s+" + word + r"){0,2}?\s+(?:" + prepositions + r")(?:\s+" + word + r"){0,4}?\s+$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def load_relative_openers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a relative word (`written_dates.relatives`: الذي, which)."""
    words = alternation(load_assembly_rules(path).get("written_dates", {}).get("relatives", ()))
    return re.compile(r"(?<!\w)(?:" + words + r")(?!\w)", re.IGNORECASE)


def setting_venue(
    text: str, event_type: str, trigger: tuple[int, int], sentence: tuple[int, int], places: Sequence[PlaceMention]
) -> PlaceMention | None:
    """The first place of the sentence that a setting phrase names as the venue, for an event
    held somewhere (`venue_types`); not one told in a relative clause after the event word
    ("دخلت الهدنة حيز التنفيذ تنفيذا لاتفاق ستوكهولم الذي توصل إليه الطرفان في ختام مشاورات في
    السويد": the setting of the deal the clause tells, not of the truce)."""
    if event_type not in load_venue_types():
        return None
    found = load_setting_venues()
    for p in sorted(places, key=lambda q: q.start):
        if not sentence[0] <= p.start < sentence[1]:
            continue
        phrase = found.search(text, max(sentence[0], p.start - _REACH), p.start)
        if phrase is None:
            continue
        if phrase.start() >= trigger[1] and load_relative_openers().search(text, trigger[1], phrase.start()):
            return None
        return p
    return None


def held_at_setting(
    event: Event, text: str, trigger: tuple[int, int], sentence: tuple[int, int], places: Sequence[PlaceMention], spans: dict
) -> None:
    """Place the event at the venue its sentence's setting phrase names, when it is not already
    placed at a city or region of that venue's country; the venue's country is one of its
    countries."""
    venue = setting_venue(text, event.event_type, trigger, sentence, places)
    if venue is None:
        return
    now = event.location or {}
    if now.get("country") == venue.country and now.get("precision") not in (None, "country"):
        return
    event.location = _location(venue)
    spans["location"] = [venue.start, venue.end]
    if venue.country and venue.country not in event.countries:
        event.countries.append(venue.country)
