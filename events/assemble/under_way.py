"""A protest told as going on for a span already ("bowing to weeks of mass protests", "as
youth-led demonstrations entered their fifth day", "دخلت الاحتجاجات يومها الخامس") is the
campaign the article tells beside it, under way for that span, not a new one on the day of its
clause: when the article tells another protest in one of its countries on a day of its own, it
is that one (its sentence joins that event's sources), unless the text dates it to another year.
Told alone, or dated by the time of its
onset the text writes out ("after months of protests that erupted in December"), it stays
(data/assembly.json `campaigns_under_way`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import Event
from events.text.normalize import fold_str

_BEFORE = 20  # characters before the event word within which "weeks of" stands
_AFTER = 80  # characters after it within which "entered their fifth day" stands


@lru_cache(maxsize=4)
def _under_way_rules(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The types, and searches (folded, lower-cased) for a span before the event word and for
    a span reached after it."""
    rules = load_assembly_rules(path)["campaigns_under_way"]

    def words(key: str) -> str:
        return alternation(fold_str(w).lower() for w in rules[key])

    before = re.compile(r"(?<!\w)(?:" + words("before") + r")(?:\s+\w+){0,2}\s*$")
    after = re.compile(r"(?<!\w)(?:" + words("after") + r")\s+\w+\s+(?:" + words("spans") + r")(?!\w)")
    return frozenset(rules["types"]), before, after


def _under_way(ev: Event) -> bool:
    """Whether the event's word is told as going on for a span already."""
    types, before, after = _under_way_rules()
    quote, trigger = ev.spans.get("quote"), ev.spans.get("trigger")
    if ev.event_type not in types or not quote or not trigger:
        return False
    start, end = trigger[0] - quote[0], trigger[1] - quote[0]
    head = fold_str(ev.quote[max(0, start - _BEFORE) : start]).lower()
    tail = fold_str(ev.quote[end : end + _AFTER]).lower()
    return before.search(head) is not None or after.match(tail.lstrip()) is not None or _after_in_clause(tail, after)


def _after_in_clause(tail: str, after: re.Pattern[str]) -> bool:
    """Whether the span reached stands after the event word within its clause (before a comma)."""
    clause = re.split(r"[,،.;]", tail, maxsplit=1)[0]
    return after.search(clause) is not None


@lru_cache(maxsize=4)
def _onset_verbs(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search (folded, lower-cased) for a verb of a war's or a protest's onset
    (data/assembly.json `dated_onsets`: erupted, began, اندلعت)."""
    rules = load_assembly_rules(path).get("dated_onsets", {})
    words = [fold_str(w).lower() for w in (*rules.get("en_verbs", ()), *rules.get("ar_verbs", ()))]
    return re.compile(r"(?<!\w)(?:" + alternation(words) + r")(?!\w)")


def _dated_by_its_onset(ev: Event) -> bool:
    """Whether the event's written date follows a verb of its onset between its word and the date
    ("protests that erupted in December", «احتجاجات اندلعت في ديسمبر»): the date of its start."""
    if ev.date_basis != "explicit":
        return False
    quote, trigger, day = ev.spans.get("quote"), ev.spans.get("trigger"), ev.spans.get("date")
    if not quote or not trigger or not day or day[0] < trigger[1]:
        return False
    between = ev.quote[trigger[1] - quote[0] : day[0] - quote[0]]
    return _onset_verbs().search(fold_str(between).lower()) is not None


def without_campaigns_under_way(events: list[Event]) -> list[Event]:
    """The events less each protest told as under way (`_under_way`), and no catalogued one,
    when the article tells another of its type in one of its countries on a day of its own."""
    kept: list[Event] = []
    for ev in events:
        other = None
        # "after months of protests that erupted in December": dated by its own onset, a deed of its own
        if ev.reference_id is None and not _dated_by_its_onset(ev) and _under_way(ev):
            other = next(
                (
                    o
                    for o in events
                    if o is not ev
                    and o.event_type == ev.event_type
                    and o.date_basis != "publication"
                    and set(o.countries) & set(ev.countries)
                    and not _under_way(o)
                    # "months of protests that the country saw that year", 2017, is no rally of 2019
                    and not (ev.date_basis != "publication" and ev.date and o.date and ev.date[:4] != o.date[:4])
                ),
                None,
            )
        if other is None:
            kept.append(ev)
            continue
        other.sources = [*other.sources, *ev.sources]
    return kept
