"""An English clause opened by a relative word of place ("killed in Tehran, where he had
attended the inauguration the day before") tells what else happened at the place the
sentence names: a setting of the sentence's own event, which it does not outrank."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _CLAUSE_BREAK, _Candidate
from events.text.normalize import is_arabic


@lru_cache(maxsize=4)
def load_place_relatives(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a relative word of place after a comma, or right after a noun with none
    ("toured the temple where militants massacred tourists": a clause that tells the place by
    another deed) (data/assembly.json `place_relatives`)."""
    rules = load_assembly_rules(path)
    words = alternation(rules.get("place_relatives", ()), spaced=True)
    # (not after a noun of a degree, a stage or a time: "to the point where" names no place)
    abstract = "".join(r"(?<!\b" + re.escape(w) + ")" for w in rules.get("place_relatives_not_after", ()))
    return re.compile(r"(?:,\s*|(?<=[^\W\d_])" + abstract + r"\s+)(?:" + words + r")(?![\w-])", re.IGNORECASE)


def _in_a_place_clause(text: str, cand: _Candidate) -> bool:
    """Whether the event word stands in a clause opened by a relative word of place (after a
    comma, or right after a noun of no degree or time), no other clause break between them, and
    the sentence has words before it."""
    start = cand.sentence[0]
    opener = None
    for m in load_place_relatives().finditer(text, start, cand.trigger[0]):
        opener = m
    if opener is None or opener.start() == start:
        return False
    return _CLAUSE_BREAK.search(text, opener.end(), cand.trigger[0]) is None


@lru_cache(maxsize=4)
def load_place_relatives_ar(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end of the searched text, for an Arabic relative clause of place
    opened before the event word (data/assembly.json `place_relatives_ar`): a relative, then at
    most `words` words ending on a word of `back` (نفذت فيها), or a verb of `verbs` (شهدت) right
    after the relative; then at most `after` words more up to the event word."""
    rules = load_assembly_rules(path).get("place_relatives_ar", {})
    relatives = alternation(rules.get("relatives", ()), spaced=True)
    back = alternation(rules.get("back", ()), spaced=True)
    verbs = alternation(rules.get("verbs", ()), spaced=True)
    n, after = int(rules.get("words", 0)), int(rules.get("after", 0))
    word = r"[^\s،,.;؛:()]+"
    return re.compile(
        r"(?<!\S)(?:" + relatives + r")\s+(?:(?:" + word + r"\s+){0," + str(n) + r"}(?:" + back + r")|(?:" + verbs + r"))"
        r"(?:\s+" + word + r"){0," + str(after) + r"}\s*[\"«“]?\s*$"
    )


def in_an_arabic_place_clause(text: str, cand: _Candidate) -> bool:
    """Whether the Arabic event word (or catalogued name) stands in a relative clause of place
    opened a few words before it in its clause ("المناطق التي نفذت فيها تركيا عمليتها المسماة
    درع الفرات"), the sentence having words before the clause."""
    start = cand.trigger[0]
    if not is_arabic(text[start : cand.trigger[1]]):
        return False
    lo = max(cand.sentence[0], start - 120)
    m = load_place_relatives_ar().search(text, lo, start)
    return m is not None and m.start() > cand.sentence[0] and _CLAUSE_BREAK.search(text, m.start(), start) is None
