"""A country named only in a time reference of another country's history: the one it won its
independence from ("since independence from France in 1960", "منذ استقلالها عن فرنسا"), or its
former colonial ruler ("a former colony of Britain"). Such a name is no party of the event the
sentence tells ("Ghazouani first won office in 2019 ... since independence from France")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from events.assemble.rules import alternation, load_assembly_rules
from events.assemble.text import Mentions
from events.text.gates import anchor_words, case_blind_text, may_hold


@lru_cache(maxsize=1)
def _former_ruler_before() -> re.Pattern[str]:
    """The reference ending right before a name (assembly.json `former_rulers`)."""
    rules = load_assembly_rules()["former_rulers"]
    heads = alternation(rules["heads"], spaced=True)
    fillers = alternation(rules["fillers"], spaced=True)
    phrases = alternation(rules["phrases"], spaced=True)
    former = alternation(rules["former"], spaced=True)
    return re.compile(
        rf"(?:(?<!\w)[وف]?(?:{heads})\s+(?:(?:{fillers})\s+)?(?:{phrases})|(?<!\w)(?:{former}))\s+$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _former_ruler_anchors() -> tuple[tuple[str, ...], ...]:
    """The words of which all of one phrase occur in any text the reference is found in."""
    rules = load_assembly_rules()["former_rulers"]
    return anchor_words([*rules["phrases"], *rules["former"]])


def _named_as_former_ruler(text: str, start: int) -> bool:
    return _former_ruler_before().search(text, max(0, start - 80), start) is not None


def without_former_rulers(text: str, mentions: Mentions) -> Mentions:
    """The article's names without a country named only as a former ruler in a time reference:
    neither a party of the sentence's event nor a name of the country the article is about.
    The names are looked at only when the words of one reference occur in the article."""
    if not may_hold(case_blind_text(text), _former_ruler_anchors()):
        return mentions
    dropped = {(m.start, m.end) for m in (*mentions.actors, *mentions.places) if _named_as_former_ruler(text, m.start)}
    if not dropped:
        return mentions
    return replace(
        mentions,
        actors=[a for a in mentions.actors if (a.start, a.end) not in dropped],
        places=[p for p in mentions.places if (p.start, p.end) not in dropped],
    )
