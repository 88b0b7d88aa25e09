"""An Arabic deed told in a relative clause that describes a document by its content, with a
pronoun pointing back to the document after the verb ("الوصية التي سمّى فيها هيثم خلفا له",
"الرسالة التي أعلن فيها استقالته"): the deed was done in that document, at a time the sentence
does not give, and is not the news of the sentence's day (data/assembly.json `document_nouns`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.text.lazy import LazyPattern


@lru_cache(maxsize=4)
def load_document_clause(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end, for a document noun (`document_nouns`), perhaps an
    adjective or a short aside after it, and a relative pronoun right before the event word."""
    nouns = alternation(load_assembly_rules(path).get("document_nouns", ()), spaced=True)
    return re.compile(
        r"(?<!\w)[وفبل]?(?:" + nouns + r")(?:[\s،,]+[^\s،,.]+){0,8}?[\s،,]+[و]?(?:التي|الذي)\s+$"
    )


_POINTER = LazyPattern(r"\s+(?:فيها|فيه|بها|به|بموجبها|بموجبه)(?!\w)")


def told_in_a_document(text: str, cand: _Candidate) -> bool:
    """Whether an Arabic verb in the past opens a relative clause about a document it was done in."""
    if cand.tense != "past":
        return False
    start, end = cand.trigger
    if _POINTER.match(text, end) is None:
        return False
    return load_document_clause().search(text, max(cand.sentence[0], start - 120), start) is not None
