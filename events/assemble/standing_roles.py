"""A role held as a lasting state, no deed of a day: a host told in the present or the perfect
with when the hosting began ("وتستضيف المملكة منذ مارس ... قيادة التحالف", "Qatar has hosted the
movement's office since 2013"), and a deed told as done for long ("Oman has long mediated
between Iran and the West", "have long hosted talks"): neither is a visit nor a meeting of that
time (data/assembly.json `standing_roles`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_standing_roles(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A search (folded, lower-cased) for a hosting verb of a lasting role ending where the event
    word ends; a match, from the end of the verb, of at most `words` words with no punctuation
    and the word of the onset; and a search for the words of a long time right before an event
    word."""
    rules = load_assembly_rules(path)["standing_roles"]
    since = re.compile(
        r"(?:\s+[^\s,;:.!?()،؛]+){0,"
        + str(int(rules["words"]))
        + r"}?\s+(?:"
        + alternation(rules["since"])
        + r")(?!\w)"
    )
    long = re.compile(r"(?<!\w)(?:" + alternation(rules["long"], spaced=True) + r")\s+$", re.IGNORECASE)
    hosts = re.compile(
        r"(?<![^\W\d_])[وف]?(?:" + alternation((fold_str(w).lower() for w in rules["hosts"]), spaced=True) + r")$"
    )
    return hosts, since, long


def standing_role(text: str, cand: _Candidate) -> bool:
    """Whether the event word is a hosting verb told with the onset of the hosting, or follows
    the words of a long time ("has long")."""
    hosts, since, long = load_standing_roles()
    if long.search(text, max(cand.sentence[0], cand.trigger[0] - 20), cand.trigger[0]):
        return True
    verb = fold_str(text[max(cand.sentence[0], cand.trigger[0] - 20) : cand.trigger[1]]).lower()
    return hosts.search(verb) is not None and since.match(text, cand.trigger[1], cand.sentence[1]) is not None
