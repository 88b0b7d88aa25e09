"""A definite event word told as announced: the object of a verb of announcing, perhaps after a
word of its start ("announced the start of the military operation", «أعلن ... بدء العملية
العسكرية», "announced the deal"), or the subject of a passive of announcing ("The truce, brokered
by Egypt, was announced on Tuesday evening") (data/assembly.json `announced_retellings`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import Event
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def _announcing(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], int]:
    """A search, at the end of the text before an event word, for a verb of announcing, at most
    `reach` characters of its subject or time with no word of a clause of its own, and perhaps a
    word of the start of a deed (over folded text); the reach."""
    rules = load_assembly_rules(path)["announced_retellings"]

    def words(key: str) -> str:
        return alternation((fold_str(w).lower() for w in rules[key]), spaced=True)

    reach = int(rules["reach"])
    clause = r"(?<!\w)(?:" + words("clause_words") + r")(?!\w)"
    pattern = re.compile(
        r"(?<!\w)[وف]?(?:" + words("verbs") + r")(?!\w)"
        r"(?P<gap>(?:(?!" + clause + r")[^.!?؟:\"«»“”])" + "{0," + str(reach) + r"}?)"
        r"(?:\s(?:" + words("starts") + r"))?\s+(?:the\s+)?\Z",
        re.IGNORECASE,
    )
    return pattern, reach


# the Arabic article on the event word (العملية، بالاتفاق); a pronoun on it (استقالتها) names whose deed it is
_ARTICLE_AR = LazyPattern(r"^(?:[وفبل]|وب|ول|فب|فل)?ال[\u0600-\u06FF]")
_THE_EN = LazyPattern(r"(?<!\w)the\s+\Z", re.IGNORECASE)


def told_as_announced(event: Event) -> bool:
    """Whether the event word, with the article on it (العملية; the deal: no possessive, which
    names whose deed it is, as in 'announced her resignation', «أعلنت استقالتها»), is the
    object of a verb of announcing."""
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    if not quote or not trigger:
        return False
    pattern, reach = _announcing()
    start = trigger[0] - quote[0]
    words = event.trigger.split()
    if not words or not (_ARTICLE_AR.search(words[0]) or _THE_EN.search(event.quote, max(0, start - 8), start)):
        return False
    before = fold_str(event.quote[max(0, start - reach - 40) : start]).lower()
    return pattern.search(before) is not None


@lru_cache(maxsize=4)
def _passive(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A passive of announcing right after an event word, perhaps after an aside between commas
    (`passives`: was announced)."""
    words = load_assembly_rules(path)["announced_retellings"]["passives"]
    return re.compile(r"\s*(?:,[^,.;:]{0,60},\s*)?(?:" + alternation(words, spaced=True) + r")(?!\w)", re.IGNORECASE)


def told_as_announced_deed(event: Event) -> bool:
    """Whether the event word is told as announced (`told_as_announced`), or is the definite
    subject of a passive of announcing ("The truce, brokered by Egypt, was announced")."""
    if told_as_announced(event):
        return True
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    if not quote or not trigger:
        return False
    start, end = trigger[0] - quote[0], trigger[1] - quote[0]
    return _THE_EN.search(event.quote, max(0, start - 8), start) is not None and _passive().match(event.quote, end) is not None
