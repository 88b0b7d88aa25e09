"""What an attack is aimed at: a side named as the owner of the positions or targets struck
("غارات جوية ضد مواقع لتنظيم الدولة", "قصفها لأهداف ومواقع ميليشيات الحوثي", "ضربات جوية
استهدفت نظام الأسد") is the attacked side, never the one that struck.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import ActorMention
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_aims(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, over the folded words from an attack's word to a name, for an aim right before
    the name (data/assembly.json `aims`): a preposition of aim and a noun of a target, perhaps
    with one more noun (`prepositions`, `heads`: ضد مواقع، على مواقع ميليشيات، لأهداف), على or ضد
    and a noun of fighters (`force_prepositions`, `forces`: على قوات; "هجوم لمسلحي التنظيم" is
    the doer's), or a verb of aiming and perhaps a word (`verbs`: استهدفت نظام)."""
    rules = load_assembly_rules(path).get("aims", {})

    def alternatives(key: str) -> str:
        words = {fold_str(w) for w in rules.get(key, ())}
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"

    prepositions, heads, verbs = alternatives("prepositions"), alternatives("heads"), alternatives("verbs")
    forces, force_prepositions = alternatives("forces"), alternatives("force_prepositions")
    nouns = r"(?:ال|لل|ل)?(?:" + heads + "|" + forces + r")"
    return re.compile(
        r"(?:(?<!\S)(?:(?:" + prepositions + r")\s*(?:ال|لل)?(?:" + heads + r")|(?:" + force_prepositions + r")\s+(?:ال)?(?:" + forces + r"))"
        r"(?:\s+[وف]?" + nouns + r")?(?:\s+\S+)?"
        r"|(?<!\S)[وف]?(?:" + verbs + r")\S*(?:\s+\S+)?)\s*(?:ل|لل)?[^\w\s]*\s*$"
    )


_AIM_REACH = 60  # characters from the event word to the name searched


def _aimed_at(text: str, trigger_end: int, actor: ActorMention) -> bool:
    """Whether the name after the event word owns what the attack is aimed at."""
    if actor.start < trigger_end or actor.start - trigger_end > _AIM_REACH:
        return False
    between = fold_str(text[trigger_end : actor.start])
    if any(c in between for c in ".،,؛;:"):
        return False
    return load_aims().search(" " + between) is not None


def _split_aims(
    text: str, actors: list[ActorMention], trigger: tuple[int, int]
) -> tuple[list[ActorMention], list[ActorMention], list[ActorMention]]:
    """The sides an attack is aimed at (`_aimed_at`), the actors its doer is taken from, and the
    rest. With an aim told after the attack's word, the word is the object of a verb whose subject
    stands before it ("شنت القوات العراقية ضربات جوية ضد مواقع لتنظيم الدولة داخل الأراضي
    السورية"): the doer is among the names before the word, when there are any, and a name after
    the aim (a place, a country's adjective) is not."""
    aimed = [a for a in actors if _aimed_at(text, trigger[1], a)]
    free = [a for a in actors if a not in aimed]
    before = [a for a in free if a.end <= trigger[0]]
    if not aimed or not before:
        return aimed, free, []
    return aimed, before, [a for a in free if a not in before]
