"""A deed told as coming right after an announcement the article told before ("After Saied's
announcement, crowds took to the streets of the capital to celebrate", «وخرج آلاف الفلسطينيين
إلى شوارع مدينة غزة عقب الإعلان عن الاتفاق»), with no date of its own, came on the day of that
announcement, not on the day of the publication: crowds answer news the day it breaks. The
announcement is found in the nearest sentence before that gives a day no later than the
publication and holds a verb of announcing, or the noun the announcement is of (الاتفاق, the
deal) (data/assembly.json `after_announcements`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, TimeMention
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def _patterns(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """A search for a word of after and the noun of an announcement (perhaps a possessive
    between, and the noun it is of after a preposition), over folded text; a search for a
    verb of announcing; the most sentences read back."""
    rules = load_assembly_rules(path)["after_announcements"]

    def words(key: str) -> str:
        return alternation((fold_str(w).lower() for w in rules[key]), spaced=True)

    after = re.compile(
        r"(?<!\w)[وف]?(?:" + words("after") + r")\s+(?:(?:" + words("determiners") + r")\s+|[\w-]+(?:'s|’s)\s+)?"
        r"(?:" + words("nouns") + r")(?!\w)(?:\s+(?:" + words("of") + r")\s+(?:the\s+)?(?P<of>\w+))?",
        re.IGNORECASE,
    )
    verbs = re.compile(r"(?<!\w)[وف]?(?:" + words("verbs") + r")(?!\w)", re.IGNORECASE)
    return after, verbs, int(rules["sentences"])


def _stem(word: str) -> str:
    """The noun without the Arabic article, folded ("الاتفاق" → "اتفاق")."""
    word = fold_str(word).lower()
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def date_after_announcement(
    event: Event,
    text: str,
    cand: _Candidate,
    sentences: Sequence[tuple[int, int]],
    dates: Sequence[TimeMention],
    spans: dict,
) -> bool:
    """Date a publication-dated event whose sentence tells it after an announcement by the day
    of the announcement told before it in the article; whether it did. So dated, the deed
    answers the news: an act of its own, not a deed of that day told before it."""
    if event.date_basis != "publication" or not event.published or event.published_estimated:
        return False
    after, verbs, reach = _patterns()
    s, e = cand.sentence
    told = after.search(fold_str(text[s:e]).lower())
    if told is None:
        return False
    of = _stem(told.group("of")) if told.group("of") else None
    before = [sent for sent in sentences if sent[1] <= s][-reach:]
    for lo, hi in reversed(before):
        days = [
            d
            for d in dates
            if lo <= d.start and d.end <= hi and not d.recurring and d.precision == "day" and d.value <= event.published
        ]
        if not days:
            continue
        sentence = fold_str(text[lo:hi]).lower()
        if verbs.search(sentence) is None and not (of and re.search(r"(?<!\w)(?:ال)?" + re.escape(of) + r"(?!\w)", sentence)):
            continue
        day = days[0]
        event.date, event.date_precision, event.date_basis = day.value, day.precision, day.basis  # type: ignore[assignment]
        event.end_date = None
        spans["date"] = [day.start, day.end]
        return True
    return False
