"""An English vote named with a determiner after a ratification ("Turkey's parliament ratified
Sweden's bid to join NATO by 287 votes to 55 ... NATO's chief also welcomed the vote"; "Sisi
has ratified a maritime agreement ... a verdict the government argued was overridden by the
parliamentary vote"): the vote of approval the article told, no election held, unless its
sentence has a word of an election (`votes_of_ratifications` of data/assembly.json)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event


@lru_cache(maxsize=4)
def load_ratification_votes(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A match for a whole vote word; a search, ending right before it, for one of its
    determiners; and a search for a word of an election (`votes_of_ratifications`)."""
    rules = load_assembly_rules(path).get("votes_of_ratifications", {})
    words = re.compile(r"(?:" + alternation(rules.get("words", ()), spaced=True) + r")\Z", re.IGNORECASE)
    determiners = re.compile(r"(?<![\w'’])(?:" + alternation(rules.get("determiners", ())) + r")\s+\Z", re.IGNORECASE)
    electoral = re.compile(r"(?<![\w-])(?:" + alternation(rules.get("electoral", ()), spaced=True) + r")(?![\w-])", re.IGNORECASE)
    return words, determiners, electoral


def vote_of_a_ratification(text: str, cand: _Candidate, told: Sequence[Event]) -> bool:
    """Whether the English election word at `cand` is a vote named with a determiner that takes
    up a ratification told before it (`told`), its sentence naming no election."""
    if cand.event_type != "election" or cand.reference_id is not None or not cand.trigger_text[:1].isascii():
        return False
    if not any(ev.event_type == "ratification" for ev in told):
        return False
    words, determiners, electoral = load_ratification_votes()
    if words.match(cand.trigger_text.strip()) is None:
        return False
    if determiners.search(text, max(cand.sentence[0], cand.trigger[0] - 20), cand.trigger[0]) is None:
        return False
    return electoral.search(text, cand.sentence[0], cand.sentence[1]) is None
