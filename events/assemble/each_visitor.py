"""A trip told of two visitors of two countries joined by "and" as the subject of one verb
("the emirs of Kuwait and Qatar flew in", "Kuwait's emir and Qatar's emir arrived on Sunday",
"وصل أمير الكويت وأمير قطر إلى مسقط") is a trip of each: one visit per visitor's country, on
the day and to the place the sentence gives them both (data/assembly.json `each_visitor`).
Visitors of one country ("Prince Charles and Prime Minister Johnson arrived") make one trip, and
so do visitors told as travelling together ("flew in aboard an El Al jet").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _stable_id
from events.model import ActorMention, Event

_CLAUSE_END = re.compile(r"[،,.;؛:!?؟()\n\"«»]")


@lru_cache(maxsize=4)
def load_each_visitor(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str], int, int, re.Pattern[str]]:
    """(types, a search for a conjunction among the words joining two visitors, the most words between
    two visitors, the most words between the visitors and the event word) of
    data/assembly.json `each_visitor`."""
    rules = load_assembly_rules(path).get("each_visitor", {})
    conjunctions = alternation(rules.get("conjunctions", ()), spaced=True)
    joined = re.compile(r"(?:^|\s)(?:" + conjunctions + r")(?:\s|$|(?<=و)(?=[^\W\d_]))", re.IGNORECASE)
    together = re.compile(
        r"(?<!\w)(?:" + alternation(rules.get("together", ()), spaced=True) + r")(?!\w)", re.IGNORECASE
    )
    return (
        frozenset(rules.get("types", ())),
        joined,
        int(rules.get("words", 4)),
        int(rules.get("verb_words", 2)),
        together,
    )


def _words(gap: str) -> int:
    return len(gap.split())


def _visitors(text: str, trigger: tuple[int, int], actors: list[ActorMention]) -> list[ActorMention]:
    """The persons of a run of persons joined by a conjunction that stands right before the
    event word (its subject) or, in Arabic, right after it; empty when there is no such run."""
    _, joined, most, verb_most, _ = load_each_visitor()
    persons = sorted((a for a in actors if a.kind == "person" and a.country), key=lambda a: a.start)
    before = [a for a in persons if a.end <= trigger[0]]
    after = [a for a in persons if a.start >= trigger[1]]
    runs = []
    if before:
        gap = text[before[-1].end : trigger[0]]
        if not _CLAUSE_END.search(gap) and _words(gap) <= verb_most:
            run = [before[-1]]
            for a in reversed(before[:-1]):
                gap = text[a.end : run[0].start]
                if _CLAUSE_END.search(gap) or _words(gap) > most or not joined.search(text, a.end, run[0].start + 2):
                    break
                run.insert(0, a)
            runs.append(run)
    if after:
        gap = text[trigger[1] : after[0].start]
        if not _CLAUSE_END.search(gap) and _words(gap) <= verb_most:
            run = [after[0]]
            for a in after[1:]:
                gap = text[run[-1].end : a.start]
                if _CLAUSE_END.search(gap) or _words(gap) > most or not joined.search(text, run[-1].end, a.start + 2):
                    break
                run.append(a)
            runs.append(run)
    return max(runs, key=len, default=[])


def each_visitor(event: Event, text: str, trigger: tuple[int, int], actors: list[ActorMention]) -> list[Event]:
    """The visits of the visitors of the countries after the first, when `event`'s subject is
    visitors of two or more countries joined by a conjunction: `event` keeps the first country's;
    each other visitor country gets its own visit with the hosts of `event`."""
    if event.event_type not in load_each_visitor()[0]:
        return []
    after = text[trigger[1] :]
    end = _CLAUSE_END.search(after)
    if load_each_visitor()[4].search(after[: end.start() if end else len(after)]):
        return []  # "flew in aboard one jet": one trip of them all
    visitors = _visitors(text, trigger, actors)
    by_country: dict[str, list[str]] = {}
    for a in visitors:
        by_country.setdefault(a.country or "", []).append(a.actor_id)
    host = (event.location or {}).get("country")
    by_country = {c: ids for c, ids in by_country.items() if c and c != host and c in event.countries}
    if len(by_country) < 2:
        return []
    first, *rest = by_country
    hosts = [c for c in event.countries if c not in by_country]
    out = []
    for country in rest:
        ids = by_country[country]
        split = replace(
            event,
            event_id=_stable_id(event.event_id, country),
            countries=[country, *hosts],
            actors=[*ids, *(a for a in event.actors if a not in {i for v in by_country.values() for i in v})],
            spans={**event.spans},
            sources=[],
        )
        split.actor1 = ids[0]
        out.append(split)
    leaving = set(rest)
    others = {i for c in rest for i in by_country[c]}
    event.countries = [c for c in event.countries if c not in leaving]
    event.actors = [a for a in event.actors if a not in others]
    if event.actor1 in others:
        event.actor1 = by_country[first][0]
    return out
