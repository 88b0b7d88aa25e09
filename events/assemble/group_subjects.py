"""A sentence whose subject is "The group" (or "The movement", "The militia") with no name:
the group is the one the article named last ("Houthi political bureau member ... said. The
group began attacking merchant ships in November 2023"), whose country is the deed's."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from events.actors import ACTORS_FILE
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import ActorMention


@lru_cache(maxsize=4)
def load_group_subjects(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str]]:
    """A match, at a sentence's start, of the English words that name a group as the subject
    (data/assembly.json `group_subjects.en`), and the dictionary roles of such a group (`roles`)."""
    rules = load_assembly_rules(path).get("group_subjects", {})
    words = [w[:1].upper() + w[1:] for w in rules.get("en", ())]
    return re.compile(r"\s*(?:" + alternation(words, spaced=True) + r")\s"), frozenset(rules.get("roles", ()))


def _with_ids(node: object) -> Iterator[dict]:
    if isinstance(node, dict):
        if "id" in node:
            yield node
        for value in node.values():
            yield from _with_ids(value)
    elif isinstance(node, list):
        for value in node:
            yield from _with_ids(value)


@lru_cache(maxsize=4)
def load_group_ids(path: Path = ACTORS_FILE) -> frozenset[str]:
    """The ids of the dictionary's actors whose role is a group's (`group_subjects.roles`)."""
    roles = load_group_subjects()[1]
    data = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(e["id"] for e in _with_ids(data) if e.get("role") in roles)


def group_subject(text: str, start: int, trigger_start: int, named_before: Sequence[ActorMention]) -> ActorMention | None:
    """The group named last before the sentence at `start`, when the sentence opens with "The
    group" as the subject of the event word at `trigger_start`; else None."""
    if load_group_subjects()[0].match(text, start, trigger_start) is None:
        return None
    groups = load_group_ids()
    return next((a for a in reversed(named_before) if a.country and a.actor_id in groups), None)
