"""An Arabic event word after "in response to" (ردا على هجوم كيماوي): the deed responded to,
an earlier event than the response its sentence tells, even of the same type.
"""

from __future__ import annotations

import re

from events.assemble.text import _RESPONSE_AR

# "ردا على هجوم", "ردا على الهجوم الكيميائي", "انتقاما لمقتل": the object of the response,
# with a word or two (a quotation mark, an article of quantity) between
_RESPONDED_TO = re.compile(r"(?<![^\W\d_])[وف]?(?:" + _RESPONSE_AR + r")\W*(?:\s+\S+)?\s*\W*$")
_RESPONSE_REACH = 30  # characters before the event word searched


def _responded_to(text: str, start: int) -> bool:
    """Whether the Arabic event word at `start` is the object of a response told before it:
    the deed responded to, not the response, which its sentence tells with a word of its
    own ("شنت الولايات المتحدة غارات جوية ردا على هجوم كيماوي على دوما")."""
    return _RESPONDED_TO.search(text, max(0, start - _RESPONSE_REACH), start) is not None
