"""An English participle of a deed before a noun of a person, after a determiner, a possessive,
a preposition or a verb in the past whose object it opens ("supporters of ousted president
Mohamed Morsi", "the jailed activist", "Egypt's deposed leader", "sentenced ousted leader Aung
San Suu Kyi"), names that person by a deed done to them before, as الرئيس المعزول
does in Arabic: it is no deed of the sentence's time. So is a participle of holding someone right
after such a noun, as its reduced relative clause ("the Bahraini dissident detained in prison
Nabeel Rajab", as "المعارض البحريني المحتجز في السجن"), unless a time of its own follows in its
clause; and so is a participle of sending forces right after their noun ("an inspection tour of
forces deployed in Sinjar", as "جولة تفقدية للقوات المنتشرة في سنجار"), and so is the present
passive ("a financier who is designated on terrorism lists", as "المدرج على قوائم الإرهاب";
"Nuaimi is convicted in ...", as "مدان في"). The deed is an event
only when the catalog knows it (the ouster of Morsi), on the catalog's date (data/assembly.json
`epithets`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import TriggerMention


@lru_cache(maxsize=4)
def load_epithet_pattern(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """A match for the person noun after the participle (perhaps after a qualifier), a search
    for the word before it that makes it an adjective, and the irregular participles."""
    rules = load_assembly_rules(path).get("epithets", {})
    qualifiers = alternation(rules.get("qualifiers", ()), spaced=True)
    persons = alternation(rules.get("persons", ()), spaced=True)
    # a nationality, or a force's name of up to three words, may stand before the qualifier or the
    # noun ("the imprisoned Turkish opposition leader", "a captured Indian Air Force pilot")
    after = re.compile(
        r"\s+(?-i:(?:[A-Z][\w-]+\s+){0,3})(?:(?:" + qualifiers + r")\s+)?(?:" + persons + r")(?![\w-])", re.IGNORECASE
    )
    openers = alternation(rules.get("before", ()), spaced=True)
    # or a verb in the past whose object it opens ("sentenced ousted leader Aung San Suu Kyi")
    before = re.compile(
        r"(?:(?<![\w-])(?:" + openers + r")|\w['’]s|(?<![\w-])(?-i:[a-z]+ed)|^|[.!?\n]\s*)\s+\Z|\A\s*\Z", re.IGNORECASE
    )
    return after, before, frozenset(w.lower() for w in rules.get("irregular", ()))


@lru_cache(maxsize=4)
def load_held_pattern(path: Path = ASSEMBLY_RULES) -> tuple[dict[str, re.Pattern[str]], re.Pattern[str], re.Pattern[str]]:
    """By event type of a participle after its noun (a person held, forces sent), a search for
    that noun (after a determiner, perhaps with up to two words between) ending right before the
    participle; a match for the preposition after it, and a search for a time word of its own."""
    rules = load_assembly_rules(path).get("epithets", {})
    openers = alternation(rules.get("before", ()), spaced=True)
    nouns: dict[str, re.Pattern[str]] = {}
    for event_type in rules.get("after_types", ()):
        words = rules.get("after_nouns", {}).get(event_type) or rules.get("persons", ())
        # a person's name set off by a comma before it ("academic Ahmad Reza Djalali, sentenced to death")
        named = r"|(?-i:[A-Z][\w.-]+),\s+\Z" if event_type not in rules.get("after_nouns", {}) else ""
        nouns[event_type] = re.compile(
            r"(?:(?<![\w-])(?:" + openers + r")|\w['’]s)\s+(?:[\w.-]+\s+){0,2}?(?:" + alternation(words, spaced=True) + r")\s+\Z"
            + named,
            re.IGNORECASE,
        )
    prepositions = re.compile(r"\s+(?:" + alternation(rules.get("after_prepositions", ()), spaced=True) + r")\s", re.IGNORECASE)
    times = re.compile(r"(?<![\w-])(?:" + alternation(rules.get("after_times", ()), spaced=True) + r")", re.IGNORECASE)
    return nouns, prepositions, times


_CLAUSE_END = re.compile(r"[,;.!?\n]")


@lru_cache(maxsize=4)
def load_present_pattern(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str]]:
    """A search for the copula of the present passive ending right before the participle ("is",
    "are also"), the event types it holds as a state, and a search for a time word of the
    clause's own ("since", "on Monday", not a bare "on")."""
    rules = load_assembly_rules(path).get("epithets", {})
    openers = alternation(rules.get("present_copulas", ()), spaced=True)
    times = alternation(rules.get("present_times", ()), spaced=True)
    return (
        re.compile(r"(?<![\w-])(?:" + openers + r")\s+\Z", re.IGNORECASE),
        frozenset(rules.get("present_types", ())),
        re.compile(r"(?<![\w-])(?:" + times + r")", re.IGNORECASE),
    )


def _standing_in_the_present(text: str, trigger: TriggerMention) -> bool:
    """Whether the participle is a simple present passive ("a financier who is designated on
    terrorism lists", "Nuaimi is convicted in some of the worst atrocities", "US troops are
    deployed in Syria"), a state of its subject, with no time of its own in its clause."""
    opener, types, times = load_present_pattern()
    if trigger.event_type not in types or opener.search(text[max(0, trigger.start - 30) : trigger.start]) is None:
        return False
    end = _CLAUSE_END.search(text, trigger.end)
    return times.search(text[trigger.end : end.start() if end else len(text)]) is None


def _held_after_the_noun(text: str, trigger: TriggerMention) -> bool:
    """Whether a participle of holding stands right after a noun of a person, or one of sending
    forces after a noun of forces, as its reduced relative clause ("the dissident detained in
    prison", "the forces deployed in Sinjar"), with no time of its own in it."""
    nouns, prepositions, times = load_held_pattern()
    noun = nouns.get(trigger.event_type)
    if noun is None or prepositions.match(text, trigger.end) is None:
        return False
    if noun.search(text[max(0, trigger.start - 60) : trigger.start]) is None:
        return False
    end = _CLAUSE_END.search(text, trigger.end)
    clause = text[trigger.end : end.start() if end else len(text)]
    return times.search(clause) is None


def is_epithet(text: str, trigger: TriggerMention) -> bool:
    """Whether an English one-word event word in -ed (or an irregular participle) stands before
    a noun of a person, right after a determiner, a possessive or a preposition, or, holding
    someone, right after such a noun (above)."""
    word = trigger.text.strip()
    if not word.isascii() or " " in word:
        return False
    lowered = word.lower()
    after, before, irregular = load_epithet_pattern()
    if not (lowered.endswith("ed") or lowered in irregular):
        return False
    if after.match(text, trigger.end) is None:
        return _held_after_the_noun(text, trigger) or _standing_in_the_present(text, trigger)
    start = max(0, trigger.start - 40)
    return before.search(text[start : trigger.start]) is not None


@lru_cache(maxsize=4)
def load_arabic_epithets(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A search for an Arabic participle of holding or sentencing with the article ending right
    before an event word (or opening it), with و perhaps on it, and a search for a time word of
    its own clause (data/assembly.json `epithets.ar_participles`, `epithets.ar_times`)."""
    rules = load_assembly_rules(path).get("epithets", {})
    participles = alternation(rules.get("ar_participles", ()), spaced=True)
    times = alternation(rules.get("ar_times", ()), spaced=True)
    return (
        re.compile(r"(?<!\S)[وف]?(?:" + participles + r")(?:\s+|\Z)"),
        re.compile(r"(?<![^\s\d])[وفب]?(?:" + times + r")(?!\S)|\d"),
    )


_AR_CLAUSE_END = re.compile(r"[,،;؛.!?؟\n]")


def is_arabic_epithet(text: str, trigger: TriggerMention) -> bool:
    """Whether an Arabic event word of an arrest is, or follows right after, a participle of
    holding or sentencing with the article (الأكاديمي أحمد رضا جلالي المحكوم عليه بالإعدام، زعيم
    المعارضة المعتقل), with no time of its own in its clause after it: the standing state of the
    person it describes, as "the jailed opposition leader" is."""
    if trigger.event_type != "arrest":
        return False
    participle, times = load_arabic_epithets()
    lo = max(0, trigger.start - 30)
    before = participle.search(text, lo, trigger.start)
    own = participle.match(text, trigger.start)
    if own is None and (before is None or before.end() != trigger.start):
        return False
    end = _AR_CLAUSE_END.search(text, trigger.start)
    clause = text[trigger.start : end.start() if end else len(text)]
    return times.search(clause) is None
