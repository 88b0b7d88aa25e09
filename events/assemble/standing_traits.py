"""A trait told by an aside in the present perfect ("Oman, which has mediated between Riyadh and the
Houthis, said on Monday ..."; "Qatar, which has hosted talks between the two sides") or, in Arabic,
in the present ("وقالت قطر، التي تستضيف محادثات بين الطرفين، يوم الاثنين"): what the
state has done as its standing role of a go-between or a host, over no time the text gives, is no deed of the
main clause's day nor of the publication's. The words are data/assembly.json `standing_traits`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import TimeMention

_REACH = 150  # characters before the event word within which the aside's opening is read
_CLOSE = re.compile(r"[,،]")  # the comma that closes the aside


@lru_cache(maxsize=4)
def load_standing_traits(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str]]:
    """A search for the opening of an aside in the present perfect (', which has', ', who have
    long') or of an Arabic one in the present (، التي تستضيف، الذي يتوسط), running on with no
    punctuation to the end of the searched text, and the event types of a standing role."""
    rules = load_assembly_rules(path)["standing_traits"]
    opening = re.compile(
        r",\s+(?:"
        + alternation(rules["relatives"])
        + r")\s+(?:"
        + alternation(rules["perfect"])
        + r")\s+(?:(?:"
        + alternation(rules["adverbs"])
        + r")\s+)?[^,;:()\"“”]*$"
        + r"|،\s*(?:"
        + alternation(rules["ar_relatives"])
        + r")\s+[يت][^\W\d_]{2,}(?:\s[^،,؛;:()\"“”«»]*)?\s$",
        re.IGNORECASE,
    )
    return opening, frozenset(rules["types"])


def a_standing_trait(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> bool:
    """Whether an event word of a role's type (a meeting: a go-between, a host of talks) stands
    in an aside opened by ', which has' or ', who have', or by ، التي and a verb in the present
    (`load_standing_traits`), with no date of its own in the aside (', which has hosted the
    talks since 2019' is dated by their onset) and no catalogued event named."""
    start = cand.trigger[0]
    opening, types = load_standing_traits()
    if cand.event_type not in types or cand.reference_id is not None:
        return False
    m = opening.search(text, max(cand.sentence[0], start - _REACH), start)
    if m is None:
        return False
    close = _CLOSE.search(text, start, cand.sentence[1])
    end = close.start() if close is not None else cand.sentence[1]
    return not any(m.start() <= d.start < end for d in dates)
