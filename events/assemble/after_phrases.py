"""An English phrase of time led by a preposition ("after days of fighting", "following talks in
Doha") that ends where a second verb of the sentence's subject begins ("Houthi rebels seized
government buildings on Sunday after days of fighting, then signed a deal"): the verb is not
inside that phrase, so the phrase does not open the clause that dates it."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules

# prepositions of time that may lead a bare noun phrase as well as a clause
_PHRASE_PREPOSITIONS = frozenset({"after", "following", "before"})
# the most words such a phrase holds before the verb's joiner
_PHRASE_WORDS = 6
# a word that tells a clause of its own inside the phrase: a verb in the past, an auxiliary or a
# relative word ("after protesters stormed", "after he was arrested", "after talks that ...")
_IRREGULAR_PAST = r"broke|began|fought|took|won|fled|fell|made|led|held|met|sent|struck|shot|went|came|gave|left|set|put|cut|seized"
_VERB_INSIDE = re.compile(
    r"(?<![\w-])(?:[a-z]+ed|was|were|had|has|have|is|are|did|that|which|who|" + _IRREGULAR_PAST + r")(?![\w-])",
    re.IGNORECASE,
)
# the verb itself: a verb in the past ("signed", "met"), not a noun joined to the phrase ("and talks")
_PAST_VERB = re.compile(r"(?:[a-z]+ed|" + _IRREGULAR_PAST + r")(?![\w-])")


@lru_cache(maxsize=4)
def load_verb_joiner(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end, for the joiner of a second verb: "and" perhaps with an adverb
    of sequence, or a comma and such an adverb (data/assembly.json `second_verbs`)."""
    rules = load_assembly_rules(path).get("second_verbs", {})
    adverbs = alternation(rules.get("adverbs", ()), spaced=True)
    comma_adverbs = alternation(rules.get("comma_adverbs", ()), spaced=True)
    return re.compile(
        r"(?:,\s*)?(?:(?<![\w-])and\s+(?:(?:" + adverbs + r")\s+)?|,\s*(?:" + comma_adverbs + r")\s+)$", re.IGNORECASE
    )


def phrase_ends_before_the_verb(quote: str, opener: re.Match[str], verb_start: int) -> bool:
    """Whether the preposition `opener` leads a short noun phrase, no clause, that ends at the
    joiner of the verb starting at `verb_start` ("after days of fighting, then signed")."""
    if opener.group().strip().lower() not in _PHRASE_PREPOSITIONS or _PAST_VERB.match(quote, verb_start) is None:
        return False
    joiner = load_verb_joiner().search(quote, opener.end(), verb_start)
    if joiner is None:
        return False
    phrase = quote[opener.end() : joiner.start()]
    words = phrase.split()
    return 0 < len(words) <= _PHRASE_WORDS and _VERB_INSIDE.search(phrase) is None
