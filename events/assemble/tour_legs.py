"""The next stop of a tour told with no verb of its own: «زارا كييف في الخامس من فبراير ثم موسكو في
اليوم التالي», «زار خلالها بيروت ثم إسرائيل», "visited Kyiv on Feb. 5 and then Moscow". The place
after then (ثم), right after the place the verb of visiting took, is another visit by the same
visitor: an event of its own, on the time its stretch gives or the visit's own (data/assembly.json
`tour_legs`)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import Mentions
from events.model import TriggerMention


@lru_cache(maxsize=4)
def _rules(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a verb of visiting in the past that tells the first stop; the word of then, perhaps after
    a comma or and, with a preposition of direction after it, ending right before the next place;
    what may follow the next place for it to end its stretch)."""
    rules = load_assembly_rules(path)["tour_legs"]
    verbs = re.compile(r"(?<![^\W\d_])[وف]?(?:" + alternation(rules["verbs"]) + r")$", re.IGNORECASE)
    then = re.compile(
        r"[،,]?\s+(?:and\s+|و)?(" + alternation(rules["then"]) + r")\s+(?:(?:" + alternation(rules["to"]) + r")\s+)?$",
        re.IGNORECASE,
    )
    after = re.compile(
        r"\s*(?:[.,;:!?،؛)\n]|$)|\s+(?:" + alternation(rules["after"]) + r")(?![^\W\d_])"
        r"|\s+(?:" + alternation(rules["after_clitics"]) + r")(?=[^\W\d_])",
        re.IGNORECASE,
    )
    return verbs, then, after


@lru_cache(maxsize=4)
def _then_words(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    return frozenset(w.lower() for w in load_assembly_rules(path)["tour_legs"]["then"])


def is_tour_leg(t: TriggerMention) -> bool:
    """Whether a visit is told by a word of then alone (`tour_legs`): a stop of its own."""
    return t.event_type == "visit" and t.text.lower() in _then_words()


def tour_legs(text: str, mentions: Mentions) -> Mentions:
    """The mentions with a visit added at each word of then that leads to a tour's next stop."""
    verbs, then, after = _rules()
    date_starts = {d.start for d in mentions.dates}
    added: list[TriggerMention] = []
    places = sorted(mentions.places, key=lambda p: p.start)
    for t in mentions.triggers:
        if t.event_type != "visit" or t.modality != "asserted" or verbs.search(t.text) is None:
            continue
        sentence_end = next((e for s, e in mentions.sentences if s <= t.start < e), len(text))
        others = [u.start for u in mentions.triggers if t.end <= u.start < sentence_end and u is not t]
        stop = min(others, default=sentence_end)
        first = next((p for p in places if t.end <= p.start < stop), None)
        if first is None:
            continue
        for place in places:
            if not first.end <= place.start < stop or (place.country == first.country and place.precision == first.precision == "country"):
                continue
            m = then.search(text, first.end, place.start)
            if m is None or m.end() != place.start:
                continue
            gap = len(text[place.end :]) - len(text[place.end :].lstrip())
            if after.match(text, place.end) is None and place.end + gap not in date_starts:
                continue  # "then China's military began drills": the place opens a clause of its own
            added.append(replace(t, start=m.start(1), end=m.end(1), text=m.group(1)))
    if not added:
        return mentions
    return replace(mentions, triggers=sorted([*mentions.triggers, *added], key=lambda u: (u.start, u.end)))
