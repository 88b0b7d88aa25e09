"""A win told with the vote it was won in, and that vote's own relative clause of holding.

«فازت حركة حماس بأغلبية مطلقة في الانتخابات التشريعية التي جرت الأربعاء», "the party won in the
elections that were held on Sunday": the relative clause describes the vote, which is the event
the verb of winning tells, so the time it gives dates the win; it is not a deed of another
time (data/assembly.json `won_votes`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules


@lru_cache(maxsize=4)
def _patterns(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the verb of winning, perhaps after و or ف; the words between it and the relative word,
    ending with the vote's noun and its adjectives, perhaps with an apposition between commas; a
    verb of holding right after the relative)."""
    rules = load_assembly_rules(path)["won_votes"]
    verb = re.compile(r"[وف]?(?:" + alternation(rules["verbs"], spaced=True) + r")", re.IGNORECASE)
    before, adjectives = int(rules["words_before"]), int(rules["adjectives"])
    vote = re.compile(
        # (the words before may hold one apposition closed between commas: «فاز حزب شريف، الرابطة
        # الإسلامية، بأغلبية»; the vote told after it is the win's, not one inside it)
        r"(?:[^\s,،.;:؛]+\s+){0," + str(before) + r"}?"
        r"(?:[^\s,،.;:؛]+\s*[,،]\s*(?:[^\s,،.;:؛]+\s+){0,4}?[^\s,،.;:؛]+\s*[,،]\s+(?:[^\s,،.;:؛]+\s+){0," + str(before) + r"}?)?(?:" + alternation(rules["prepositions"], spaced=True) + r")\s+"
        r"(?:the\s+)?(?:[^\s,،.;:؛]+\s+)?[وب]?(?:" + alternation(rules["nouns"], spaced=True) + r")"
        r"(?:\s+[^\s,،.;:؛]+){0," + str(adjectives) + r"}",
        re.IGNORECASE,
    )
    held = re.compile(r"\s*(?:" + alternation(rules["held_verbs"], spaced=True) + r")(?![^\W\d_])", re.IGNORECASE)
    return verb, vote, held


def tells_the_vote_won(quote: str, trigger: tuple[int, int], between: str, relative_end: int) -> bool:
    """Whether the event word `trigger` of `quote` is a verb of winning, `between` (the words from
    it to a relative word, stripped) ends with the vote it was won in, and the relative clause
    ending at `relative_end` opens with a verb of holding."""
    verb, vote, held = _patterns()
    return (
        verb.fullmatch(quote, trigger[0], trigger[1]) is not None
        and vote.fullmatch(between) is not None
        and held.match(quote, relative_end) is not None
    )
