"""Countries a sentence names only as a party of something else than where its event took place.

When the sentence names no place of its own, the event's place is read from the roles of its
parties (`places._role_country`). Some names of a country are parties of no deed that could be
placed there: a government that acts or speaks in a clause after the event word's ("Maduro's
re-election ... has been recognised by the United States", "واعترفت بها روسيا"), and the
nationality of an envoy, who serves abroad ("the junta expelled the French ambassador", "طردت
السلطات السفير الفرنسي"). Such a name is left out of the roles, and its country out of the last
fallback to any country of the event: the place is then another party's, or none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.qualifying_names import qualifies_a_noun
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _locative
from events.model import ActorMention, PlaceMention
from events.text.gates import gated_compile
from events.text.normalize import fold_str

_REACH = 40  # characters before an Arabic name searched for the envoy's noun


@lru_cache(maxsize=4)
def load_envoy_nationalities(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A search for an envoy's noun right after an English nationality ("French ambassador") and
    one for an Arabic envoy's noun, with its article, right before a name ("السفير الفرنسي"):
    the nouns of data/assembly.json `envoy_posts`."""
    rules = load_assembly_rules(path).get("envoy_posts", {})
    english = gated_compile(r"\s+(?:" + alternation(rules.get("en_nouns", ())) + r")(?![^\W\d_])", re.IGNORECASE)
    arabic = gated_compile(
        r"(?<![^\W\d_])[وفبل]?(?:ال|لل)(?:" + alternation(rules.get("ar_nouns", ())) + r")\s+$", re.IGNORECASE
    )
    return english, arabic


def names_an_envoy(text: str, actor: ActorMention) -> bool:
    """Whether the name is the nationality of an envoy: right before his noun in English ("the
    French ambassador, Joel Meyer"), right after it in Arabic ("السفير الفرنسي")."""
    english, arabic = load_envoy_nationalities()
    if english.match(text, actor.end) is not None:
        return True
    return arabic.search(text, max(0, actor.start - _REACH), actor.start) is not None


def acts_in_a_later_clause(
    text: str, actor: ActorMention, clause: tuple[int, int], places: Sequence[PlaceMention]
) -> bool:
    """Whether a country's name (one of `places`, not an adjective of nationality) stands for a
    government in a clause after the event word's ("has been recognised by the United States",
    "بعد أن قاطعتها المعارضة، واعترفت بها روسيا"), unless a preposition or a noun of places makes
    it a place ("in Syria"), ب is on it, or it qualifies a noun ("as Venezuela's leader")."""
    if actor.kind != "country" or actor.start < clause[1]:
        return False
    name = next((p for p in places if p.precision == "country" and (p.start, p.end) == (actor.start, actor.end)), None)
    return (
        name is not None
        and not _locative(text, name)
        and not fold_str(name.text).startswith(("ب", "وب", "فب"))
        and not qualifies_a_noun(text, name)
    )


def named_only_as_party(
    text: str, actor: ActorMention, clause: tuple[int, int], places: Sequence[PlaceMention]
) -> bool:
    """Whether the actor's name is a party of no deed the event's place could be read from."""
    return acts_in_a_later_clause(text, actor, clause, places) or names_an_envoy(text, actor)


def without_bare_parties(
    text: str, actors: Sequence[ActorMention], clause: tuple[int, int], places: Sequence[PlaceMention]
) -> tuple[list[ActorMention], frozenset[str]]:
    """The actors whose roles may place the event, and the countries named only as such parties
    (not also the country of a kept actor), which no fallback takes as the place; `places` are
    the places of the sentence."""
    kept = [a for a in actors if not named_only_as_party(text, a, clause, places)]
    dropped = {a.country for a in actors if a.country} - {a.country for a in kept if a.country}
    return kept, frozenset(dropped)


@lru_cache(maxsize=4)
def load_speaker_verbs(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A match, after an English name, of a verb of saying, perhaps after a clause of `which` or
    `who` set off by commas; and a search, before an Arabic name, of a verb of saying right before
    it (data/assembly.json `speaker_verbs`)."""
    rules = load_assembly_rules(path).get("speaker_verbs", {})
    english = gated_compile(
        r"(?:\s*,\s*(?:which|who)\b[^,.;]{0,200},)?\s+(?:" + alternation(rules.get("en", ())) + r")(?![^\W\d_])",
        re.IGNORECASE,
    )
    arabic = gated_compile(r"(?<![^\W\d_])(?:" + alternation(rules.get("ar", ())) + r")\s+$")
    return english, arabic


def names_a_speaker(text: str, place: PlaceMention) -> bool:
    """Whether the name is the subject of a verb of saying: before it in English ("The United States,
    which accuses Russia of sending troops, said"), right after it in Arabic ("وقالت الولايات المتحدة")."""
    english, arabic = load_speaker_verbs()
    if english.match(text, place.end) is not None:
        return True
    return arabic.search(text, max(0, place.start - _REACH), place.start) is not None


def without_speaker_places(
    text: str, places: list[PlaceMention], initiator: Sequence[ActorMention]
) -> list[PlaceMention]:
    """`places` without a country named as a speaker that tells of the doing of a doer of another
    country ("The United States, which accuses Russia of sending troops, said it had evidence":
    not in the United States); a speaker that tells of its own doing ("Turkey said it had deployed
    troops") stays, and so does every name when no doer of a country is known."""
    doers = {a.country for a in initiator if a.country}
    if not doers:
        return places
    return [p for p in places if not (p.precision == "country" and p.country not in doers and names_a_speaker(text, p))]
