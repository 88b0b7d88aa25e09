"""The one who reports an armed deed is no party of it when the report names its own side: in
"أعلن التحالف العربي، الجمعة، أن الدفاع الجوي السعودي تمكن من رصد صاروخين باليستيين أطلقا باتجاه
نجران", the coalition tells of the missiles; the Saudi air defence, named in what it said, is the
side the deed touched. The reporter is the subject of an Arabic verb of telling (`reporters` of
data/assembly.json) named between that verb and أن / إن; the report names its own side when a
name with a country that no preposition marks stands after أن and before the event word."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _is_target
from events.model import ActorMention
from events.text.normalize import fold_str

_REACH = 200  # characters before the event word within which the verb of telling stands


@lru_cache(maxsize=4)
def load_reporters(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a verb of telling (`verbs`, و or ف before it), the words of its subject with
    no full stop, and the word that opens what it told (`that`)."""
    rules = load_assembly_rules(path).get("reporters", {})
    verbs = alternation(fold_str(w) for w in rules.get("verbs", ()))
    that = alternation(fold_str(w) for w in rules.get("that", ()))
    return re.compile(r"(?<!\w)[وف]?(?P<verb>" + verbs + r")(?!\w)(?P<subject>[^.!?؟:\"«»]{1,120}?)(?<!\w)(?:" + that + r")(?!\w)")


def without_reporters(text: str, actors: list[ActorMention], trigger_start: int, start: int) -> list[ActorMention]:
    """`actors` without the reporter of the deed, when what it told names a side of its own
    before the event word (offsets are kept: the folding keeps Arabic text's length)."""
    lo = max(start, trigger_start - _REACH)
    window = fold_str(text[lo:trigger_start])
    if len(window) != trigger_start - lo:
        return actors
    found = list(load_reporters().finditer(window))
    if not found:
        return actors
    m = found[-1]
    said_from, subject = lo + m.end(), (lo + m.start("subject"), lo + m.end("subject"))
    reporters = [a for a in actors if subject[0] <= a.start and a.end <= subject[1]]
    own = [a for a in actors if said_from <= a.start and a.end <= trigger_start and a.country and not _is_target(text, a)]
    if not reporters or not own:
        return actors
    return [a for a in actors if a not in reporters]
