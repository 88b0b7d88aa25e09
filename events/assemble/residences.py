"""Where a person lives is neither a party nor the place of a deed told in another clause.

"طارق الزمر: مصري يقيم في قطر، لعب دورا في اغتيال الرئيس المصري السابق أنور السادات", "a
dissident living in London, he took part in the 1981 coup": the name right after a word of
residing (data/assembly.json `residence_words`) tells where someone lives; when a clause break
stands between it and the event word, the deed of that other clause did not involve that state.
A residence told in the event's own clause ("Palestinians living in Gaza were killed") stays.
So is where people fled, told by a word of flight or refuge, who fled and a word of where to
(data/assembly.json `refuge_words`), with the names listed after the first: "وأسفر القتال عن مقتل
مئات المدنيين، فيما لجأ عشرات الآلاف إلى مصر وتشاد", "The fighting has killed hundreds, while tens
of thousands have fled to Egypt and Chad": Egypt and Chad took no part in the fighting.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.word_gates import may_name
from events.model import ActorMention, PlaceMention
from events.text.gates import anchor_words, gated_compile
from events.text.lazy import LazyPattern

_REACH = 12  # characters from the end of the words of residing to the start of the name
_BREAK = LazyPattern(r"[،,;؛:]")
_LIST_REACH = 60  # characters from the end of the words of refuge to a name listed after the first
# the names before a listed one, joined to it by و, and, or a comma
_LISTED = LazyPattern(r"[^.!?؟;؛:]*?(?:\s+و|\s*[،,]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?\Z", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_residence_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    words = load_assembly_rules(path).get("residence_words", ())
    return gated_compile(r"(?<!\w)[وف]?(?:" + alternation(words, spaced=True) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_refuge_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word of flight or refuge, at most `subject_words` words of who fled, and a
    word of where to (`refuge_words`)."""
    rules = load_assembly_rules(path)["refuge_words"]
    return gated_compile(
        r"(?<!\w)[وف]?(?:" + alternation(rules["verbs"], spaced=True) + r")(?!\w)"
        r"(?:\s+[^\s.،,;؛:!?؟\"«»“”()]+){0," + str(int(rules["subject_words"])) + r"}?"
        r"\s+(?:" + alternation(rules["to"], spaced=True) + r")(?!\w)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def _refuge_anchors(path: Path = ASSEMBLY_RULES) -> tuple[tuple[str, ...], ...]:
    """The words of each word of flight or refuge (`refuge_words.verbs`)."""
    return anchor_words(load_assembly_rules(path)["refuge_words"]["verbs"])


@lru_cache(maxsize=4)
def _residence_anchors(path: Path = ASSEMBLY_RULES) -> tuple[tuple[str, ...], ...]:
    """The words of each word of residing (`residence_words`)."""
    return anchor_words(load_assembly_rules(path).get("residence_words", ()))


def without_residences(
    text: str,
    actors: list[ActorMention],
    places: list[PlaceMention],
    trigger: tuple[int, int],
    sentence: tuple[int, int],
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The sentence's names without a residence, or a refuge, told in a clause other than the
    event word's."""
    ends = [m.end() for m in load_residence_words().finditer(text, *sentence)] if may_name(text, _residence_anchors()) else []
    fled = [m.end() for m in load_refuge_words().finditer(text, *sentence)] if may_name(text, _refuge_anchors()) else []
    if not ends and not fled:
        return actors, places

    def residence(start: int, end: int) -> bool:
        if not any(0 <= start - e <= _REACH for e in [*ends, *fled]) and not any(
            0 < start - e <= _LIST_REACH and _LISTED.match(text, e, start) for e in fled
        ):
            return False
        lo, hi = (end, trigger[0]) if end <= trigger[0] else (trigger[1], start)
        return _BREAK.search(text, lo, hi) is not None

    return [a for a in actors if not residence(a.start, a.end)], [p for p in places if not residence(p.start, p.end)]
