"""An agreement whose object is ties restored ("agreed last month to reopen embassies",
"اتفقت السعودية وسوريا على إعادة فتح السفارتين", by a verb in the past, or by the noun of agreeing
right before the link: "أعلنتا اتفاقهما على استئناف العلاقات"): the deed agreed is the restoration, told by
its own word, and the word of agreeing tells no second event (`settled_links` of
data/assembly.json: the words that join the two, to, على)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import TriggerMention
from events.text.lazy import LazyPattern

_REACH = 50  # characters between the word of agreeing and the word of the restoration
_BREAK = LazyPattern(r"[,.;:،؛]")


@lru_cache(maxsize=4)
def load_settled_links(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A link word (`settled_links`) right before the end of the searched span."""
    words = load_assembly_rules(path).get("settled_links", ())
    return re.compile(r"(?<![^\W\d_])(?:" + alternation(words) + r")\s+$")


def agreed_restoration(text: str, t: TriggerMention, triggers: Sequence[TriggerMention]) -> bool:
    """Whether the agreement word `t`, a verb in the past or a noun of agreeing, has for its
    object an asserted restoration of ties named a few words after it, in its clause, after a
    link word."""
    if t.event_type != "agreement" or t.tense not in ("past", ""):
        return False
    for r in triggers:
        if r.event_type == "relations" and r.modality == "asserted" and t.end <= r.start <= t.end + _REACH:
            between = text[t.end : r.start]
            if _BREAK.search(between) or load_settled_links().search(between) is None:
                continue
            # a noun of agreeing takes the link right after it ("اتفاقهما على استئناف العلاقات",
            # "the agreement to restore ties"); with other words between ("reached an agreement
            # that ...") it names a deal of its own; with a preposition on it, another word's object
            if t.tense == "past" or (_LINK_ONLY.match(between) and not _GOVERNED.match(t.text)):
                return True
    return False


# a noun with a preposition on it is the object of another word ("رحبت مصر بالاتفاق على ..."):
# that word's, not the news of the restoration
_GOVERNED = LazyPattern(r"[وف]?[بلك]ال")


# nothing but a link word between a noun of agreeing and the restoration
_LINK_ONLY = LazyPattern(r"\s*\S+\s+$")
