"""The past verbs of the trigger lexicon, English and Arabic, for telling a word that is a verb in
the past from a noun where the lexicon's own match gives no tense: a literal form with its object
pronoun ("وأعادتها", restored them) or a verb of no event's own ("crossed", "عبرت")."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.triggers import POSSESSIVE, TRIGGERS_PATH, _arabic_past, _english_verb

_ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")


@lru_cache(maxsize=2)
def lexicon_past_verbs(path: Path = TRIGGERS_PATH) -> frozenset[str]:
    """The past forms of every verb of the trigger lexicon, English (lower-cased) and Arabic
    (data/triggers.json `{en:cross}`, `{عبر/يعبر}`): verbs of deeds the news tells."""
    text = path.read_text(encoding="utf-8")
    english = {f.lower() for spec in re.findall(r"\{en:([^}]*)\}", text) for f, tense in _english_verb(spec) if tense == "past"}
    arabic = {f for past in re.findall(r"\{([\u0621-\u064A]+)/[\u0621-\u064A]*\}", text) for f in _arabic_past(past)}
    return frozenset(english | arabic)


def past_verb(word: str) -> bool:
    """Whether `word` is a past verb of the lexicon: an English one as written, an Arabic one perhaps
    with و or ف before it and an object pronoun after it ("وأعادتها", "فعبرت")."""
    verbs = lexicon_past_verbs()
    if word.lower() in verbs:
        return True
    if _ARABIC_WORD.fullmatch(word) is None:
        return False
    stems = [word, word[1:]] if word[:1] in ("و", "ف") else [word]
    for stem in stems:
        if stem in verbs:
            return True
        for pronoun in POSSESSIVE:
            if stem.endswith(pronoun) and len(stem) > len(pronoun) + 2:
                bare = stem[: -len(pronoun)]
                # أعادوها: the plural's silent alif drops before the pronoun
                if bare in verbs or (bare.endswith("و") and bare + "ا" in verbs):
                    return True
    return False
