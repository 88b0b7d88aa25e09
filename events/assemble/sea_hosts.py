"""An exercise at sea held by several states, just one of which has a coast on that sea ("Iran,
Russia and China began joint naval drills in the Gulf of Oman", "بدأت القوات البحرية الإيرانية
والروسية والصينية مناورات مشتركة في خليج عمان"), is held in that state's waters: its place is
that state, the others having come from afar (data/assembly.json `sea_coasts`: the states on
the shores of each sea named in `sea_names`). With no side on the sea's shores, or more than
one, the text says no one state."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.places import _in_the_sea, load_seas
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import ActorMention
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_sea_coasts(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """(the types so placed, the coastal states of each sea by its folded, lower-cased name)."""
    rules = load_assembly_rules(path).get("sea_coasts", {})
    coasts = {fold_str(name).lower(): frozenset(states) for name, states in rules.get("seas", {}).items()}
    return frozenset(rules.get("types", ())), coasts


def coastal_host(text: str, sentence: tuple[int, int], event_type: str, parties: Sequence[ActorMention]) -> str | None:
    """The one side of the event (of `parties`, not a name inside the sea's own, "the Gulf of
    Oman") on the shores of the first sea its sentence places it in; None when there is no such
    sea, or not exactly one side on its shores."""
    types, coasts = load_sea_coasts()
    if event_type not in types:
        return None
    seas, _ = load_seas()
    sea = next((m for m in seas.finditer(text, *sentence) if _in_the_sea(text, m.start())), None)
    if sea is None:
        return None
    shores = coasts.get(fold_str(sea.group(0)).lower())
    if not shores:
        return None
    sides = {c for a in parties if not (sea.start() <= a.start and a.end <= sea.end()) for c in (a.country, *a.members) if c}
    if len(sides) < 2:
        return None
    hosts = sorted(c for c in sides if c in shores)
    return hosts[0] if len(hosts) == 1 else None
