"""A verb of paving the way ("Talks in 2013 paved the way for the agreement signed in 2015",
"ومهدت محادثات بين تركيا وقطر عام 2013 الطريق للاتفاقية الموقعة عام 2014") tells two deeds of
two times: the one before it made ready the one after it, which came later. A time written before
the verb's end is the earlier deed's and never dates the deed prepared; one written after it is
the later deed's and never dates the one that prepared it. An Arabic verb may have its subject,
and that subject's time, between it and `الطريق` (VSO): the verb's end is the end of the whole
phrase."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import TimeMention


@lru_cache(maxsize=4)
def load_paved_ways(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a verb of paving the way (data/assembly.json `paved_ways`): one of the
    English `phrases`, or an Arabic verb of `verbs` (perhaps after و or ف) with up to `gap` words
    before one of its `closers` (a closer ending in the proclitic ل ends before the next word, which takes it)."""
    rules = load_assembly_rules(path).get("paved_ways", {})
    phrases = alternation(rules.get("phrases", ()), spaced=True)
    verbs = alternation(rules.get("verbs", ()))
    closers = [c for c in rules.get("closers", ()) if not c.endswith(" ل")]
    clitic_closers = [c[:-2] for c in rules.get("closers", ()) if c.endswith(" ل")]
    gap = int(rules.get("gap", 0))
    closing = r"(?:(?:" + alternation(closers, spaced=True) + r")(?!\w)|(?:" + alternation(clitic_closers, spaced=True) + r")\s+(?=ل\w))"
    return re.compile(
        r"(?<!\w)(?:(?:" + phrases + r")(?!\w)|[وف]?(?:" + verbs + r")\s+(?:[^\s,،.;:؛]+\s+){0,"
        + str(gap) + r"}?" + closing + r")",
        re.IGNORECASE,
    )


def apart_from_the_way_paved(
    text: str, dates: Sequence[TimeMention], trigger: tuple[int, int], sentence: tuple[int, int]
) -> list[TimeMention]:
    """`dates` less those a verb of paving the way in the sentence parts from the event word: for
    a word after the verb, the times of the sentence before its end; for a word before it, or
    between an Arabic verb and its closer, the times after its end."""
    kept = list(dates)
    for m in load_paved_ways().finditer(text, sentence[0], sentence[1]):
        if trigger[0] >= m.end():
            kept = [d for d in kept if not sentence[0] <= d.start < m.end()]
        elif trigger[1] <= m.end():
            kept = [d for d in kept if not m.end() <= d.start < sentence[1]]
    return kept
