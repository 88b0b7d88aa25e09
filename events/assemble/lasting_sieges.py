"""A siege told as lasting since a time ("ومنذ 2013، تفرض قوات النظام حصارا محكما على
الغوطة", "وتحاصر البلدة منذ نهاية العام الماضي مليشيا", "government forces have besieged
the town since 2016") is a blockade in force, whoever imposes it: a sanction (CAMEO 191
among the measures that restrict movement), not an assault. A siege of a few hours in a
fight ("انسحبت القوات بعد حصار دام لعدة ساعات") has no such onset and stays an attack.

data/assembly.json `lasting_sieges`: the trigger words of type `from` and of one of
`cameos` are of type `to` when one of `since` stands in their sentence within `words`
words after them with no punctuation between, or within `words` words before them (a
comma may close the time it opens)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import TriggerMention


@lru_cache(maxsize=4)
def load_lasting_sieges(path: Path = ASSEMBLY_RULES) -> tuple[str, str, frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The type read, the type given, the cameos, a match of `since` after the event word and
    a search for `since` opening the stretch before it (data/assembly.json `lasting_sieges`)."""
    rules = load_assembly_rules(path).get("lasting_sieges", {})
    since = alternation(rules.get("since", ()), spaced=True) or "(?!)"
    words = int(rules.get("words", 6))
    after = re.compile(r"(?:\s+[^\s,،;؛:.!?؟()]+){0," + str(words) + r"}?\s+[وف]?(?:" + since + r")(?![^\W\d_])", re.IGNORECASE)
    before = re.compile(
        r"(?<![^\W\d_])[وف]?(?:" + since + r")(?![^\W\d_])(?:[,،]?\s+[^\s,،;؛:.!?؟()]+){1," + str(words) + r"}[,،]?\s*$",
        re.IGNORECASE,
    )
    return rules.get("from", ""), rules.get("to", ""), frozenset(rules.get("cameos", ())), after, before


def sieges_in_force(text: str, triggers: Sequence[TriggerMention], sentences: Sequence[tuple[int, int]]) -> list[TriggerMention]:
    """`triggers`, a siege told as lasting since a time given the type of a blockade."""
    source, target, cameos, after, before = load_lasting_sieges()
    if not source or not target:
        return list(triggers)
    out = []
    for t in triggers:
        if t.event_type == source and t.cameo in cameos:
            sentence = next(((s, e) for s, e in sentences if s <= t.start < e), None)
            if sentence is not None:
                s, e = sentence
                if after.match(text[:e], t.end) is not None or before.search(text[s : t.start]) is not None:
                    t = replace(t, event_type=target)
        out.append(t)
    return out
