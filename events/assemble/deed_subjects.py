"""An event noun that is the subject of a verb in the past telling an event of another type
("mass protests forced out the ruler", "the uprising that toppled Mubarak", "أطاحت الاحتجاجات
بالرئيس", "الاحتجاجات التي أجبرت الرئيس على التنحي"): the noun's deed brought the verb's about,
and both took place. Neither is the circumstance of the other, so each is an event of its
own in the one clause (data/assembly.json `deed_subjects`). An indefinite Arabic noun takes its
relative clause with no relative word («احتجاجات كانون الثاني/يناير 2011 أطاحت بالرئيس»), the
verb right after the rest of the noun's phrase."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.text.normalize import is_arabic


@lru_cache(maxsize=4)
def load_deed_subjects(
    path: Path = ASSEMBLY_RULES,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """Full matches of the words between a subject noun and its verb: in English (nothing, one
    adverb in -ly, a few words opened by a preposition that qualify the noun, or a relative
    word closing a few words), in Arabic (a relative word right
    after the noun, before a verb with no object pronoun on it); of what may stand between an
    Arabic verb and its subject (only space); and the English nouns of people who protest."""
    rules = load_assembly_rules(path).get("deed_subjects", {})
    words = int(rules.get("words", 0))
    en = alternation(rules.get("en_relatives", ()))
    ar = alternation(rules.get("ar_relatives", ()))
    preps = alternation(rules.get("en_prepositions", ()))
    # a word of the noun's phrase: no word that opens another clause ("after Turkey deployed")
    # nor a verb in the past in -ed ("the siege of the capital collapsed in June")
    stops = alternation(rules.get("en_clause_openers", ()))
    word = r"\s+(?!(?:" + stops + r")(?![\w-]))(?![a-z]+ed(?![\w-]))[^\s,;:()]+"
    between_en = re.compile(
        r"\s+(?:[a-z]+ly\s+)?"
        r"|\s+(?:" + preps + r")(?:" + word + r"){1," + str(words) + r"}?\s+"
        r"|(?:" + word + r"){0," + str(words) + r"}?\s+(?:" + en + r")\s+"
    )
    between_ar = re.compile(r"\s+(?:" + ar + r")\s+")
    verb_first = re.compile(r"\s+")
    people = frozenset(w.lower() for w in rules.get("en_people", ()))
    return between_en, between_ar, verb_first, people


@lru_cache(maxsize=4)
def load_subject_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The types of an event noun whose deed brings about another deed apart from it
    (data/assembly.json `deed_subjects.subject_types`: protests forced out the ruler; not an
    offensive that toppled him, which did the toppling itself)."""
    return frozenset(load_assembly_rules(path).get("deed_subjects", {}).get("subject_types", ()))


_YEAR_BEFORE = re.compile(r"(?<!\d)\d{4}(?:'s)?\s+(?:[\w-]+\s+)?$")  # "the 2011 uprising", "the 1985 popular uprising"
_OBJECT_PRONOUN = re.compile(r"(?:ه|ها|هم|هما|هن)$")  # "الذي وقعه": the noun is the verb's object
# a definite Arabic noun: the article, perhaps after a proclitic ("الاحتجاجات", "بالتظاهرات")
_DEFINITE_AR = re.compile(r"(?:[وفبلك]|وب|وك|ول|فب)?ال")
# what stands between an indefinite noun and the verb of its relative clause: the rest of the
# noun's phrase, up to `_ASYNDETIC_WORDS` words with no punctuation ("شعبية", "كانون الثاني/يناير
# 2011"), none a relative word or a conjunction that would open another clause
_ASYNDETIC_WORDS = 4
_ASYNDETIC_AR = re.compile(
    r"(?:\s+(?!(?:التي|الذي|الذين|و|ثم|لكن|بعد|قبل|حين|عندما)\s)[^\s،,.:؛;()\"«»]+){0,"
    + str(_ASYNDETIC_WORDS)
    + r"}\s+"
)


def brought_about_by_its_subject(
    text: str, cand: _Candidate, other: _Candidate, group: Sequence[_Candidate] = ()
) -> bool:
    """Whether, of two event words of one sentence and of two types, one is a verb in the past
    whose subject is the other, an event noun of a type that brings about deeds apart from it
    (`load_subject_types`): the noun told before the verb, or, in Arabic,
    right after it, with no other event word of the sentence (`group`) between them ("an
    assassination in Tunisia since the 2011 uprising that toppled Ben Ali": the uprising did)."""
    if cand.event_type == other.event_type or cand.reference_id is not None or other.reference_id is not None:
        return False
    earlier, later = sorted((cand, other), key=lambda c: c.trigger[0])
    if earlier.trigger[1] > later.trigger[0]:
        return False
    if any(earlier.trigger[1] <= d.trigger[0] and d.trigger[1] <= later.trigger[0] for d in group):
        return False
    between_en, between_ar, verb_first, people = load_deed_subjects()
    lo, hi = earlier.trigger[1], later.trigger[0]
    if not is_arabic(later.trigger_text):
        return (
            earlier.event_type in load_subject_types()
            and later.tense == "past"
            and earlier.tense != "past"
            and not is_arabic(earlier.trigger_text)
            and earlier.trigger_text.lower() not in people
            and _YEAR_BEFORE.search(text, max(0, earlier.trigger[0] - 30), earlier.trigger[0]) is None
            and between_en.fullmatch(text, lo, hi) is not None
        )
    if (
        earlier.event_type in load_subject_types()
        and later.tense == "past"
        and not earlier.tense
        and between_ar.fullmatch(text, lo, hi) is not None
        and _OBJECT_PRONOUN.search(later.trigger_text) is None
    ):
        return True  # "الاحتجاجات التي أطاحت بالرئيس"
    if (
        earlier.event_type in load_subject_types()
        and later.tense == "past"
        and not earlier.tense
        and _DEFINITE_AR.match(earlier.trigger_text) is None
        and _ASYNDETIC_AR.fullmatch(text, lo, hi) is not None
        and _OBJECT_PRONOUN.search(later.trigger_text) is None
    ):
        # "احتجاجات كانون الثاني/يناير 2011 أطاحت بالرئيس": an indefinite noun takes its
        # relative clause with no relative word; its verb follows the noun's own phrase
        return True
    # "أطاحت الاحتجاجات بالرئيس": the verb, then its subject with the article
    return (
        later.event_type in load_subject_types()
        and earlier.tense == "past"
        and not later.tense
        and later.definite
        and verb_first.fullmatch(text, lo, hi) is not None
    )
