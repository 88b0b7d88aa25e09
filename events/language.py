"""Which language an article is written in: `ar`, `fr` or `en`.

Script decides Arabic (Arabic letters outnumber Latin ones); among Latin
texts a few very frequent function words, none shared by the two languages,
tell French from English. Cheap enough to run on every article, and
dependency-free.
"""

from __future__ import annotations

import re

from events.text.lazy import LazyPattern

# Longest prefix looked at: the language of a news article shows in its first pages.
SAMPLE_CHARS = 20_000

_ARABIC = LazyPattern(r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
_LATIN = LazyPattern(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
_WORD = re.compile(r"[a-zàâäçéèêëîïôöùûüÿœæ]+")

_FRENCH = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "une",
        "est",
        "et",
        "dans",
        "pour",
        "qui",
        "que",
        "sur",
        "avec",
        "au",
        "aux",
        "par",
        "pas",
        "ont",
        "été",
        "cette",
        "ces",
        "ses",
        "leur",
        "sont",
        "mais",
        "selon",
        "d",
        "l",
        "qu",
        "il",
        "elle",
        "ils",
        "nous",
        "vous",
        "entre",
        "après",
        "contre",
        "depuis",
        "lors",
        "plus",
    ]
)
_ENGLISH = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "was",
        "that",
        "for",
        "with",
        "by",
        "at",
        "from",
        "has",
        "have",
        "are",
        "were",
        "it",
        "said",
        "this",
        "be",
        "its",
        "which",
        "who",
        "will",
        "after",
        "against",
        "between",
        "their",
        "they",
        "he",
        "she",
        "but",
        "been",
        "had",
        "not",
    ]
)


def detect_language(text: str) -> str:
    """`ar` when Arabic script dominates, `fr` when French function words outnumber English ones, else `en`."""
    sample = text[:SAMPLE_CHARS]
    arabic = len(_ARABIC.findall(sample))
    if arabic and arabic > len(_LATIN.findall(sample)):
        return "ar"
    french = english = 0
    for word in _WORD.findall(sample.lower()):
        if word in _FRENCH:
            french += 1
        elif word in _ENGLISH:
            english += 1
    return "fr" if french >= 2 and french > english else "en"


def normalize_language(value: object) -> str | None:
    """A language tag given by the input, cut to its primary subtag (`ar-SA` -> `ar`); None when unusable."""
    if not isinstance(value, str):
        return None
    primary = re.split(r"[-_\s]", value.strip(), maxsplit=1)[0].lower()
    if not primary.isascii() or not primary.isalpha() or not 2 <= len(primary) <= 3:
        return None
    return primary
