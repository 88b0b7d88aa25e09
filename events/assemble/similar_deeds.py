"""A deed told as similar to one told before («وشهدت مدن وهران وعنابة مسيرات مماثلة», "similar
rallies were held in Oran"), with no date of its own, between the same countries as the last
event of its type the article told and dated, is that event told again in more places: that
day's wave, one event, which keeps its own place. Between other countries ("Turkish drones
carried out similar strikes in northern Iraq", after strikes in Syria) it is a deed of its own
(data/assembly.json `similar_deeds`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event


@lru_cache(maxsize=4)
def _similar_words(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A match for an Arabic word of likeness right after the event noun, and a search for an
    English one right before it, ending the searched stretch."""
    rule = load_assembly_rules(path).get("similar_deeds", {})
    after = re.compile(r"\s+(?:" + (alternation(rule.get("ar_after", ())) or "(?!)") + r")(?![^\W\d_])")
    before = re.compile(r"(?<![^\W\d_])(?:" + (alternation(rule.get("en_before", ())) or "(?!)") + r")\s+\Z", re.IGNORECASE)
    return after, before


def told_as_similar(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the event word at `trigger` is told as like another («مسيرات مماثلة», "similar rallies")."""
    after, before = _similar_words()
    return after.match(text, trigger[1]) is not None or before.search(text, max(0, trigger[0] - 20), trigger[0]) is not None


def similar_to(event: Event, text: str, cand: _Candidate, told: Sequence[Event]) -> Event | None:
    """The event a publication-dated deed told as similar to one told before takes up: the last
    event of its type in `told` (in the order told), dated by the text to a day, when it is
    between the same countries; None otherwise."""
    if event.date_basis != "publication" or not told_as_similar(text, cand.trigger[:2]):
        return None
    last = next(
        (
            ev
            for ev in reversed(told)
            if ev.event_type == event.event_type and (ev.spans.get("trigger") or (cand.trigger[0],))[0] < cand.sentence[0]
        ),
        None,
    )
    if last is None or last.date_precision != "day" or last.date_basis in ("publication", None):
        return None
    return last if set(last.countries) == set(event.countries) else None
