"""A deed told as a response, by a verb of responding right before it ("Maduro responded by
breaking diplomatic relations", "retaliated by expelling", «ورد مادورو بقطع العلاقات»), with
no time of its own: it answered the deed told just before it, and the text gives it that deed's
day (data/assembly.json `responses`). A deed of the day before it in the text must stand in its
sentence or within `reach` characters before it, not in a relative aside of the response's own
sentence; a time of the response's own, or a deed of no day before it, leaves it as it was."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import Event
from events.text.sentences import is_abbreviation_point


@lru_cache(maxsize=4)
def _responses(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """Searches, anchored at the end, for an English verb of responding with "by" and for an
    Arabic one with ب (joined to the deed's word), a few words perhaps between (its subject,
    an adverb), and the most characters between the deed answered and the response."""
    rules = load_assembly_rules(path).get("responses", {})
    en = re.compile(
        r"(?<![\w-])(?:" + alternation(rules.get("en_verbs", ()), spaced=True) + r")(?:\s+[\w'-]+){0,2}?\s+by\s+\Z", re.IGNORECASE
    )
    ar = re.compile(r"(?<!\S)[وف]?(?:" + alternation(rules.get("ar_verbs", ()), spaced=True) + r")(?:\s+[^\s،,.]+){0,3}?\s+ب\Z")
    return en, ar, int(rules.get("reach", 400))


_RELATIVE_BEFORE = re.compile(r"(?<![^\W\d_])(?:who|which|الذي|التي|الذين)(?![^\W\d_])", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _in_an_aside_before(text: str, deed: int, response: int) -> bool:
    """Whether the deed's word at `deed` stands in the response's own sentence inside a relative
    aside ("Maduro, who was sworn in on Jan. 10, responded by ..."): no deed answered."""
    if any(not (m.group() == "." and is_abbreviation_point(text, m.start())) for m in _SENTENCE_END.finditer(text, deed, response)):
        return False  # (a shortened word's point, "Jan. 10", ends no sentence)
    return _RELATIVE_BEFORE.search(text, max(0, deed - 40), deed) is not None


def dated_as_responses(events: Sequence[Event], text: str) -> None:
    """Give each deed told as a response with no time of its own (dated by the publication) the
    day of the latest deed dated to a day told before it, near enough (see the module)."""
    en, ar, reach = _responses()
    ordered = sorted((e for e in events if e.spans.get("trigger")), key=lambda e: e.spans["trigger"][0])
    for i, event in enumerate(ordered):
        if event.date_basis != "publication" or event.reference_id is not None:
            continue
        start = event.spans["trigger"][0]
        head = text[max(0, start - 60) : start]
        if text[start : start + 1] and not text[start].isascii():
            opener = ar  # the preposition ب before the deed's word, perhaps written on it ("بقطع")
            head = text[max(0, start - 60) : start + 1] if text[start] == "ب" else head
        else:
            opener = en
        if opener.search(head) is None:
            continue
        answered = next(
            (
                o
                for o in reversed(ordered[:i])
                if o.spans["trigger"][1] <= start
                and start - o.spans["trigger"][1] <= reach
                and o.date_basis in ("explicit", "relative")
                and o.date_precision == "day"
                and not _in_an_aside_before(text, o.spans["trigger"][0], start)
            ),
            None,
        )
        if answered is None:
            continue
        event.date, event.date_precision, event.date_basis = answered.date, "day", answered.date_basis
        event.spans["date"] = answered.spans.get("date")
