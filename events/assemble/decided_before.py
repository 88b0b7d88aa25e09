"""An Arabic event word that names the decision a sentence's measure carries out («وإنفاذا
لقرار قطع العلاقات، تمنع ...», «تنفيذا للقرار الذي اتخذته بقطع علاقاتها»): the deed of that
earlier decision, another event than the measure its sentence tells, even of the same type."""

from __future__ import annotations

import re

from events.text.gates import first_char_gated

# "إنفاذا لقرار", "تنفيذا للقرار الذي اتخذته المملكة": the decision carried out, with its
# relative clause of up to three words, right before the word
_DECIDED_BEFORE = first_char_gated(
    re.compile(
        r"(?<![^\W\d_])[وف]?(?:إنفاذا|انفاذا|تنفيذا|تطبيقا)\s+(?:لل|ل)قرار"
        r"(?:\s+(?:الذي|اللذين)(?:\s+[^\s،,.؛:\"«»]+){1,3})?\s+$"
    )
)
_DECIDED_REACH = 70  # characters before the event word searched


def decided_before(text: str, start: int) -> bool:
    """Whether the Arabic event word at `start` names the deed of a decision the sentence's
    own measure carries out (`_DECIDED_BEFORE`)."""
    return _DECIDED_BEFORE.search(text, max(0, start - _DECIDED_REACH), start) is not None
