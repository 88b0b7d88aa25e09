"""A deal, catalogued or not, named as the object of a plan to restore or save it ("جادة في إحياء
الاتفاق النووي", "تحاول إنقاذ الاتفاق", "efforts to revive the nuclear deal"): the sentence
tells of that plan, not of the deal, which it names only as what the plan is about; it gives
no event (data/assembly.json `revived_objects`). A deal named with its year ("reviving the
2015 nuclear deal", "إحياء الاتفاق النووي لعام 2015") is a background event told in passing,
which counts."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.catalog_fit import _year_with_the_word
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.text.normalize import fold_str

_BEFORE = 40  # characters before the event word within which the word of restoring stands


@lru_cache(maxsize=4)
def load_revived_objects(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The types concerned, a search (folded, lower-cased) for a word of restoring or saving
    right before the event word, perhaps with the article 'the' between, and one for a word
    of agreeing."""
    rules = load_assembly_rules(path)["revived_objects"]
    words = alternation((fold_str(w).lower() for w in rules["words"]), spaced=True)
    agreeing = alternation(fold_str(w).lower() for w in rules["agreeing"])
    return (
        frozenset(rules["types"]),
        re.compile(r"(?<!\w)[وفل]?(?:" + words + r")\s+(?:the\s+)?$"),
        re.compile(r"(?<!\w)[وف]?(?:" + agreeing + r")(?!\w)"),
    )


def revived_object(text: str, cand: _Candidate) -> bool:
    """Whether a deal's or a truce's word is the object of a word of restoring or saving it,
    with no word of agreeing before it in its sentence and no year of its own."""
    types, before, agreeing = load_revived_objects()
    if cand.event_type not in types or _year_with_the_word(text, cand.trigger) is not None:
        return False
    head = fold_str(text[max(cand.sentence[0], cand.trigger[0] - _BEFORE) : cand.trigger[0]]).lower()
    if before.search(head) is None:
        return False
    return agreeing.search(fold_str(text[cand.sentence[0] : cand.trigger[0]]).lower()) is None
