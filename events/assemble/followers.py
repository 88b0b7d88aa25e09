"""A deed told after a verb of following someone ("ولحق بهم اللواء فوزي في زيارة نادرة",
"the defence minister followed them on a visit"): the second of one trip told in one sentence,
at the time of the deed it followed (`followers` of data/assembly.json)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event


@lru_cache(maxsize=4)
def load_followers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a verb of following (`followers.verbs`), perhaps after و or ف, then at most
    `followers.words` words up to the end of the searched text."""
    rules = load_assembly_rules(path).get("followers", {})
    verbs = alternation(rules.get("verbs", ()), spaced=True)
    words = int(rules.get("words", 6))
    return re.compile(r"(?<!\w)[وف]?(?:" + verbs + r")(?:\s+\S+){0," + str(words) + r"}\s+$", re.IGNORECASE)


def date_as_the_followed(event: Event, text: str, cand: _Candidate, told: Sequence[Event], spans: dict) -> bool:
    """Whether `event` is told after a verb of following, the deed of its type told before it in
    its sentence being the one it followed; a publication-dated one takes that deed's time."""
    if load_followers().search(text, cand.sentence[0], cand.trigger[0]) is None:
        return False
    followed = next(
        (
            ev
            for ev in reversed(told)
            if ev.event_type == event.event_type
            and ev.spans.get("quote", [None])[0] == cand.sentence[0]
            and ev.spans.get("trigger", [cand.trigger[0]])[0] < cand.trigger[0]
        ),
        None,
    )
    if followed is None:
        return False
    if event.date_basis == "publication" and followed.date_basis in ("explicit", "relative") and followed.spans.get("date"):
        event.date, event.date_precision, event.date_basis = followed.date, followed.date_precision, followed.date_basis
        event.end_date = None
        spans["date"] = list(followed.spans["date"])
    return True
