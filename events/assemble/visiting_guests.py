"""A guest received, described by a relative clause of his visit under way: the reception is the
sentence's deed.

"استقبل الرئيس عبد الفتاح السيسي أمس وزير الخارجية التركي الذي يزور القاهرة", "استقبل الملك
محمد السادس مساء أمس رئيس الحكومة الإسبانية الذي يقوم بزيارة رسمية للمملكة", "received the
Turkish foreign minister, who is visiting Cairo": the visit in the present, inside the clause
about the guest, tells who he is; the main verb of receiving tells the day and the deed, the
visit itself (GUIDELINES: a visit in which the visitor meets people is one visit). The
candidate of the visit word so described gives way to the reception before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.rules import load_location_roles
from events.assemble.text import _Candidate
from events.text.lazy import LazyPattern

# the relative word of the guest's clause, perhaps with "is" or "is on" after it, right before the visit word
_GUEST_CLAUSE = LazyPattern(
    r"(?:(?<![^\W\d_])(?:الذي|التي|الذين|اللذين)\s+(?:\S+\s+)?|\bwho\s+(?:is|are)\s+(?:\S+\s+){0,2})$", re.IGNORECASE
)


def described_visit_of_a_guest(text: str, c: _Candidate, group: Sequence[_Candidate]) -> bool:
    """Whether the visit candidate `c`, told in the present in a relative clause right after a
    word of receiving earlier in its sentence, describes the guest received."""
    if c.event_type != "visit" or c.tense not in ("present", ""):
        return False
    if _GUEST_CLAUSE.search(text[max(0, c.trigger[0] - 40) : c.trigger[0]]) is None:
        return False
    hosting = load_location_roles()[1]
    return any(o is not c and o.cameo in hosting and o.tense == "past" and o.trigger[1] <= c.trigger[0] for o in group)
