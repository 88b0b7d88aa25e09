"""Talks told as the setting of a deal that name no side of their own: "Iran and Saudi Arabia
agreed on Friday to re-establish relations after talks in Beijing", «اتفقت السعودية وإيران على
استئناف العلاقات بعد محادثات في بكين». The talks were held between the sides the main clause
names before the word that opens the setting (after, following, بعد، عقب); the city they were
held in stays their venue (data/assembly.json `setting_talks`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate, _placed_in
from events.model import ActorMention, Event


@lru_cache(maxsize=4)
def load_setting_talks(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str], frozenset[str]]:
    """The types of talks, a search for a word that opens a setting followed by at most `words`
    words, ending right before the event word, and the types of the deal the talks set."""
    rules = load_assembly_rules(path)["setting_talks"]
    opener = re.compile(
        r"(?<!\w)[وف]?(?:" + alternation(rules["openers"]) + r")(?:\s+[^\s,;:.،؛]+){0," + str(int(rules["words"])) + r"}\s+$",
        re.IGNORECASE,
    )
    return frozenset(rules["types"]), opener, frozenset(rules["deal_types"])


def sides_of_setting_talks(
    text: str,
    cand: _Candidate,
    sent_actors: Sequence[ActorMention],
    initiator: list[ActorMention],
    others: list[ActorMention],
    events: Sequence[Event] = (),
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The parties of talks told after a setting word with none of their own (a city they were
    held in is their venue, no side): the actors the sentence names before that word that are
    sides of the deal, truce or ties its sentence told (`events`: not a state that welcomed it),
    the first of them first, when they are of two countries or more, or two bodies or persons and
    no state (Sudan's army and the RSF). The parties as given otherwise."""
    types, opener, deal_types = load_setting_talks()
    if cand.event_type not in types:
        return initiator, others
    if any(not _placed_in(text, a) for a in (*initiator, *others)):
        return initiator, others
    lo = max(cand.sentence[0], cand.trigger[0] - 60)
    m = opener.search(text[lo : cand.trigger[0]])
    if m is None:
        return initiator, others
    before = lo + m.start()
    # the sides of the deal the sentence tells (not a state that welcomed it): the countries of
    # a deal, a truce or ties made from this sentence
    deals = [
        ev
        for ev in events
        if ev.event_type in deal_types and tuple(ev.spans.get("quote") or ()) == tuple(cand.sentence)
    ]
    if not deals:
        return initiator, others
    parties = {c for ev in deals for c in ev.countries}
    sides = [
        a
        for a in sent_actors
        if cand.sentence[0] <= a.start
        and a.end <= before
        and (a.country or a.members)
        and not _placed_in(text, a)
        and all(c in parties for c in ((a.country,) if a.country else a.members))
    ]
    countries = {c for a in sides for c in ((a.country,) if a.country else a.members)}
    bodies = {a.actor_id for a in sides if a.kind != "country"}
    if len(countries) < 2 and not (len(bodies) >= 2 and not any(a.kind == "country" for a in sides)):
        return initiator, others  # one side: "Egypt's president said after talks in Cairo"
    return sides[:1], [*sides[1:], *initiator, *others]
