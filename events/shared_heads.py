"""Catalogued names that share their head noun with the next name in a coordination, written once
after the last ("the Camp David and Oslo accords", "the Sykes-Picot and Balfour declarations"):
the first name, with the head of the second, names its catalogued event too. The words that join
the names are `shared_heads` of data/assembly.json."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from events.text.normalize import fold

ASSEMBLY = Path(__file__).resolve().parent / "data" / "assembly.json"
_NAME = r"(?-i:[A-Z][\w'’-]*)"


@lru_cache(maxsize=4)
def load_shared_heads(path: Path = ASSEMBLY) -> re.Pattern[str]:
    """A match, right before a catalogued name, of a capitalised name of one to three words, one of
    `conjunctions` and perhaps one of `articles` (the Camp David and ...; Madrid, Oslo and ...)."""
    with open(path, encoding="utf-8") as f:
        rules = json.load(f).get("shared_heads", {})

    def alternatives(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(rules.get(key, ()), key=len, reverse=True)) or "(?!)"

    return re.compile(
        r"(?<![^\W\d_])(?P<name>" + _NAME + r"(?:\s+" + _NAME + r"){0,2})\s*,?\s+(?:" + alternatives("conjunctions") + r")"
        r"\s+(?:(?:" + alternatives("articles") + r")\s+)?$",
        re.IGNORECASE,
    )


def shared_head_names(
    text: str, start: int, matched: str, lookup: Callable[[str], list]
) -> Iterator[tuple[int, int, list]]:
    """The name before the catalogued one at `start` (`matched`, its text) that shares its head
    noun, as its offsets and what `lookup` finds for the name with the head (an entry's whole
    alias); none when the first name is the whole of a name of its own."""
    words = matched.split()
    m = load_shared_heads().search(text, max(0, start - 80), start) if len(words) > 1 else None
    if m is None:
        return
    for k in range(1, len(words)):
        head = words[k:]
        # a plural head is the singular of each name ("the Taif and Camp David accords": the Taif Accord)
        singular = [*head[:-1], head[-1][:-1]] if head[-1].endswith("s") else head
        found = lookup(" ".join([m.group("name"), *head])) or lookup(" ".join([m.group("name"), *singular]))
        if found:
            yield m.start("name"), m.end("name"), found
            return


@lru_cache(maxsize=4)
def load_shared_leads(path: Path = ASSEMBLY) -> re.Pattern[str]:
    """A match, right after a catalogued name, of one of `conjunctions`, perhaps one of `articles`,
    and a capitalised name of one to three words (... and Olive Branch)."""
    with open(path, encoding="utf-8") as f:
        rules = json.load(f).get("shared_heads", {})

    def alternatives(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(rules.get(key, ()), key=len, reverse=True)) or "(?!)"

    return re.compile(
        r"\s*,?\s+(?:" + alternatives("conjunctions") + r")\s+(?:(?:" + alternatives("articles") + r")\s+)?"
        r"(?P<name>" + _NAME + r"(?:\s+" + _NAME + r"){0,2})(?![\w'’-])",
        re.IGNORECASE,
    )


def shared_lead_names(
    text: str, end: int, leads: list[str], lookup: Callable[[str], list]
) -> Iterator[tuple[int, int, list]]:
    """The name after the catalogued one that ends at `end` that shares the words its aliases write
    before it (`leads`: "Operation" of "Operation Euphrates Shield"), written once before the
    first ("Operations Euphrates Shield and Olive Branch", "Euphrates Shield and Olive Branch"):
    its offsets and what `lookup` finds for the lead with the name (an entry's whole alias)."""
    m = load_shared_leads().match(text, end) if leads else None
    if m is None:
        return
    words = m.group("name").split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        for lead in leads:
            found = lookup(f"{lead} {name}")
            if found:
                start = m.start("name")
                yield start, start + len(name), found
                return


def whole_matches(matcher, phrase: str) -> list:
    """The payloads of `matcher`'s matches that cover the whole of `phrase`."""
    folded = fold(phrase)
    return [p for m in matcher.find_all(folded) if m.start == 0 and m.end == len(phrase) for p in m.payload]
