"""An agreement told by a verb of agreeing with no time of its own, after a deal the article
dates on a day close to its publication between the same sides: what the sides agreed to is one
of that deal's terms, not a second deal ("Saudi Arabia and Iran agreed on Friday to re-establish
diplomatic relations ... The two sides also agreed to revive a 2001 security cooperation
agreement"; "A nationwide truce ... came into effect on Saturday ... the Saudi-led coalition and
the Houthi movement had agreed to halt all offensive military operations"; «اتفق البلدان الأربعاء
على استئناف العلاقات ... واتفق الجانبان على إعادة فتح السفارتين»). Its sentence joins that deal's
sources (data/assembly.json `agreed_terms`)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import RETOLD_DAYS, _same_parties
from events.model import Event
from events.text.normalize import fold_str

_DATED = ("explicit", "relative")


@lru_cache(maxsize=4)
def load_agreed_terms(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of agreeing, folded and lower-cased (`verbs`), and the types of the deals whose
    terms they tell (`deal_types`)."""
    rules = load_assembly_rules(path).get("agreed_terms", {})
    return (
        frozenset(fold_str(w).lower() for w in rules.get("verbs", ())),
        frozenset(rules.get("deal_types", ())),
    )


def _agreeing_verb(event: Event) -> bool:
    """Whether the agreement's word is a verb of agreeing ("agreed", «اتفق»), a conjunction
    perhaps on it («واتفق»), not a noun of the deal ("the agreement")."""
    word = fold_str((event.trigger or "").strip()).lower()
    verbs = load_agreed_terms()[0]
    return word in verbs or (word[:1] in ("و", "ف") and word[1:] in verbs)


def _near_publication(event: Event) -> bool:
    """Whether the event is dated by the text on a day at most `RETOLD_DAYS` before its publication."""
    try:
        days = (date.fromisoformat(event.published or "") - date.fromisoformat(event.date or "")).days
    except ValueError:
        return False
    return event.date_precision == "day" and 0 <= days <= RETOLD_DAYS


def _own_time(event: Event) -> bool:
    """Whether the event's date is written in its own sentence (not the publication's day, nor a
    day an earlier sentence gives, as «واتفق الجانبان على ...» takes the lead's)."""
    quote, when = event.spans.get("quote"), event.spans.get("date")
    return bool(quote and when) and quote[0] <= when[0] and when[1] <= quote[1]


def _deal_of(term: Event, events: list[Event]) -> Event | None:
    """The deal told before the agreement with no time of its own whose term it tells, if only
    one can be: dated by the publication, or by the deal's own day told before."""
    if term.event_type != "agreement" or not _agreeing_verb(term) or _own_time(term):
        return None
    if term.date_basis != "publication" and term.date_basis not in _DATED:
        return None
    at = (term.spans.get("trigger") or [0])[0]
    deals = [
        e
        for e in events
        if e is not term
        and e.event_type in load_agreed_terms()[1]
        and e.date_basis in _DATED
        and _near_publication(e)
        and (term.date_basis == "publication" or term.date == e.date)
        and (e.spans.get("trigger") or [at])[0] < at
        and _same_parties(term, e)
    ]
    return deals[0] if len(deals) == 1 else None


def without_agreed_terms(events: list[Event]) -> list[Event]:
    """The events less each agreement that `_deal_of` finds a term of a deal told before: its
    sentence joins that deal's sources."""
    kept: list[Event] = []
    for ev in events:
        deal = _deal_of(ev, events)
        if deal is None:
            kept.append(ev)
            continue
        deal.sources = [*deal.sources, *ev.sources]
    return kept
