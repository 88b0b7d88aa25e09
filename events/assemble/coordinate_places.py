"""The places of a clause joined after the event's own ("A truce in April last year has largely
held, and negotiators held talks in Riyadh in September", "تصافحا في الدوحة، ثم التقيا في
نيودلهي"), or of contrast ("agreed to a truce, though air strikes shook the capital again"), or
of the deed that came before ("launched air strikes after a bombing in Istanbul"): a place named
after another event word of that clause is that event's, not the first one's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.places import load_venue_types
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import ActorMention, PlaceMention, TriggerMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

# a clause break and a conjunction that opens a coordinate clause (", and", "; ", "، و...", "ثم"),
# or a clause of contrast (", though fighting shook the capital", "، لكن القتال تجدد في العاصمة")
_COORDINATE = LazyPattern(
    r"[,;]\s+(?:and|while|but|then|though|although|even\s+though|even\s+as|whereas|yet)\s|;\s"
    r"|[،,;؛]\s*(?:[وف](?=[^\W\d_])|ثم\s|بينما\s|كما\s|لكن\s|لكنّ\s|إلا\s+أن|غير\s+أن|رغم\s+أن)|\s(?:ثم|then)\s",
    re.IGNORECASE,
)


def later_coordinate_word(text: str, trigger: tuple[int, int], end: int, later: Sequence[TriggerMention]) -> int | None:
    """Where the event word of the coordinate clause that follows the event's word begins: the
    first clause opened by a conjunction after a clause break (or by ثم, then) and holding an
    event word of its own (`later`, those after the event's word, up to the sentence's `end`);
    None when no such clause follows."""
    for m in _COORDINATE.finditer(text, trigger[1], end):
        other = next((t for t in later if t.start >= m.end() and t.start >= trigger[1]), None)
        return other.start if other is not None else None
    return None


def _outside_later_coordinate(
    text: str, places: list[PlaceMention], trigger: tuple[int, int], end: int, later: Sequence[TriggerMention]
) -> list[PlaceMention]:
    """`places` without those named after the event word of a coordinate clause that follows
    the event's word (`later_coordinate_word`); names after that word are its event's."""
    if not places or not later:
        return places
    cut = later_coordinate_word(text, trigger, end, later)
    return places if cut is None else [p for p in places if p.start < cut]


@lru_cache(maxsize=4)
def load_reporting_verbs(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Verbs of saying that open a later clause's report (data/assembly.json `reported_after_deed.verbs`), folded."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path).get("reported_after_deed", {}).get("verbs", ()))


def _outside_earlier_deed(
    text: str, places: list[PlaceMention], trigger: tuple[int, int], start: int, earlier: Sequence[TriggerMention]
) -> list[PlaceMention]:
    """`places` without those named after another event word of an earlier clause (`earlier`, from
    the sentence's `start`), when the event's word is told in a clause joined after it and opened
    by a verb of saying ("Khashoggi was killed inside its consulate in Istanbul, ..., and announced
    that 18 Saudi nationals had been arrested", "قتل في قنصليتها في إسطنبول، وأعلنت أنها اعتقلت
    18 سعوديا"): the place is the earlier deed's, not the one reported."""
    before = [t for t in earlier if start <= t.start and t.end <= trigger[0]]
    if not places or not before:
        return places
    breaks = list(_COORDINATE.finditer(text, before[0].end, trigger[0]))
    if not breaks:
        return places
    cut = breaks[-1]
    words = {fold_str(w).lower().strip(".,،") for w in text[cut.start() : trigger[0]].split()}
    if not words & load_reporting_verbs():
        return places
    return [p for p in places if not (before[0].start <= p.start < cut.start())]


@lru_cache(maxsize=4)
def load_cause_openers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word that opens a clause of the deed that came before (data/assembly.json
    `cause_clauses.openers`: after, following, in response to, بعد، إثر، ردا على)."""
    words = load_assembly_rules(path).get("cause_clauses", {}).get("openers", ())
    return re.compile(r"(?<!\w)(?:" + alternation(words, spaced=True) + r")(?!\w)", re.IGNORECASE)


def _outside_cause_clause(
    text: str,
    places: list[PlaceMention],
    trigger: tuple[int, int],
    end: int,
    later: Sequence[TriggerMention],
    actors: Sequence[ActorMention],
    event_type: str = "",
) -> list[PlaceMention]:
    """`places` without those named after the event word of a clause that follows the event's word
    and tells the deed that came before it ("Ankara launched air strikes after a bombing in
    Istanbul", "شنت أنقرة غارات بعد تفجير في إسطنبول"): a word of `cause_clauses.openers` and,
    within `cause_clauses.words` words, another event word (`later`, up to the sentence's `end`);
    names after that word are the earlier deed's, not the place of this one; not after a gathering
    (`venue_types`: imposed a blockade after a meeting in Riyadh), where the deed may have been
    decided, unless the event is one placed where its forces went (`cause_clauses.gone_types`:
    began deploying in Syria the day after a deal reached in Sochi). When no place is
    left but the doers' own countries, they go only if a name before the clause already tells
    their country (`actors`, the sentence's): a sentence naming no other country keeps the land
    it speaks of ("شنت الولايات المتحدة وفرنسا غارات ردا على هجوم على دوما": Syria's)."""
    if not places or not later:
        return places
    rules = load_assembly_rules().get("cause_clauses", {})
    reach = int(rules.get("words", 3))
    for m in load_cause_openers().finditer(text, trigger[1], end):
        other = next((t for t in later if t.start >= m.end()), None)
        if other is None:
            return places
        if len(text[m.end() : other.start].split()) > reach:
            continue
        if other.event_type in load_venue_types() and event_type not in rules.get("gone_types", ()):
            return places  # "imposed a blockade after a meeting in Riyadh": decided at the gathering
        kept = [p for p in places if p.start < m.start()]
        told = {a.country for a in actors if a.end <= m.start() and a.country}
        # (a doer's own country named before, "شنت الولايات المتحدة وفرنسا غارات", is no place of the deed)
        if any(p.precision != "country" or p.country not in told for p in kept) or all(p.country in told for p in places):
            return kept
        return places
    return places
