"""The English month names, in full or cut short, as the rules that read a day before a word
write them: one pattern (`MONTH_NAME`, a regular expression to embed, case-insensitive) and the
short forms of events/data/abbreviations.json (`MONTH_ABBREVIATIONS`, lower case), which the
sentence splitter reads too."""

from __future__ import annotations

import json
from pathlib import Path

_ABBREVIATIONS = Path(__file__).resolve().parent.parent / "data" / "abbreviations.json"

# a month in full or cut short, with or without the point of its short form (May, June, July:
# their own short forms)
MONTH_NAME = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?"
    r"|sep(?:t(?:ember)?)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)

MONTH_ABBREVIATIONS: frozenset[str] = frozenset(
    w.lower() for w in json.loads(_ABBREVIATIONS.read_text(encoding="utf-8"))["months"]
)
