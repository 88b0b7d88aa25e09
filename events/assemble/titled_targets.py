"""A person named after a title that follows a preposition of the side acted on ("فرض عقوبات على
المرشد الأعلى الإيراني علي خامنئي", sanctions on the Iranian supreme leader): the preposition
governs the title, so the name is the target, not the subject a verb-subject order would make it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.text.normalize import fold_str

_REACH = 120  # characters before the name searched for the preposition and the title


@lru_cache(maxsize=4)
def load_titled_targets(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str], int]:
    """The prepositions, the title nouns (folded, without the article) and the most words from
    the title to the name (data/assembly.json `titled_targets`)."""
    rules = load_assembly_rules(path).get("titled_targets", {})
    prepositions = frozenset(fold_str(w) for w in rules.get("prepositions", ()))
    titles = frozenset(fold_str(w) for w in rules.get("titles", ()))
    return prepositions, titles, int(rules.get("words", 0))


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def titled_target(text: str, start: int) -> bool:
    """Whether the name at `start` follows, within the words allowed and with no punctuation
    between, a title noun right after one of the prepositions."""
    prepositions, titles, most = load_titled_targets()
    words = fold_str(text[max(0, start - _REACH) : start]).split()
    for k in range(1, min(most, len(words) - 1) + 1):
        if not words[-k].isalpha():
            return False
        if _bare(words[-k]) in titles and words[-k - 1] in prepositions:
            return True
    return False
