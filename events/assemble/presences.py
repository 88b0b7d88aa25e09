"""A state named as the owner of its presence on another's ground, an embassy, a consulate, a
cultural centre or a military base ("تجمع محتجون أمام السفارة الفرنسية في العاصمة"، "the French
embassy", "the embassy of France"), is a foreign state seen from the land the article tells of:
such names do not make the article about that state, however often they come back
(`foreign_presences` of data/assembly.json)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import Mentions
from events.assemble.word_gates import may_name
from events.model import ActorMention, PlaceMention
from events.text.gates import anchor_words

_REACH = 40  # characters before a name searched for the noun of presence


@lru_cache(maxsize=4)
def load_presences(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(an Arabic noun of presence, perhaps one adjective, or an English noun of presence and
    "of", ending where the name starts; an English possessive or adjective's noun of presence
    right after the name)."""
    rules = load_assembly_rules(path).get("foreign_presences", {})
    between = alternation(rules.get("ar_between", ()))
    before = re.compile(
        r"(?<!\S)[وف]?[بل]?(?:"
        + alternation(rules.get("ar_nouns", ()), spaced=True)
        + r")(?:\s+(?:"
        + between
        + r"))?\s+$"
        + r"|(?<![\w-])(?:"
        + alternation(rules.get("en_before", ()), spaced=True)
        + r")\s+$",
        re.IGNORECASE,
    )
    after = re.compile(
        r"(?:['’]s)?\s+(?:(?:"
        + alternation(rules.get("en_between", ()))
        + r")\s+)?(?:"
        + alternation(rules.get("en_after", ()), spaced=True)
        + r")(?![\w-])",
        re.IGNORECASE,
    )
    return before, after


@lru_cache(maxsize=4)
def _presence_anchors(path: Path = ASSEMBLY_RULES) -> tuple[tuple[str, ...], ...]:
    """The words of each noun of presence, Arabic or English, before or after the name
    (`foreign_presences`): a name owns a presence only in an article that holds one of them."""
    rules = load_assembly_rules(path).get("foreign_presences", {})
    return anchor_words([*rules.get("ar_nouns", ()), *rules.get("en_before", ()), *rules.get("en_after", ())])


def a_presence_owner(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`-`end` names the owner of a presence abroad (see the module)."""
    before, after = load_presences()
    return before.search(text, max(0, start - _REACH), start) is not None or after.match(text, end) is not None


def without_presence_owners(text: str, mentions: Mentions) -> Mentions:
    """`mentions` without the country names that own a presence abroad, for finding the country
    the article is about."""
    if not may_name(text, _presence_anchors()):
        return mentions  # most articles name no embassy, consulate or base: no owner to look for
    actors: list[ActorMention] = [a for a in mentions.actors if not (a.country and a_presence_owner(text, a.start, a.end))]
    places: list[PlaceMention] = [p for p in mentions.places if not (p.country and a_presence_owner(text, p.start, p.end))]
    if len(actors) == len(mentions.actors) and len(places) == len(mentions.places):
        return mentions
    return replace(mentions, actors=actors, places=places)


def owner_as_no_doer(
    text: str, initiator: list[ActorMention], others: list[ActorMention]
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The initiator and the other sides, with a state named only as the owner of its presence
    abroad ("وقفة احتجاجية أمام مقر القنصلية السعودية في إسطنبول", "a protest in front of the Saudi
    consulate in Istanbul", "نقل السفارة الأمريكية إلى القدس") no doer: a building tells where, or
    what a deed is about, and never who did it; it stays a side after the others."""
    if not initiator or not initiator[0].country or initiator[0].kind != "country":
        return initiator, others
    if not a_presence_owner(text, initiator[0].start, initiator[0].end):
        return initiator, others
    return [], [*others, initiator[0]]
