"""An attack told by its dead and its cause ("لقي ثلاثة جنود مصرعهم، يوم الثلاثاء، إثر تعرضهم
لهجوم", "three soldiers were killed on Tuesday after an attack by gunmen"): the deaths and the
attack that caused them are one deed, so the day the clause of the deaths gives, before the
word of cause, dates the attack told after it (`dead_causes` of data/assembly.json)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import TimeMention


@lru_cache(maxsize=4)
def load_dead_causes(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], int]:
    """A search for a word of death, a search for a word of cause ending at an event word (with
    at most `words` words between, none a word of a stretch of time), a search for a word of a
    stretch of time ending right before the cause (a day after), and the most characters from the
    word of death to the cause."""
    rules = load_assembly_rules(path).get("dead_causes", {})
    deaths = alternation(rules.get("deaths", ()), spaced=True)
    causes = alternation(rules.get("causes", ()), spaced=True)
    words = int(rules.get("words", 3))
    stretch = alternation(rules.get("not_between", ()), spaced=True)
    word = r"(?!(?:" + stretch + r")\s)[^\s.,،؛;:!?؟]+\s+" if stretch else r"[^\s.,،؛;:!?؟]+\s+"
    death = re.compile(r"(?<![^\W\d_])[وف]?(?:" + deaths + r")(?![^\W\d_])", re.IGNORECASE)
    cause = re.compile(
        r"(?<![^\W\d_])[وف]?(?:" + causes + r")\s+(?:" + word + r"){0," + str(words) + r"}$", re.IGNORECASE
    )
    counted = re.compile(r"(?<![^\W\d_])(?:" + stretch + r")\s*$", re.IGNORECASE) if stretch else re.compile(r"(?!)")
    return death, cause, counted, int(rules.get("reach", 80))


def day_of_its_dead(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The day that stands between a word of death and the word of cause the event word follows,
    in the event's sentence, with no full stop between; None when the event word follows no word
    of cause, no word of death comes before that, or no day stands between them."""
    death, cause, counted, reach = load_dead_causes()
    lo = max(cand.sentence[0], cand.trigger[0] - 200)
    m = cause.search(text, lo, cand.trigger[0])
    if m is None or counted.search(text, max(0, m.start() - 20), m.start()) is not None:
        return None  # "a day after an attack": the cause came before the deaths' day
    deaths = [d for d in death.finditer(text, max(cand.sentence[0], m.start() - reach), m.start())]
    if not deaths:
        return None
    first = deaths[0].end()
    between = [
        d
        for d in dates
        if d.precision == "day" and not d.recurring and d.value and first <= d.start and d.end <= m.start()
    ]
    if not between or re.search(r"[.;؛]", text[first : m.start()]):
        return None
    return max(between, key=lambda d: d.start)
