"""The states listed after an ordinal's "after" or "since" did the same deed before: "the fourth
Arab country to normalise ties with Israel, after the UAE, Bahrain and Sudan", "the first to do
so since Egypt in 1979 and Jordan in 1994", «الدولة الخامسة التي تطبع علاقاتها مع إسرائيل بعد
الإمارات والبحرين», «أول دولة تطبع مع إسرائيل منذ مصر عام 1979». Each listed state gets one
event of the deed's type, with the deed's partner (the state after `with`/`مع`, else the state
right after the deed's word, its object: "to recognise Israel"), dated by the
year the list gives it, else by a year told between the ordinal and its "after", else by the
catalogued entry of that state's deed with that partner; with none of these, no event
(data/assembly.json `earlier_doers`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _stable_id
from events.model import ActorMention, Event, TimeMention
from events.reference import PRECISION_BY_LENGTH, ReferenceCatalog
from events.text.lazy import LazyPattern

_CLAUSE_END = re.compile(r"[.;؛:!?؟()\n\"«»]")
_THE = LazyPattern(r"\A\s*the\s+\Z", re.IGNORECASE)
_JOIN = LazyPattern(r"\A[\s,،]*(?:(?:and|و)\s*)?\Z", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_earlier_doers(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(types, a search for an ordinal, for the word that opens the list, for the word before
    the partner, for the words that take up a deed told before) of data/assembly.json
    `earlier_doers`."""
    rules = load_assembly_rules(path).get("earlier_doers", {})

    def words(key: str) -> re.Pattern[str]:
        return re.compile(r"(?<![^\W\d_])(?:" + alternation(rules.get(key, ())) + r")(?![^\W\d_])", re.IGNORECASE)

    return frozenset(rules.get("types", ())), words("ordinals"), words("openers"), words("partners"), words("taken_up")


def _year(d: TimeMention) -> str | None:
    return None if d.recurring or d.end_value else d.value[:4]


def earlier_doers(
    event: Event,
    text: str,
    trigger: tuple[int, int],
    sentence: tuple[int, int],
    actors: Sequence[ActorMention],
    dates: Sequence[TimeMention],
    catalog: ReferenceCatalog,
) -> list[Event]:
    """One event of `event`'s type per state listed after the "after"/"since" of an ordinal
    in its sentence (see the module); the listed states leave `event`."""
    types, ordinals, openers, partners, do_so = load_earlier_doers()
    if event.event_type not in types:
        return []
    s, e = sentence
    ordinal = ordinals.search(text, s, e)
    if ordinal is None:
        return []
    opener = openers.search(text, max(ordinal.end(), trigger[1]), e)
    if opener is None or _CLAUSE_END.search(text, ordinal.end(), opener.start()):
        return []
    # the deed ranked is the one told after the ordinal, or taken up there ("the third to do so")
    if trigger[0] < ordinal.end() and not do_so.search(text, ordinal.end(), opener.start()):
        return []
    if trigger[0] >= ordinal.end() and len(text[ordinal.end() : trigger[0]].split()) > 6:
        return []
    states = sorted((a for a in actors if a.kind == "country" and a.country and a.start >= opener.end()), key=lambda a: a.start)
    listed: list[ActorMention] = []
    at = opener.end()
    for a in states:
        gap = text[at : a.start]
        if listed and not _JOIN.match(gap) and not (
            any(_year(d) and at <= d.start and d.end <= a.start for d in dates) and len(gap.split()) <= 5
        ):
            break
        if not listed and gap.strip() and not _THE.match(gap):
            break
        listed.append(a)
        at = a.end
        nxt = next((d for d in dates if a.end <= d.start <= a.end + 8 and _year(d)), None)
        if nxt is not None:
            at = nxt.end
    if not listed:
        return []
    partner = None
    for p in partners.finditer(text, min(trigger[0], ordinal.start()), opener.start()):
        partner = next((a for a in actors if a.kind == "country" and a.country and 0 <= a.start - p.end() <= 2), None)
        if partner is not None:
            break
    if partner is None:
        # "the first to recognise Israel since Egypt": the state right after the deed's word, its object
        partner = next((a for a in actors if a.kind == "country" and a.country and 0 < a.start - trigger[1] <= 2), None)
    if partner is None:
        return []
    told = next(
        (d for d in dates if ordinal.end() <= d.start and d.end <= opener.start() and _year(d)), None
    )
    out = []
    for i, a in enumerate(listed):
        if a.country == partner.country:
            continue
        until = listed[i + 1].start if i + 1 < len(listed) else e
        own = next((d for d in dates if a.end <= d.start and d.end <= until and _year(d) and d.start - a.end <= 8), None)
        date, span = None, None
        if own is not None:
            date, span = _year(own), [own.start, own.end]
        elif told is not None:
            date, span = _year(told), [told.start, told.end]
        else:
            entries = [
                r for r in catalog.entries()
                if r.event_type == event.event_type and {a.country, partner.country} <= set(r.countries) and not r.no_event
            ]
            if len(entries) == 1:
                date = entries[0].date
        if date is None or (event.published and date > event.published[: len(date)]):
            continue
        split = replace(
            event,
            event_id=_stable_id(event.event_id, a.country),
            countries=[a.country, partner.country],
            actors=[a.actor_id, partner.actor_id],
            date=date,
            date_precision=PRECISION_BY_LENGTH[len(date)],
            date_basis="explicit" if span else "reference",
            end_date=None,
            spans={
                **event.spans,
                "date": span,
                "actors": {a.actor_id: [[a.start, a.end]], partner.actor_id: [[partner.start, partner.end]]},
            },
            sources=[],
            reference_id=None,
        )
        split.actor1 = a.actor_id
        out.append(split)
    gone = {a.country for a in listed} - {partner.country}
    if out:
        event.countries = [c for c in event.countries if c not in gone]
        event.actors = [x for x in event.actors if x not in {a.actor_id for a in listed if a.country in gone}]
    return out
