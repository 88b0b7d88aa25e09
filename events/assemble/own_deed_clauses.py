"""A clause right after an event's name that tells the event's own deed: a relative word and a
verb of its onset, holding or signing, or a participle of signing alone ("نزاع دارفور الذي
اندلع عام 2003", "اتفاق القاهرة الموقع عام 2011", "the war, which broke out in 2003", "the
treaty signed in 1979"). A verb of breaking out or of being signed has an event for its subject,
so right after a catalogued name that event is the one named: the clause's year is its own, and
so is the place the clause names (data/assembly.json `begun_relatives`, `holding_clauses`,
`attributive_participles`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules

# the clause ends at a mark of punctuation
_CLAUSE_END = re.compile(r"[,;:.!?،؛\n()]")


@lru_cache(maxsize=4)
def load_own_deed_opener(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, right after a name, for the opening of a clause of its own deed: the relative
    words and verbs of `begun_relatives` and `holding_clauses`, and the `attributive_participles`."""
    rules = load_assembly_rules(path)
    begun = rules.get("begun_relatives", {})
    holding = rules.get("holding_clauses", {})
    relatives = [*holding.get("relatives", ()), *(w for lang in ("en", "ar") for w in begun.get(lang, {}).get("relatives", ()))]
    verbs = [*holding.get("verbs", ()), *(w for lang in ("en", "ar") for w in begun.get(lang, {}).get("verbs", ()))]
    participles = rules.get("attributive_participles", ())
    return re.compile(
        r"\s*[,،]?\s*(?:[وف]?(?:" + alternation(relatives) + r")\s+(?:(?:قد|had|was|were)\s+)?(?:"
        + alternation([*verbs, *participles], spaced=True) + r")|[وف]?(?:" + alternation(participles) + r"))(?![\w-])",
        re.IGNORECASE,
    )


def own_deed_right_after(text: str, end: int, start: int) -> bool:
    """Whether the stretch from `end` (the end of a name, or of the event word's clause) to a
    date at `start` is the opening of a clause of the named event's own deed, with at most
    three words between its verb and the date, and no punctuation."""
    if start < end:
        return False
    opened = load_own_deed_opener().match(text, end, start)
    return opened is not None and _CLAUSE_END.search(text, opened.end(), start) is None and len(text[opened.end() : start].split()) <= 3


def own_deed_clause(text: str, end: int, stop: int) -> tuple[int, int] | None:
    """The clause of the named event's own deed opened right after a name ending at `end`, up to
    its punctuation or `stop` (the sentence's end); None when none is opened there."""
    opened = load_own_deed_opener().match(text, end, stop)
    if opened is None:
        return None
    close = _CLAUSE_END.search(text, opened.end(), stop)
    return (end, close.start() if close is not None else stop)
