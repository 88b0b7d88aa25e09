"""A lasting measure told as in force since a deed the text names by its word ("Iraq has been
under sweeping U.N. sanctions since its invasion of Kuwait", «يخضع لحصار منذ سيطرة الحركة على
القطاع», "sanctions in place since the coup"), with no time of its own: it began when that deed was done, and takes that deed's month
(data/assembly.json `since_deeds`: the types of measures that last, and the most words between
the measure's word and "since", and between "since" and the deed's word). A measure not told as
in force ("its harshest sanctions since the 1979 revolution") is compared, not begun."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import Event, ReferenceMention

_SINCE = re.compile(r"(?<![^\W\d_])(?:since|منذ)(?![^\W\d_])", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?؟\n]")
# a word of being under the measure before its word ("has been under sweeping U.N. sanctions",
# «يخضع لعقوبات»), or of its being in force between its word and "since"
_IN_FORCE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:under|تحت|يخضع|تخضع|خاضع|خاضعة|يرزح|ترزح)(?:\s+[^\s,;،]+){0,3}\s+[لب]?\Z", re.IGNORECASE
)
_IN_FORCE_BETWEEN = re.compile(r"(?<![^\W\d_])(?:in place|in force|in effect|المفروضة|المفروض|مفروضة|القائمة|السارية)(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=4)
def _since_rules(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], int, int]:
    rules = load_assembly_rules(path).get("since_deeds", {})
    return frozenset(rules.get("types", ())), int(rules.get("words_before", 6)), int(rules.get("words_after", 3))


def dated_since_a_deed(events: Sequence[Event], text: str, references: Sequence[ReferenceMention] = ()) -> None:
    """Date each lasting measure with no time of its own by the month of the deed its "since"
    names (see the module): an event of the article, or else a catalogued one named there
    (`references`), though its telling went into another event."""
    types, before, after = _since_rules()
    for event in events:
        trigger = event.spans.get("trigger")
        if event.event_type not in types or event.date_basis != "publication" or event.reference_id is not None or not trigger:
            continue
        since = _SINCE.search(text, trigger[1], min(len(text), trigger[1] + 80))
        if since is None or len(text[trigger[1] : since.start()].split()) > before or _SENTENCE_END.search(text, trigger[1], since.start()):
            continue
        if _IN_FORCE_BEFORE.search(text, max(0, trigger[0] - 40), trigger[0]) is None and _IN_FORCE_BETWEEN.search(text, trigger[1], since.start()) is None:
            continue  # "its harshest sanctions on Tehran since the 1979 revolution": a comparison, no onset
        deed = next(
            (
                o
                for o in events
                if o is not event
                and o.spans.get("trigger")
                and since.end() <= o.spans["trigger"][0]
                and len(text[since.end() : o.spans["trigger"][0]].split()) <= after
                and o.date_basis not in (None, "publication")
                and o.date
            ),
            None,
        )
        if deed is not None:
            when, basis, span = deed.date, deed.date_basis, deed.spans.get("date")
        else:
            named = next(
                (r for r in references if since.end() <= r.start and len(text[since.end() : r.start].split()) <= after),
                None,
            )
            if named is None:
                continue
            when, basis, span = named.date, "reference", None
        cut = 7 if len(when) >= 7 else 4
        event.date, event.date_precision, event.date_basis = when[:cut], "month" if cut == 7 else "year", basis
        event.end_date = None
        event.spans["date"] = span
