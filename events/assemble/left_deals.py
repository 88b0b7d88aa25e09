"""A deal withdrawn from, suspended or scrapped (a trigger of modality `left`) whose own year is
written right after it in its noun phrase («منذ انسحاب ترامب من اتفاق إيران النووي لعام 2015»,
"withdrew from the 2012 cooperation agreement") names the deal of that year: the deal itself was reached then, a
background event on that year, though its undoing is no new agreement."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.model import TimeMention, TriggerMention

# at most four words between the deal's word and its year, with no clause break
_BETWEEN = re.compile(r"[^\n,،.;؛:!?؟]{0,60}")
_WORDS = 4


def left_deal_of_its_year(text: str, trigger: TriggerMention, dates: Sequence[TimeMention]) -> bool:
    """Whether the agreement word left (`modality == "left"`) has a year written out after it in its
    noun phrase, at most four words on."""
    if trigger.modality != "left" or trigger.event_type != "agreement":
        return False
    for d in dates:
        if d.recurring or d.basis != "explicit" or d.precision != "year":
            continue
        if d.end <= trigger.start and text[d.start : d.start + 1].isdigit():
            # "withdrew from the 2012 cooperation agreement": the year opens the deal's English name
            between = text[d.end : trigger.start]
            if _BETWEEN.fullmatch(between) is not None and len(between.split()) <= 2:
                return True
            continue
        if d.start < trigger.end:
            continue
        between = text[trigger.end : d.start]
        return _BETWEEN.fullmatch(between) is not None and len(between.split()) <= _WORDS
    return False
