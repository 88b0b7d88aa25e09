"""Deeds named as the object of a statement, dated by the day it was said."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from datetime import date
from functools import lru_cache

from events.assemble.one_off_sums import undated_precision
from events.assemble.rules import load_assembly_rules
from events.assemble.text import _CLAUSE_BREAK, _Candidate
from events.model import Event
from events.text.lazy import LazyPattern


@lru_cache(maxsize=1)
def _stance_rules() -> tuple[re.Pattern[str], re.Pattern[str], int, frozenset[str]]:
    """A search for a verb of speech or stance (data/assembly.json `stance_verbs.verbs` and
    `reaction_verbs`), a match of a relative word ending right before a verb trigger, and
    the most words between the verb and its object, and the types of the gathering a
    statement is made at."""
    rules = load_assembly_rules()
    stance = rules["stance_verbs"]
    words = sorted({*stance["verbs"], *rules.get("reaction_verbs", [])}, key=len, reverse=True)
    verbs = re.compile(
        r"(?<![^\s\"'«“])[وف]?(?:" + "|".join(re.escape(w) for w in words) + r")(?![^\s\"'«“])", re.IGNORECASE
    )
    relatives = "|".join(re.escape(w) for w in sorted(stance["relatives"], key=len, reverse=True))
    relative = re.compile(r"(?<!\S)(?:" + relatives + r")\s+(?:\S+\s+)?$", re.IGNORECASE)
    return verbs, relative, int(stance["words"]), frozenset(stance["setting_types"])


# What ends a statement's hold on the words after it: a full stop, a that-clause of saying,
# a clause joined by a comma and و (", وأعلن إغلاق الحدود"), or a deed of its own ("and signed")
_INTERRUPT = LazyPattern(
    r"[.!?؟;؛:]|[،,]\s*(?:[وف](?!ال)\S|and\s)"
    r"|(?<!\S)(?:that|أن|بأن|إن|ان|بان|أنه|أنها|بأنه|بأنها)(?!\S)",
    re.IGNORECASE,
)

# A day that is the deed's own, told before its word ("Monday's attack")
_POSSESSIVE = re.compile(r"['’]s?(?!\S)")

# A clause after the deed's own that tells more of the deed ("..., which killed 5 on Saturday",
# "، والذي راح ضحيته"), or the deed's day alone set off by commas ("الهجوم الذي نفذته ...، السبت،")
_DEED_CLAUSE = LazyPattern(r"\s*(?:(?:[وف]?(?:الذي|التي|الذين)|which|who|where|when|حيث)(?!\S)|$)", re.IGNORECASE)


def told_as_statement_object(text: str, cand: _Candidate, date_span: list[int] | None) -> bool:
    """Whether the event word is what a statement named ("وصف المندوب، الإثنين، إطلاق
    الصواريخ", "رجحت الوزارة الجمعة مقتل القائد في غارة", "on Friday defended the strike that
    killed ...") and its day is the statement's: told before the event word, or after the end
    of the event word's clause, in a clause of the statement ("ودافعت عن العملية التي استهدفت
    المدينة، وذلك في بيان نشرته الأحد"). A day inside the deed's own clause ("أدان الهجوم الذي
    وقع اليوم"), or set off by commas right after it ("الهجوم الذي نفذته إيران على المقر، السبت،
    والذي راح ضحيته ..."), is the deed's."""
    if date_span is None or cand.reference_id is not None:
        return False
    verbs, relative, span, settings = _stance_rules()
    if cand.event_type in settings:
        return False  # "خلال مداخلته باجتماع المجلس": where it was said
    start = cand.trigger[0]
    found = [m for m in verbs.finditer(text, cand.sentence[0], start) if m.end() <= start]
    if not found:
        return False
    verb = found[-1]
    between = text[verb.end() : start]
    if len(between.split()) > span or _INTERRUPT.search(between):
        return False
    if cand.tense in ("past", "present") and relative.search(text, verb.end(), start) is None:
        return False  # a verb of its own, not a deed named ("أدان الهجوم ووقع ...")
    if date_span[1] <= start:
        return _POSSESSIVE.match(text, date_span[1]) is None
    brk = _CLAUSE_BREAK.search(text, cand.trigger[1], date_span[0])
    return brk is not None and _DEED_CLAUSE.match(text, brk.end(), date_span[0]) is None


def at_the_publication(events: list[Event], stated: AbstractSet[int]) -> list[Event]:
    """The deeds dated by the day of a statement about them (`told_as_statement_object`)
    that no earlier telling took up: the text gives no day of their own, so they are
    dated by the publication, not by the day it was said, when that day is in the week
    before the publication (an older statement's deed is of its time, not the publication's)."""
    for ev in events:
        if id(ev) in stated and ev.published and ev.date and ev.date_basis in ("explicit", "relative") and _recent(ev):
            precision = undated_precision(ev)
            cut = {"day": 10, "month": 7, "year": 4}[precision]
            ev.date, ev.date_precision, ev.date_basis = ev.published[:cut], precision, "publication"  # type: ignore[assignment]
            ev.end_date = None
    return events


# The most days a statement's day may lie before the publication for its deed to be dated by it
_RECENT_DAYS = 7


def _recent(ev: Event) -> bool:
    """Whether the event's day is in the week before its publication."""
    try:
        gap = (date.fromisoformat(ev.published[:10]) - date.fromisoformat(ev.date[:10])).days
    except (TypeError, ValueError):
        return False
    return 0 <= gap <= _RECENT_DAYS
