"""Agreeing on a view, not on a deal: an Arabic verb of agreeing whose first على opens a clause
that something is so or a study to come ("اتفقا على أن الحل السياسي هو الطريق الوحيد",
"اتفقت الدول الأعضاء على دراسة نتائج التحقيق") tells no agreement reached.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _Candidate
from events.text.normalize import fold_str

# a verb of agreeing: اتفق، اتفقت، اتفقا، يتفقان ... (folded)
_AGREE_VERB = re.compile(r"^[وف]?(?:ا|ي|ت|ن)?تفق(?:ت|ا|تا|وا|ان|ون|نا)?$")
_VIEW_REACH = 8  # words from the verb to its first على


@lru_cache(maxsize=4)
def load_view_complements(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The words right after على that make agreeing one on a view or a study (data/assembly.json
    `view_complements`: أن، أهمية، دراسة), folded."""
    return frozenset(fold_str(w) for w in load_assembly_rules(path).get("view_complements", ()))


def _agreed_on_a_view(text: str, cand: _Candidate) -> bool:
    """Whether an agreement told by a verb of agreeing is one on a view or a study: the word
    right after the first على after the verb, within its clause, is one of `view_complements`
    ("اتفق الرئيسان أمس على أن ...", not "اتفقا على إقامة منطقة، على أن تنسحب الفصائل")."""
    if cand.event_type != "agreement" or not _AGREE_VERB.match(fold_str(cand.trigger_text)):
        return False
    words = fold_str(text[cand.trigger[1] : cand.sentence[1]]).split()
    for i, word in enumerate(words[:_VIEW_REACH]):
        if any(c in word for c in ".،,؛;:"):
            return False
        if word == "علي":  # على, folded
            return i + 1 < len(words) and words[i + 1].strip(".،,؛;:") in load_view_complements()
    return False
