"""An Arabic event word right after a relative pronoun and a verb of witnessing or including
("ترأس الزعيمان، أمس الاثنين، الاجتماع الخامس للجنة العليا، الذي شهد توقيع سبع اتفاقيات"):
the deed took place at the gathering the relative clause describes, an event of its own
sentence told before the pronoun and dated there to a day, and takes that day
(data/assembly.json `witnessed_at`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event


@lru_cache(maxsize=4)
def load_witnessed_at(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str]]:
    """A search for a relative pronoun and a verb of witnessing (`relatives`, `verbs`) ending,
    with a space, where the searched text ends; and the types of gathering (`types`)."""
    rules = load_assembly_rules(path).get("witnessed_at", {})
    relatives = alternation(rules.get("relatives", ()), spaced=True)
    verbs = alternation(rules.get("verbs", ()), spaced=True)
    pattern = re.compile(r"(?<![^\W\d_])(?:" + relatives + r")\s+(?:" + verbs + r")\s+$")
    return pattern, frozenset(rules.get("types", ()))


def date_as_witnessed(event: Event, text: str, cand: _Candidate, told: Sequence[Event], spans: dict) -> None:
    """Date a publication-dated Arabic event told as what a gathering of its sentence witnessed
    by that gathering's day."""
    if event.date_basis != "publication":
        return
    pattern, types = load_witnessed_at()
    start = cand.trigger[0]
    opener = pattern.search(text, max(cand.sentence[0], start - 40), start)
    if opener is None:
        return
    gatherings = [
        ev
        for ev in told
        if ev.event_type in types
        and ev.event_type != event.event_type
        and cand.sentence[0] <= ev.spans["trigger"][0] < opener.start()
        and ev.date_precision == "day"
        and ev.date_basis in ("explicit", "relative")
    ]
    if not gatherings:
        return
    source = gatherings[-1]
    event.date, event.date_precision, event.date_basis = source.date, source.date_precision, source.date_basis
    if source.spans.get("date"):
        spans["date"] = list(source.spans["date"])
