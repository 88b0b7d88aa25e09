"""A capital that names its government's stance is no place: "pledged Washington's support",
"Moscow's backing", «تعهد بدعم واشنطن», «موقف أنقرة». The city stands for the state whose
support, position or demands the sentence tells; the deed took place elsewhere, or where the
sentence says (data/assembly.json `capital_stances`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _span_before
from events.model import ActorMention, PlaceMention
from events.text.normalize import fold_str, listed_after_proclitics


@lru_cache(maxsize=4)
def load_capital_stances(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str]]:
    """A match, right after an English capital, of its possessive and a noun of its stance; and
    the folded Arabic nouns of a stance a capital may be annexed to (a conjunction or a
    preposition perhaps before them)."""
    rules = load_assembly_rules(path)["capital_stances"]
    english = re.compile(r"['’]s?\s+(?:" + alternation(rules["en"]) + r")(?!\w)", re.IGNORECASE)
    return english, frozenset(fold_str(w) for w in rules["ar"])


def _stance_before(text: str, place: PlaceMention, nouns: frozenset[str]) -> bool:
    """Whether the Arabic word right before the capital is a noun of a stance, perhaps after و، ف،
    ب or ل ("بدعم واشنطن")."""
    i, j = _span_before(text, place.start)
    return listed_after_proclitics(fold_str(text[i:j]), nouns)


def without_capital_stances(text: str, places: Sequence[PlaceMention], actors: Sequence[ActorMention]) -> list[PlaceMention]:
    """`places` without the capitals that name their government (read as a country actor at the
    same span) and tell its stance: a possessive and a noun of support, position or demand after
    an English one, such a noun right before an Arabic one."""
    governments = {(a.start, a.end) for a in actors if a.kind == "country"}
    if not governments:
        return list(places)
    english, arabic = load_capital_stances()
    return [
        p
        for p in places
        if not (
            p.precision == "city"
            and (p.start, p.end) in governments
            and (english.match(text, p.end) is not None or _stance_before(text, p, arabic))
        )
    ]
