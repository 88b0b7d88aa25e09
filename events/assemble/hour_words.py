"""An hour of the day told after a word of before or after: "struck before dawn on Saturday",
"قصفت الطائرات بعد ظهر أمس" give the time of the clause's own deed, with its day. The word
opens no clause of another event, so the day after it still dates the deed. So does "that"
before a noun of a time ("sent troops that same month"): it points at a time told before. So
does "before" right before a body or an audience ("sworn in before parliament on December 20"):
a place, in front of whom the deed is done."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_hours_after_subordinators(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str]]:
    """assembly.json `hours_after_subordinators`: the words of before and after (folded) and a
    match, from right after one, of an hour of the day as a whole word."""
    rules = load_assembly_rules(path).get("hours_after_subordinators", {})
    words = frozenset(fold_str(w).lower() for w in rules.get("subordinators", ()))
    hours = re.compile(r"\s+(?:" + alternation(rules.get("hours", ()), spaced=True) + r")(?!\w)", re.IGNORECASE)
    return words, hours


def tells_an_hour(quote: str, m: re.Match[str]) -> bool:
    """Whether the subordinator `m` in `quote` is a word of before or after followed by an hour
    of the day ("before dawn", "قبيل فجر", "بعد ظهر"): part of a time expression."""
    words, hours = load_hours_after_subordinators()
    word = fold_str(m.group().strip().lstrip("\"'«“(")).lower()
    if word not in words and not (word[:1] in ("و", "ف") and word[1:] in words):
        return False
    return hours.match(quote, m.end()) is not None


@lru_cache(maxsize=4)
def load_time_determiners(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str]]:
    """assembly.json `time_determiners`: the words (lower case) and a match, from right after
    one, of a noun of a time as a whole word."""
    rules = load_assembly_rules(path).get("time_determiners", {})
    words = frozenset(w.lower() for w in rules.get("words", ()))
    times = re.compile(
        r"\s+(?:(?i:" + alternation(rules.get("times", ()), spaced=True) + r")|" + alternation(rules.get("months", ()), spaced=True) + r")(?!\w)"
    )
    return words, times


@lru_cache(maxsize=4)
def load_demonstrative_prepositions(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end, for a preposition right before "that" (assembly.json
    `time_determiners.prepositions`)."""
    words = load_assembly_rules(path).get("time_determiners", {}).get("prepositions", ())
    return re.compile(r"(?<![\w-])(?:" + alternation(words, spaced=True) + r")\s*$", re.IGNORECASE)


def demonstrative_that(quote: str, m: re.Match[str]) -> bool:
    """Whether the subordinator `m` is "that" right after a preposition ("resigned from that post
    in 1992"): a demonstrative of the clause's own noun, no clause of another deed."""
    words, _ = load_time_determiners()
    start = m.start() + (len(m.group()) - len(m.group().lstrip()))
    if m.group().strip().lower() not in words:
        return False
    before = load_demonstrative_prepositions().search(quote, max(0, start - 12), start)
    if before is None:
        return False
    # "significant in that security forces killed ...": a clause joined, not a demonstrative
    return not (before.group().strip().lower() in load_joining_prepositions() and _CLAUSE_AFTER.match(quote, m.end()))


@lru_cache(maxsize=4)
def load_joining_prepositions(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The prepositions whose "that" may join a clause (`time_determiners.joining_prepositions`)."""
    return frozenset(w.lower() for w in load_assembly_rules(path).get("time_determiners", {}).get("joining_prepositions", ()))


# a clause after "that": at most three words, then a verb in the past or an auxiliary, no punctuation between
_CLAUSE_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:[a-z]+ed|was|were|had|has|have|is|are|did|does|do|will|would|could)(?![\w-])")


def determines_a_time(quote: str, m: re.Match[str]) -> bool:
    """Whether the subordinator `m` in `quote` is "that" before a noun of a time ("that same
    month", "that night"): part of a time expression, no clause of another deed."""
    words, times = load_time_determiners()
    return m.group().strip().lstrip("\"'«“(").lower() in words and times.match(quote, m.end()) is not None


@lru_cache(maxsize=4)
def load_audiences_before(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str]]:
    """assembly.json `audiences_before`: the words (lower case) and a match, from right after
    one, of a body or an audience (perhaps after a determiner and up to three capitalised words or
    modifiers) followed by punctuation or a preposition."""
    rules = load_assembly_rules(path).get("audiences_before", {})
    words = frozenset(w.lower() for w in rules.get("words", ()))
    determiners = alternation(rules.get("determiners", ()), spaced=True)
    followers = "|".join(
        re.escape(f) if not f[:1].isalpha() else r"\s+" + re.escape(f) + r"(?!\w)" for f in rules.get("followers", ())
    )
    modifier = r"(?:[A-Z][\w'-]*|(?i:" + alternation(rules.get("modifiers", ()), spaced=True) + r"))\s+"
    nouns = alternation(rules.get("nouns", ()), spaced=True)
    audience = re.compile(
        r"\s+(?:(?i:" + determiners + r")\s+)?(?:" + modifier + r"){0,3}?(?i:" + nouns + r")(?:" + followers + r"|\s*$)"
    )
    return words, audience


def faces_an_audience(quote: str, m: re.Match[str]) -> bool:
    """Whether the subordinator `m` in `quote` is "before" in front of a body or an audience
    ("sworn in before parliament on December 20", "took the oath before the chamber, in
    September 2005"): a place of the clause's own deed, no clause of another deed."""
    words, audience = load_audiences_before()
    return m.group().strip().lstrip("\"'«“(").lower() in words and audience.match(quote, m.end()) is not None
