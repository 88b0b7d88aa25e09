"""A report's later sentence that takes up, by a definite noun, the thing its first sentence
told of ("أصدر الملك أمس الأربعاء أوامر ملكية ... كما قضت الأوامر بتعيين ...", "The two
ministries issued a joint statement on Tuesday ... The statement said Egypt had named ..."):
the orders, the statement, the deal are the lead's, issued on the lead's day, and a deed they
tell (an appointment they make, what the deal holds) with no time of its own is of that day,
whatever the tense or the saying of its sentence.

The noun must be one of `taken_up.nouns` (data/assembly.json: a document, a deal, a gathering)
and the first sentence must name it too; no word that sets the deed at another time
(`taken_up.other_time`: after, before, will; بعد، قبل، سوف) may stand between the noun and the
deed. The day itself is given by `lead_days.dated_by_the_lead`: the one day the first sentence
names, recent, in a sentence that names no other time."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.text.gates import case_blind_text
from events.text.lazy import LazyPattern

_ARABIC_WORD = LazyPattern(r"[\u0621-\u064A]+")
_PROCLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=4)
def _rules(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str], frozenset[str], frozenset[str], re.Pattern[str]]:
    rules = load_assembly_rules(path).get("taken_up", {})
    en = rules.get("nouns_en", ())
    ar = frozenset(rules.get("nouns_ar", ()))
    noun_en = re.compile(
        r"(?<![\w'])the\s+(?:[a-z][\w-]*\s+)?(" + alternation(en) + r")s?(?![\w'])", re.IGNORECASE
    )
    other_en = re.compile(r"(?<![\w'])(?:" + alternation(rules.get("other_time_en", ()), spaced=True) + r")(?![\w'])", re.IGNORECASE)
    return frozenset(w.lower() for w in en), noun_en, ar, frozenset(rules.get("other_time_ar", ())), other_en


def _stems(word: str) -> set[str]:
    """The Arabic `word` without its proclitics and article: لاتفاق, بالاتفاق, الاتفاق → اتفاق."""
    forms = {word}
    for p in _PROCLITICS:
        if word.startswith(p) and len(word) > len(p) + 2:
            forms.add(word[len(p) :])
    out = set(forms)
    for f in forms:
        if f.startswith("ال") and len(f) > 4:
            out.add(f[2:])
        elif f.startswith("ل") and len(f) > 4:  # للاتفاق
            out.add(f[1:])
    return out


def _definite_stem(word: str, nouns: frozenset[str]) -> str | None:
    """The noun of `nouns` that the Arabic `word` is, with the article (الأوامر, بالاتفاق)."""
    if "ال" not in word[:4] and not word.startswith("لل"):
        return None  # no article after at most two proclitics
    for p in ("", *_PROCLITICS):
        rest = word[len(p) :] if word.startswith(p) else None
        if rest is None:
            continue
        if rest.startswith("ال") and rest[2:] in nouns:
            return rest[2:]
        if p == "ل" and rest.startswith("ل") and rest[1:] in nouns:  # للاتفاق
            return rest[1:]
    return None


@lru_cache(maxsize=2)
def _lead_nouns(opening: str) -> frozenset[str]:
    """The nouns of `taken_up.nouns_ar` that are the stem (`_stems`) of an Arabic word of the
    first sentence `opening`: read for each later sentence and candidate of one article, found
    once. A stem ends its word, so only the words that end with one of the nouns are read."""
    nouns = _rules()[2]
    ends = tuple(noun for noun in nouns if noun in opening)
    if not ends:
        return frozenset()
    words = (w.group() for w in _ARABIC_WORD.finditer(opening))
    return frozenset(set().union(*(_stems(word) for word in words if word.endswith(ends)))) & nouns


@lru_cache(maxsize=2)
def _may_name_en_noun(opening: str) -> bool:
    """Whether the first sentence `opening` holds the letters of an English noun of
    `taken_up.nouns`, case aside: without them no later sentence takes one of them up, and
    those sentences need not be searched for one (asked for each sentence of one article)."""
    blind = case_blind_text.__wrapped__(opening)
    return any(case_blind_text.__wrapped__(noun) in blind for noun in _rules()[0])


def _takes_up(text: str, start: int, end: int, lead: tuple[int, int]) -> bool:
    """Whether the stretch from `start` to `end` holds a definite noun of `taken_up.nouns` that
    the first sentence `lead` names too, in English or in Arabic."""
    _, noun_en, ar_nouns, _, _ = _rules()
    opening = text[lead[0] : lead[1]]
    for m in noun_en.finditer(text, start, end) if _may_name_en_noun(opening) else ():
        if re.search(r"(?<![\w'])" + re.escape(m.group(1)) + r"s?(?![\w'])", opening, re.IGNORECASE):
            return True
    # a noun of the lead ends the word that takes it up (the stem is the word's end)
    lead_nouns = tuple(sorted(_lead_nouns(opening)))
    if not lead_nouns or not any(text.find(noun, start, end) >= 0 for noun in lead_nouns):
        return False  # a word of the stretch that ends with a noun holds it
    return any(
        word.endswith(lead_nouns) and _definite_stem(word, ar_nouns) in lead_nouns
        for word in _ARABIC_WORD.findall(text, start, end)
    )


def taken_up_starts(text: str, sentences: Sequence[tuple[int, int]]) -> list[int]:
    """The start of the first sentence, when a later one takes up a thing it names by a
    definite noun: its dates must be read for the deeds told of that thing."""
    if len(sentences) < 2:
        return []
    lead = sentences[0]
    return [lead[0]] if any(_takes_up(text, s, e, lead) for s, e in sentences[1:]) else []


def takes_up_the_lead(text: str, cand: _Candidate, lead: tuple[int, int], language: str) -> bool:
    """Whether the candidate's sentence, after the first, takes up by a definite noun of
    `taken_up.nouns` a thing the first sentence `lead` names, before (or at) the candidate's
    word, with no word of another time between them (see the module)."""
    if cand.background or cand.reference_id is not None or cand.tense in ("future", "base"):
        return False
    start = cand.sentence[0]
    if start < lead[1]:
        return False
    _, noun_en, ar_nouns, other_ar, other_en = _rules()
    if language == "en":
        found = [m for m in noun_en.finditer(text, start, cand.trigger[1])]
        for m in reversed(found):
            noun = m.group(1).lower()
            if re.search(r"(?<![\w'])" + re.escape(noun) + r"s?(?![\w'])", text[lead[0] : lead[1]], re.IGNORECASE) is None:
                continue
            return other_en.search(text, m.end(), cand.trigger[0]) is None
        return False
    if language != "ar":
        return False
    lead_nouns = _lead_nouns(text[lead[0] : lead[1]])
    if not lead_nouns:
        return False
    words = list(_ARABIC_WORD.finditer(text, start, cand.trigger[1]))
    for i in range(len(words) - 1, -1, -1):
        stem = _definite_stem(words[i].group(), ar_nouns)
        if stem is None or stem not in lead_nouns:
            continue
        return not any(w.group() in other_ar for w in words[i + 1 :] if w.start() < cand.trigger[0])
    return False
