"""Documents that act (`document_deeds` of data/assembly.json: a law, a decree, a resolution):
the words that name them and the participles of their issuing, for the clause that dates a deed
(events/assemble/text.py) and for the deeds a document does (events/assemble/document_dates.py)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules


@lru_cache(maxsize=4)
def _rules(path: Path = ASSEMBLY_RULES) -> dict:
    return load_assembly_rules(path).get("document_deeds", {})


@lru_cache(maxsize=4)
def _nouns(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    return frozenset(w.lower() for w in _rules(path).get("nouns", ()))


@lru_cache(maxsize=4)
def _participles(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    return frozenset(_rules(path).get("participles", ()))


def issuing_subject(quote: str, trigger_end: int, participle: re.Match[str]) -> bool:
    """Whether the participle `participle` (a match in `quote`, with the space before it) is one
    of issuing that describes a document named as the subject right after the event word, which
    ends at `trigger_end`: its clause's date is then the deed's."""
    if participle.group().strip().lstrip("وف") not in _participles():
        return False
    words = quote[trigger_end : participle.start()].split()
    return 0 < len(words) <= _rules().get("words", 4) and words[0].lstrip("وف").lower() in _nouns()
