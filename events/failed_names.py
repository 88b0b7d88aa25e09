"""A catalogued seizure of power named as failed names no catalogued event.

The catalog's aliases of a coup that succeeded ("coup in Niger", «الانقلاب في النيجر») are
also the words of one that failed when a word of failure qualifies them: in English an
adjective before them, with at most an article and the time of the deed between ("the failed
2023 coup in Niger", "a foiled July 26 coup in Niger"), or a noun right after them ("a coup in
Niger attempt"); in Arabic the noun the name is annexed to («محاولة الانقلاب في النيجر») or an
adjective right after it. An attempt is no change of office, and the catalogued coup is not
the one told. The cue words and the entry types they apply to are `failed_cues` in
data/reference_events.json, read once with the catalog (`FailedCues.from_json`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from events.text.english_months import MONTH_ABBREVIATIONS, MONTH_NAME
from events.text.normalize import fold_str

# a word of the English stretch between a cue and the name: an article, or the time of the
# deed (a year, a day, a month's name, an abbreviation point or a comma of a date)
_BETWEEN_EN = re.compile(rf"(?:the|a|an|\d{{1,4}}(?:st|nd|rd|th)?|{MONTH_NAME})", re.IGNORECASE)
_WORD = re.compile(r"[\w'-]+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class FailedCues:
    """The entry types a word of failure applies to and the folded cue words."""

    types: frozenset[str] = frozenset()
    before: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()

    @classmethod
    def from_json(cls, rule: Mapping[str, Iterable[str]] | None) -> FailedCues:
        rule = rule or {}
        return cls(
            frozenset(rule.get("types", ())),
            frozenset(fold_str(w).lower() for w in rule.get("before", ())),
            frozenset(fold_str(w).lower() for w in rule.get("after", ())),
        )


def _bare(word: str) -> str:
    """An Arabic word without its conjunction (ومحاولة -> محاولة)."""
    return word[1:] if len(word) > 3 and word[0] in "وف" and not word.isascii() else word


def failed_mention(text: str, start: int, end: int, event_type: str, cues: FailedCues) -> bool:
    """Whether the name at [start, end) of `text`, of an entry of `event_type`, is told as a
    failed or attempted deed by a cue word that qualifies it (see the module's docstring)."""
    if event_type not in cues.types:
        return False
    before = _WORD.findall(text[max(0, start - 60) : start])
    after = _WORD.findall(text[end : end + 30])
    nxt = fold_str(after[0]).lower() if after else ""
    if nxt in cues.after or _bare(nxt) in cues.after:
        return True  # "a coup in Niger attempt", «الانقلاب في النيجر الفاشل»
    if not before:
        return False
    last = fold_str(before[-1]).lower()
    if _bare(last) in cues.before and not last.isascii():
        return True  # «محاولة الانقلاب في النيجر»: the name annexed to the noun of trying
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        if fold_str(word).lower() in cues.before:
            return True
        # the point of "Feb." and the comma of "July 26, 2023", not a clause's end
        in_a_date = i > 0 and ((word == "." and before[i - 1].lower() in MONTH_ABBREVIATIONS) or (word == "," and before[i - 1].isdigit()))
        if in_a_date or _BETWEEN_EN.fullmatch(word):
            continue  # "the failed July 26, 2023 coup", "the Feb. 1 coup"
        return False
    return False
