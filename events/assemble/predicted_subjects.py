"""A definite event noun that is the subject of a verb of what may or will come ("Officials said
the rapprochement could help secure a truce"; "the deal, brokered by Qatar, would allow ...";
"وقال إن المصالحة قد تفتح الباب"، "التقارب سيعزز") is a deed spoken of for its effects, told
before or known, not a deed of its sentence: its sentence, with no date of its own, makes no
event of it (data/assembly.json `predicted_subjects`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import TimeMention

_ASIDE = r"(?:\s*[,،][^,،.;:!?؟]{1,80}[,،])?"  # an aside between the noun and its verb


@lru_cache(maxsize=4)
def load_predicted_subjects(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Matches, from the end of the event word, of an aside perhaps and an English modal verb
    (`en_modals`), or an Arabic particle of the possible (`ar_particles`, قد) or the future
    prefix (س) before a verb in the present."""
    rules = load_assembly_rules(path).get("predicted_subjects", {})
    english = re.compile(_ASIDE + r"\s+(?:" + alternation(rules.get("en_modals", ())) + r")\s+(?!not\b|be\b|have\b)[a-z]", re.IGNORECASE)
    arabic = re.compile(
        _ASIDE + r"\s+(?:(?:" + alternation(rules.get("ar_particles", ())) + r")\s+[يت]|س[يت])[^\W\d_]{2,}(?![^\W\d_])"
    )
    return english, arabic


def a_predicted_subject(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> bool:
    """Whether a definite event noun with no date in its sentence is the subject of a modal verb
    or of an Arabic verb of the possible or the future (`load_predicted_subjects`)."""
    # a form that is also a verb ("the vote") is a noun after the article
    if not cand.definite or cand.tense in ("past", "future") or cand.reference_id is not None or dates:
        return False
    english, arabic = load_predicted_subjects()
    pattern = english if text[cand.trigger[0]:cand.trigger[1]].isascii() else arabic
    return pattern.match(text, cand.trigger[1], cand.sentence[1]) is not None
